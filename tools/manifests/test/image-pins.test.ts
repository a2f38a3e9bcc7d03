// The per-environment image pins (manifests/overlays/<env>/images/kustomization.yaml): validated with
// file, line, field and fix, copied into the tree byte for byte, and applied by the real kustomize.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imagePinsPath, parseImagePins } from "../src/settings/image-pins.ts";
import { SettingsError } from "../src/settings/load-settings.ts";
import { copyWorkspace, editFile, kustomize, REPO, runCli } from "./helpers.ts";

const FILE = imagePinsPath("sandbox");
const pinsText = () => readFileSync(path.join(REPO, FILE), "utf8");
const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;

function problemsOf(text: string) {
  try {
    parseImagePins(text, FILE);
  } catch (error) {
    if (error instanceof SettingsError)
      return error.problems.map(({ field, message, fix, line }) => ({ field, message, fix, line }));
    throw error;
  }
  throw new Error("expected the pins to be rejected");
}

describe("image pins", () => {
  it("should accept the committed sandbox pins: one per base image", () => {
    expect(parseImagePins(pinsText(), FILE).map((pin) => pin.name)).toEqual([
      "ckan",
      "ckan-postgres",
      "ckan-solr",
    ]);
  });

  it.each([
    // [what is wrong, the edit, field, message]
    [
      "the latest tag",
      (t: string) => t.replace("newTag: 16.11-0", "newTag: latest"),
      "images[name=ckan-postgres].newTag",
      'must be a valid image tag other than `latest` (got "latest")',
    ],
    [
      "a malformed tag",
      (t: string) => t.replace("newTag: 16.11-0", 'newTag: "16.11 beta"'),
      "images[name=ckan-postgres].newTag",
      'must be a valid image tag other than `latest` (got "16.11 beta")',
    ],
    [
      "a malformed digest",
      (t: string) => t.replace("- name: ckan-postgres", "- digest: sha256:abc\n  name: ckan-postgres"),
      "images[name=ckan-postgres].digest",
      'must be a sha256 digest (got "sha256:abc")',
    ],
    [
      "a repository without registry",
      (t: string) => t.replace("newName: quay.io/ckan-openshift/ckan-postgres", "newName: ckan-postgres"),
      "images[name=ckan-postgres].newName",
      'must be an image repository with its registry (got "ckan-postgres")',
    ],
    [
      "an unknown image",
      (t: string) => t.replace("- name: ckan-postgres", "- name: ckan-postgress"),
      "images",
      "has no pin for ckan-postgres",
    ],
    [
      "an unknown key",
      (t: string) => t.replace("newTag: 16.11-0", "newTag: 16.11-0\n  tagSuffix: x"),
      "images[name=ckan-postgres].tagSuffix",
      'unknown key "tagSuffix"',
    ],
    [
      "another kustomize field",
      (t: string) => `${t}namespace: other\n`,
      "namespace",
      'unknown key "namespace"',
    ],
  ])("should reject %s, naming the field and a fix", (_what, edit, field, message) => {
    const problems = problemsOf(edit(pinsText()));
    expect(problems.find((problem) => problem.field === field)).toMatchObject({ field, message });
    for (const problem of problems) expect(problem.fix).not.toBe("");
  });

  it("should point at the line of the offending value", () => {
    const text = pinsText().replace("newTag: 16.11-0", "newTag: latest");
    expect(problemsOf(text)[0]!.line).toBe(
      text.split("\n").findIndex((l) => l.includes("newTag: latest")) + 1,
    );
  });

  it("should keep an edited pins file byte for byte through render, check and kustomize", () => {
    const workspace = copyWorkspace();
    try {
      editFile(workspace.root, FILE, (t) =>
        t.replace("- name: ckan\n", `- digest: ${DIGEST}\n  name: ckan\n`),
      );
      const edited = readFileSync(path.join(workspace.root, FILE), "utf8");
      expect(runCli(["render"], workspace.root).status).toBe(0);
      expect(readFileSync(path.join(workspace.root, FILE), "utf8")).toBe(edited);
      expect(runCli(["check"], workspace.root).status).toBe(0);
      const web = kustomize(path.join(workspace.root, "manifests/overlays/sandbox")).find(
        (o) => o.kind === "Deployment" && o.metadata.name === "ckan",
      )!;
      expect(web.spec.template.spec.containers[0].image).toBe(
        `quay.io/ckan-openshift/ckan:2.11.6-0@${DIGEST}`,
      );
    } finally {
      workspace.cleanup();
    }
  });

  it("should refuse to render invalid pins, naming file and field, and leave manifests/ untouched", () => {
    const workspace = copyWorkspace();
    try {
      editFile(workspace.root, FILE, (t) => t.replace("newTag: 16.11-0", "newTag: latest"));
      const result = runCli(["render"], workspace.root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${FILE}:`);
      expect(result.stderr).toContain(
        "images[name=ckan-postgres].newTag: must be a valid image tag other than `latest`",
      );
      expect(
        readFileSync(path.join(workspace.root, "manifests/overlays/sandbox/kustomization.yaml"), "utf8"),
      ).toBe(readFileSync(path.join(REPO, "manifests/overlays/sandbox/kustomization.yaml"), "utf8"));
    } finally {
      workspace.cleanup();
    }
  });
});
