// What render and validate reuse instead of running again: builds of the same content within a process,
// the Argo CD folders read without kustomize, and the whole report of a render whose inputs are unchanged.
// Each reuse is keyed by its inputs: a changed input must miss.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { plainResources } from "../src/gate/validate.ts";
import { kustomizeBuild } from "../src/kustomize.ts";
import {
  plainRender,
  renderKey,
  statFingerprint,
  WORKSPACE_INPUTS,
  CODE_INPUTS,
} from "../src/lib/render-memo.cjs";
import { copyWorkspace, editFile, kustomize, REPO, runCli } from "./helpers.ts";

let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "build-reuse-"));
  vi.stubEnv("CKAN_GATE_CACHE", "off");
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

describe("builds of the same content in one process", () => {
  const configMap = (value: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  value: "${value}"\n`;

  it("should build again when a file of the tree changed, with the build cache off", async () => {
    const tree = path.join(scratch, "tree");
    write(path.join(tree, "kustomization.yaml"), "resources:\n  - settings.yaml\n");
    write(path.join(tree, "settings.yaml"), configMap("one"));
    const inputs = { tree, parts: ["overlays/x"] };
    expect((await kustomizeBuild(tree, inputs))[0]).toMatchObject({ data: { value: "one" } });
    write(path.join(tree, "settings.yaml"), configMap("two"));
    expect((await kustomizeBuild(tree, inputs))[0]).toMatchObject({ data: { value: "two" } });
  });

  it("should give each caller its own copy", async () => {
    const tree = path.join(scratch, "tree");
    write(path.join(tree, "kustomization.yaml"), "resources:\n  - settings.yaml\n");
    write(path.join(tree, "settings.yaml"), configMap("one"));
    const inputs = { tree, parts: ["overlays/x"] };
    const [first, second] = await Promise.all([kustomizeBuild(tree, inputs), kustomizeBuild(tree, inputs)]);
    (first![0] as { data: { value: string } }).data.value = "changed";
    expect(second![0]).toMatchObject({ data: { value: "one" } });
    expect((await kustomizeBuild(tree, inputs))[0]).toMatchObject({ data: { value: "one" } });
  });
});

describe("an Argo CD folder read without kustomize", () => {
  it.each(readdirSync(path.join(REPO, "manifests/argocd")))(
    "should hold exactly what kustomize builds from manifests/argocd/%s, in its order",
    async (environment) => {
      const dir = path.join(REPO, "manifests/argocd", environment);
      expect(await plainResources(dir)).toEqual(kustomize(dir));
    },
  );

  it.each([
    ["a transformer", "namespace: elsewhere\nresources:\n  - a.yaml\n"],
    ["a folder as a resource", "resources:\n  - ../base\n"],
    ["a remote resource", "resources:\n  - https://example.org/a.yaml\n"],
  ])("should leave a kustomization with %s to kustomize", async (_what, body) => {
    write(
      path.join(scratch, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`,
    );
    write(path.join(scratch, "a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    expect(await plainResources(scratch)).toBeUndefined();
  });
});

