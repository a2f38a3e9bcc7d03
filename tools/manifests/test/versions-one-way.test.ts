// Versions flow one way: images/*/versions.env → an image → its pin → the overlay. A version bump in
// versions.env renders no diff under manifests/ (the pods of every environment keep running, labelled with
// what they run); the pin, and only the pin, moves an environment's version label.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readImageSettings } from "../src/config/versions.ts";
import { buildTree } from "../src/emit/tree.ts";
import { loadEnvironments } from "../src/render.ts";
import { pinFieldProblems, tagVersion } from "../src/settings/image-pins.ts";
import { copyWorkspace, editFile, REPO, runCli } from "./helpers.ts";

/** Every file under `dir`, relative path → content. */
function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file, "utf8"));
  }
  return files;
}

const VERSION_LABEL = "app.kubernetes.io/version";

describe("versions flow one way", () => {
  it("should render no diff anywhere in manifests/ when every versions.env bumps its versions", () => {
    const workspace = copyWorkspace();
    try {
      const before = filesUnder(path.join(workspace.root, "manifests"));
      const bumps: [string, [string, string][]][] = [
        [
          "ckan",
          [
            ["CKAN_VERSION", "2.99.1"],
            ["CKANEXT_XLOADER_VERSION", "9.9.9"],
            ["GUNICORN_VERSION", "99.0.0"],
          ],
        ],
        [
          "solr",
          [
            ["SOLR_VERSION", "9.99"],
            ["SOLR_BASE_IMAGE", "docker.io/ckan/ckan-solr:2.99-solr9.99"],
          ],
        ],
        [
          "postgres",
          [
            ["POSTGRES_VERSION", "17.9"],
            ["POSTGRES_BASE_IMAGE", "docker.io/library/postgres:17.9-bookworm"],
          ],
        ],
      ];
      for (const [image, pins] of bumps) {
        editFile(workspace.root, `images/${image}/versions.env`, (text) => {
          let bumped = text;
          for (const [key, value] of pins) {
            expect(bumped).toMatch(new RegExp(`^${key}=`, "m"));
            bumped = bumped.replace(new RegExp(`^${key}=.*$`, "m"), `${key}=${value}`);
          }
          return bumped;
        });
      }
      const render = runCli(["render"], workspace.root);
      expect(render.stderr).toBe("");
      expect(render.status).toBe(0);
      const after = filesUnder(path.join(workspace.root, "manifests"));
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      const differing = [...before]
        .filter(([file, content]) => after.get(file) !== content)
        .map(([file]) => file);
      expect(differing).toEqual([]);
      expect(runCli(["check"], workspace.root).status).toBe(0);
    } finally {
      workspace.cleanup();
    }
  });

  it("should leave the version label out of the base: only each overlay's versions Component sets it", async () => {
    const tree = buildTree(await loadEnvironments(REPO), readImageSettings(REPO));
    // Every manifest (manifests/README.md only explains where the label comes from).
    const labelled = [...tree]
      .filter(([file, content]) => file.endsWith(".yaml") && content.includes(VERSION_LABEL))
      .map(([file]) => file);
    expect(labelled.sort()).toEqual([
      "overlays/gov-dev/versions/kustomization.yaml",
      "overlays/sandbox/versions/kustomization.yaml",
    ]);
  });

  it("should move an environment's version label with its pin, in that overlay only", async () => {
    const environments = await loadEnvironments(REPO);
    const settings = readImageSettings(REPO);
    const before = buildTree(environments, settings);
    const promoted = environments.map((environment) =>
      environment.name === "sandbox"
        ? {
            ...environment,
            imagePins: environment.imagePins.replace("newTag: 2.11.6-0", "newTag: 2.12.0-1a2b3c4"),
          }
        : environment,
    );
    const after = buildTree(promoted, settings);
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file));
    expect(changed.sort()).toEqual([
      "overlays/sandbox/images/kustomization.yaml",
      "overlays/sandbox/versions/kustomization.yaml",
    ]);
    const versions = after.get("overlays/sandbox/versions/kustomization.yaml")!;
    expect(versions).toContain('value: "2.12.0"');
    expect(versions).not.toContain('value: "2.11.6"');
  });
});

describe("tagVersion", () => {
  it.each([
    ["2.11.6-1a2b3c4", "2.11.6"],
    ["2.11.6-1a2b3c4-dirty", "2.11.6"],
    ["16.11-0", "16.11"],
    ["9.8-0123456789abcdef0123456789abcdef01234567", "9.8"],
    ["2.11-solr9.8-0", "2.11-solr9.8"],
    ["2.11.6", "2.11.6"],
    ["8.2.2-alpine", "8.2.2-alpine"],
  ])("should read %s as version %s", (tag, version) => {
    expect(tagVersion(tag)).toBe(version);
  });

  it("should refuse a pin whose version part cannot be a label value", () => {
    const pin = { name: "ckan", newName: "quay.io/ckan-openshift/ckan" };
    expect(pinFieldProblems({ ...pin, newTag: "2.11.6-1a2b3c4" })).toEqual([]);
    expect(pinFieldProblems({ ...pin, newTag: "_2.11.6-1a2b3c4" })).toEqual([
      {
        key: "newTag",
        message:
          'has the version part "_2.11.6", which is not a valid label value for app.kubernetes.io/version (got "_2.11.6-1a2b3c4")',
      },
    ]);
    expect(pinFieldProblems({ ...pin, newTag: `${"1".repeat(64)}-1a2b3c4` })).toHaveLength(1);
  });
});
