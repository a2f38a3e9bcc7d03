// pin: the promotion edit. It must be idempotent, touch only the pinned entry, keep the drift check
// green, match the real `kustomize edit set image` byte for byte, and refuse bad input writing nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { GENERATED_DOCS } from "@ckan-openshift/manifests/render";

const REPO = path.resolve(import.meta.dirname, "../../..");
const CLI = path.join(REPO, "tools/images/src/cli.ts");
const MANIFESTS_CLI = path.join(REPO, "tools/manifests/src/cli.ts");
const PINS = "manifests/overlays/sandbox/images/kustomization.yaml";
const DIGEST = `sha256:${"ab12".repeat(16)}`;
const OTHER_DIGEST = `sha256:${"9f".repeat(32)}`;

/** The standalone kustomize that tools/workspace-setup/setup.sh installs (kubectl has no `edit`). */
function kustomizeBinary(): string {
  const candidates = [
    path.join(REPO, ".tools/bin/kustomize"),
    ...(process.env.PATH ?? "").split(path.delimiter).map((d) => path.join(d, "kustomize")),
  ];
  const found = candidates.find((file) => existsSync(file));
  if (!found)
    throw new Error(
      "kustomize is not installed: run tools/workspace-setup/setup.sh test (it installs it into .tools/bin)",
    );
  return found;
}