describe("the render memo's key", () => {
  let workspace: string;
  let code: string;
  const key = (argv = ["render"]) => renderKey({ workspaceRoot: workspace, argv, codeRoot: code });

  beforeEach(() => {
    workspace = path.join(scratch, "workspace");
    code = path.join(scratch, "code");
    write(path.join(workspace, "environments/sandbox.yaml"), "platform: sandbox\n");
    write(path.join(workspace, "manifests/overlays/sandbox/images/kustomization.yaml"), "images: []\n");
    for (const image of ["ckan", "solr", "postgres"])
      write(path.join(workspace, `images/${image}/versions.env`), `${image.toUpperCase()}_VERSION=1\n`);
    write(path.join(code, "tools/manifests/src/render.ts"), "export {};\n");
    write(path.join(code, "tools/manifests/openapi/v1.json"), "{}\n");
    write(path.join(code, "node_modules/.package-lock.json"), "{}\n");
  });

  it("should cover every input render reads", () => {
    expect(WORKSPACE_INPUTS).toEqual([
      "environments",
      "manifests",
      "images/ckan/versions.env",
      "images/solr/versions.env",
      "images/postgres/versions.env",
    ]);
    expect(CODE_INPUTS).toEqual([
      "tools/manifests/src",
      "tools/manifests/openapi",
      "node_modules/.package-lock.json",
    ]);
  });

  it("should stay the same while nothing changes, wherever the workspace is", () => {
    const first = key();
    expect(key()).toBe(first);
  });

  it.each([
    ["a settings file changes", "environments/sandbox.yaml", "platform: openshift\n"],
    ["a settings file is added", "environments/gov-dev.yaml", "platform: openshift\n"],
    ["the image pins change", "manifests/overlays/sandbox/images/kustomization.yaml", "images: [{}]\n"],
    ["a rendered file is edited by hand", "manifests/base/kustomization.yaml", "resources: []\n"],
    ["an image's versions change", "images/solr/versions.env", "SOLR_VERSION=2\n"],
  ])("should change when %s", (_what, file, text) => {
    const before = key();
    write(path.join(workspace, file), text);
    expect(key()).not.toBe(before);
  });

  it.each([
    "tools/manifests/src/render.ts",
    "tools/manifests/openapi/v1.json",
    "node_modules/.package-lock.json",
  ])("should change when the code's %s is edited", (file) => {
    const before = key();
    utimesSync(path.join(code, file), new Date(), new Date(Date.now() + 5000));
    expect(key()).not.toBe(before);
  });

  it("should change when a source file is added, or the command line differs", () => {
    const before = key();
    expect(key(["render", "--json"])).not.toBe(before);
    write(path.join(code, "tools/manifests/src/new.ts"), "export {};\n");
    expect(key()).not.toBe(before);
  });
});

describe("the render memo's stat fingerprint", () => {
  let workspace: string;
  let code: string;
  const fingerprint = () => statFingerprint({ workspaceRoot: workspace, argv: ["render"], codeRoot: code });
  const past = new Date(Date.now() - 60_000);

  beforeEach(() => {
    workspace = path.join(scratch, "workspace");
    code = path.join(scratch, "code");
    write(path.join(workspace, "environments/sandbox.yaml"), "platform: sandbox\n");
    write(path.join(workspace, "manifests/base/kustomization.yaml"), "resources: []\n");
    write(path.join(code, "tools/manifests/src/render.ts"), "export {};\n");
    for (const file of ["environments/sandbox.yaml", "manifests/base/kustomization.yaml"])
      utimesSync(path.join(workspace, file), past, past);
  });

  it("should stay the same while nothing changes, and know the newest input's time", () => {
    const first = fingerprint();
    expect(fingerprint()).toEqual(first);
    const times = [
      path.join(workspace, "environments/sandbox.yaml"),
      path.join(workspace, "manifests/base/kustomization.yaml"),
      path.join(code, "tools/manifests/src/render.ts"),
    ].flatMap((file) => [statSync(file).mtimeMs, statSync(file).ctimeMs]);
    expect(first.newest).toBe(Math.max(...times));
    expect(first.newest).toBeGreaterThan(Date.now() - 60_000);
  });

  it.each([
    ["a file's size changes", (file: string) => write(file, "platform: openshift\n")],
    ["a file's modification time changes", (file: string) => utimesSync(file, past, new Date())],
    ["a file is added", (file: string) => write(`${file}.new`, "")],
    [
      "a file's content is replaced, its size and modification time restored (as tar or cp -p do)",
      (file: string) => {
        const { mtime } = statSync(file);
        write(file, "platform: sandbox\n".toUpperCase());
        utimesSync(file, mtime, mtime);
      },
    ],
  ])("should change when %s", (_what, change) => {
    const before = fingerprint().fingerprint;
    change(path.join(workspace, "environments/sandbox.yaml"));
    expect(fingerprint().fingerprint).not.toBe(before);
  });
});

describe("the command lines the render memo answers", () => {
  it.each([
    [["render"], { workspace: "/repo", json: false }],
    [["render", "--json"], { workspace: "/repo", json: true }],
    [["render", "--workspace", "/w", "--json"], { workspace: "/w", json: true }],
    [["render", "--workspace=/w"], { workspace: "/w", json: false }],
  ])("should answer %j", (argv, expected) => {
    expect(plainRender(argv, "/repo")).toEqual(expected);
  });

  it.each([
    [["check"]],
    [["render", "--help"]],
    [["render", "--jsn"]],
    [["render", "extra"]],
    [["render", "--workspace"]],
  ])("should leave %j to the command", (argv) => {
    expect(plainRender(argv, "/repo")).toBeUndefined();
  });
});

describe("a render of unchanged inputs", () => {
  it("should write nothing, and answer from the inputs' sizes and times once they are older than 2 s", async () => {
    const cache = path.join(scratch, "cache");
    vi.stubEnv("CKAN_GATE_CACHE", cache);
    const workspace = copyWorkspace();
    try {
      // Older than 2 s by their change times too, which only the clock moves.
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const manifest = path.join(workspace.root, "manifests/overlays/sandbox/kustomization.yaml");
      const written = statSync(manifest).mtimeMs;
      const first = runCli(["render"], workspace.root);
      expect(first.status).toBe(0);
      expect(statSync(manifest).mtimeMs).toBe(written);
      // The report kept under the inputs' content hash goes: what answers now is the note of sizes and times.
      const byContent = () => readdirSync(cache).filter((name) => /^render-[0-9a-f]{64}\.json$/.test(name));
      expect(byContent().length).toBe(1);
      for (const name of byContent()) rmSync(path.join(cache, name));
      const again = runCli(["render"], workspace.root);
      expect(again.stdout).toContain("(inputs unchanged since the last render: its result)");
      expect(byContent()).toEqual([]);
      editFile(workspace.root, "environments/sandbox.yaml", (text) =>
        text.replace("cpu: 500m, memory: 1Gi", "cpu: 400m, memory: 1Gi"),
      );
      const changed = runCli(["render"], workspace.root);
      expect(changed.status).toBe(0);
      expect(changed.stdout).not.toContain("inputs unchanged");
    } finally {
      workspace.cleanup();
    }
  });

  it("should not note sizes and times of inputs changed in the last 2 s", () => {
    const cache = path.join(scratch, "cache");
    vi.stubEnv("CKAN_GATE_CACHE", cache);
    const workspace = copyWorkspace();
    try {
      expect(runCli(["render", "--json"], workspace.root).status).toBe(0);
      expect(runCli(["render", "--json"], workspace.root).status).toBe(0);
      expect(readdirSync(cache).filter((name) => name.startsWith("render-last-"))).toEqual([]);
    } finally {
      workspace.cleanup();
    }
  });

  it("should print the last report again, and render anew once an input changed", () => {
    vi.stubEnv("CKAN_GATE_CACHE", path.join(scratch, "cache"));
    const workspace = copyWorkspace();
    try {
      const first = runCli(["render", "--json"], workspace.root);
      expect(first.status).toBe(0);
      const again = runCli(["render", "--json"], workspace.root);
      expect(again).toEqual(first);
      expect(runCli(["render"], workspace.root).stdout).not.toContain("inputs unchanged");
      expect(runCli(["render"], workspace.root).stdout).toContain(
        "(inputs unchanged since the last render: its result)",
      );
      editFile(workspace.root, "environments/sandbox.yaml", (text) =>
        text.replace("cpu: 500m, memory: 1Gi", "cpu: 400m, memory: 1Gi"),
      );
      const changed = runCli(["render", "--json"], workspace.root);
      expect(changed.status).toBe(0);
      expect(changed.stdout).not.toEqual(first.stdout);
      expect(runCli(["check"], workspace.root).status).toBe(0);
    } finally {
      workspace.cleanup();
    }
  });
});