let root: string;
const read = (file = PINS) => readFileSync(path.join(root, file), "utf8");
const pin = (...args: string[]) => {
  const result = spawnSync(process.execPath, [CLI, "pin", ...args, "--workspace", root], {
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "images-pin-"));
  for (const entry of [
    "environments",
    "manifests",
    ...Object.keys(GENERATED_DOCS),
    ...["ckan", "solr", "postgres"].map((image) => `images/${image}/versions.env`),
  ]) {
    cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("images pin", () => {
  it("should change only the pinned entry's lines, and say so", () => {
    const before = read();
    const result = pin("ckan", "--tag", "2.11.6-1a2b3c4", "--digest", DIGEST);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `✓ pinned quay.io/ckan-openshift/ckan:2.11.6-1a2b3c4@${DIGEST} in ${PINS}\n✓ re-rendered manifests/\n`,
    );
    expect(read()).toBe(
      before.replace(
        "- name: ckan\n  newName: quay.io/ckan-openshift/ckan\n  newTag: 2.11.6-0\n",
        `- digest: ${DIGEST}\n  name: ckan\n  newName: quay.io/ckan-openshift/ckan\n  newTag: 2.11.6-1a2b3c4\n`,
      ),
    );
  });

  it("should be idempotent", () => {
    expect(pin("solr", "--tag", "9.8-1a2b3c4", "--digest", DIGEST).status).toBe(0);
    const once = read();
    const again = pin("solr", "--tag", "9.8-1a2b3c4", "--digest", DIGEST);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(
      `= ${PINS} already pins quay.io/ckan-openshift/ckan-solr:9.8-1a2b3c4@${DIGEST}\n`,
    );
    expect(read()).toBe(once);
  });

  it("should keep the drift check green and make the rendered pods use image@digest", () => {
    expect(pin("ckan", "--tag", "2.11.6-1a2b3c4", "--digest", DIGEST).status).toBe(0);
    const check = spawnSync(process.execPath, [MANIFESTS_CLI, "check", "--workspace", root], {
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    const rendered = execFileSync("kubectl", ["kustomize", path.join(root, "manifests/overlays/sandbox")], {
      encoding: "utf8",
    });
    const images = parseAllDocuments(rendered)
      .map((doc) => doc.toJS())
      .filter(
        (object) => ["Deployment", "Job"].includes(object.kind) && object.metadata.name.startsWith("ckan"),
      )
      .map((object) => object.spec.template.spec.containers[0].image);
    // web, worker, bootstrap and the two harvest consumers
    expect(images).toEqual(Array(5).fill(`quay.io/ckan-openshift/ckan:2.11.6-1a2b3c4@${DIGEST}`));
  });

  it("should move the environment's version label with the pin, in that overlay only", () => {
    const manifests = path.join(root, "manifests");
    const snapshot = () =>
      new Map(
        readdirSync(manifests, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const file = path.join(entry.parentPath, entry.name);
            return [path.relative(manifests, file), readFileSync(file, "utf8")] as const;
          }),
      );
    const before = snapshot();
    expect(pin("ckan", "--tag", "2.12.0-1a2b3c4", "--digest", DIGEST).status).toBe(0);
    const after = snapshot();
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file));
    expect(changed.sort()).toEqual([
      "overlays/sandbox/images/kustomization.yaml",
      "overlays/sandbox/versions/kustomization.yaml",
    ]);
    const rendered = execFileSync("kubectl", ["kustomize", path.join(manifests, "overlays/sandbox")], {
      encoding: "utf8",
    });
    const web = parseAllDocuments(rendered)
      .map((doc) => doc.toJS())
      .find((object) => object.kind === "Deployment" && object.metadata.name === "ckan");
    expect(web.metadata.labels["app.kubernetes.io/version"]).toBe("2.12.0");
    expect(web.spec.template.metadata.labels["app.kubernetes.io/version"]).toBe("2.12.0");
  });

  it("should re-render a SolrCloud that embeds the pin, so gov-dev's drift check stays green", () => {
    const file = "manifests/overlays/gov-dev/options/solr-solrcloud/patches/images.yaml";
    const result = pin("solr", "--environment", "gov-dev", "--tag", "9.8-1a2b3c4", "--digest", DIGEST);
    expect(result.stdout).toContain("✓ re-rendered manifests/");
    expect(result.status).toBe(0);
    expect(read(file)).toContain(`tag: 9.8-1a2b3c4@${DIGEST}`);
    const check = spawnSync(process.execPath, [MANIFESTS_CLI, "check", "--workspace", root], {
      encoding: "utf8",
    });
    expect(check.status).toBe(0);
  });

  it.each([
    [
      "a new tag and digest",
      "ckan",
      ["--tag", "2.11.6-1a2b3c4", "--digest", DIGEST],
      `quay.io/ckan-openshift/ckan:2.11.6-1a2b3c4@${DIGEST}`,
    ],
    [
      "a tag YAML would read as a number",
      "postgres",
      ["--tag", "16.0", "--digest", DIGEST],
      `quay.io/ckan-openshift/ckan-postgres:16.0@${DIGEST}`,
    ],
    [
      "another registry",
      "solr",
      [
        "--tag",
        "9.8-1a2b3c4",
        "--digest",
        OTHER_DIGEST,
        "--registry",
        "image-registry.openshift-image-registry.svc:5000/ckan-dev",
      ],
      `image-registry.openshift-image-registry.svc:5000/ckan-dev/ckan-solr:9.8-1a2b3c4@${OTHER_DIGEST}`,
    ],
  ])("should write what `kustomize edit set image` writes, for %s", (_what, image, args, reference) => {
    const name = { ckan: "ckan", solr: "ckan-solr", postgres: "ckan-postgres" }[image]!;
    // A pin already carrying a digest, so both tools must replace one rather than add one.
    expect(pin("ckan", "--tag", "2.11.6-0", "--digest", OTHER_DIGEST).status).toBe(0);
    const kustomized = mkdtempSync(path.join(tmpdir(), "images-kustomize-"));
    try {
      cpSync(path.join(root, PINS), path.join(kustomized, "kustomization.yaml"));
      execFileSync(kustomizeBinary(), ["edit", "set", "image", `${name}=${reference}`], { cwd: kustomized });
      expect(pin(image, ...args).status).toBe(0);
      expect(read()).toBe(readFileSync(path.join(kustomized, "kustomization.yaml"), "utf8"));
    } finally {
      rmSync(kustomized, { recursive: true, force: true });
    }
  });

  it.each([
    [
      "a tag with a space",
      ["--tag", "2.11 beta", "--digest", DIGEST],
      'images[name=ckan].newTag (--tag) must be a valid image tag other than `latest` (got "2.11 beta")',
      "fix: use the tag `npm run images -- push` reported",
    ],
    [
      "the latest tag",
      ["--tag", "latest", "--digest", DIGEST],
      'images[name=ckan].newTag (--tag) must be a valid image tag other than `latest` (got "latest")',
      "never `latest`",
    ],
    [
      "a short digest",
      ["--tag", "2.11.6-1a2b3c4", "--digest", "sha256:abc"],
      'images[name=ckan].digest (--digest) must be a sha256 digest (got "sha256:abc")',
      "fix: use the `sha256:` digest",
    ],
    [
      "a digest without algorithm",
      ["--tag", "2.11.6-1a2b3c4", "--digest", "ab12".repeat(16)],
      "images[name=ckan].digest (--digest) must be a sha256 digest",
      "64 lowercase hex digits",
    ],
    [
      "a registry with a tag",
      ["--tag", "2.11.6-1a2b3c4", "--digest", DIGEST, "--registry", "quay.io/org:1"],
      'images[name=ckan].newName (--registry) must be an image repository with its registry (got "quay.io/org:1/ckan")',
      "fix: use <registry>/<organisation>/<image>",
    ],
  ])("should reject %s naming file, field and fix, writing nothing", (_what, args, message, fix) => {
    const before = read();
    const result = pin("ckan", ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${PINS}: ${message}`);
    expect(result.stderr).toContain(fix);
    expect(result.stdout).toBe("");
    expect(read()).toBe(before);
  });

  it("should refuse to edit a pins file that is already invalid", () => {
    const broken = read().replace("newTag: 16.11-0", "newTag: latest");
    writeFileSync(path.join(root, PINS), broken);
    const result = pin("ckan", "--tag", "2.11.6-1a2b3c4", "--digest", DIGEST);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`${PINS}:\\d+:\\d+  images\\[name=ckan-postgres\\]\\.newTag: must be a valid image tag`),
    );
    expect(read()).toBe(broken);
  });

  it("should name the missing settings of an unknown environment, and the known ones", () => {
    const result = pin("ckan", "--environment", "prod", "--tag", "2.11.6-1a2b3c4", "--digest", DIGEST);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "environments/prod.yaml  there is no environment named prod: the settings file is missing",
    );
    expect(result.stderr).toContain("fix: use one of gov-dev, sandbox");
  });
});
