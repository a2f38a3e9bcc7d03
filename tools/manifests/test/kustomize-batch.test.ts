// tools/kustomize-batch stands in for `kustomize build` when setup.sh has built it: it must print exactly
// what the pinned kustomize CLI prints, for every overlay and every variant the gate checks, and the same
// error for a kustomization that does not build.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overlayVariants, withVariantDirectory } from "../src/gate/variants.ts";
import { batchBuilder } from "../src/kustomize-batch.ts";
import { REPO } from "./helpers.ts";

const TOOLS = path.join(REPO, ".tools/bin");
const BATCH = path.join(TOOLS, "kustomize-batch");
const CLI = path.join(TOOLS, "kustomize");

const cli = (directory: string) => spawnSync(CLI, ["build", directory], { encoding: "utf8" });

describe("kustomize-batch", () => {
  const build = batchBuilder(BATCH, process.env);

  it("should be built at the kustomize version setup.sh pins for the CLI", () => {
    const setup = readFileSync(path.join(REPO, "tools/workspace-setup/setup.sh"), "utf8");
    const goMod = readFileSync(path.join(REPO, "tools/kustomize-batch/go.mod"), "utf8");
    const pinned = /^\s+sigs\.k8s\.io\/kustomize\/kustomize\/v5 (v\S+)$/m.exec(goMod)?.[1];
    // setup.sh reads the CLI's version from go.mod
    expect(setup).toContain("KUSTOMIZE_VERSION=$(go_module_version sigs.k8s.io/kustomize/kustomize/v5)");
    const version = (program: string) =>
      `${path.basename(program)} ${execFileSync(program, ["version"], { encoding: "utf8" }).trim()}`;
    // Missing or another version: run tools/workspace-setup/setup.sh test, which builds both.
    expect([version(BATCH), version(CLI)]).toEqual([`kustomize-batch ${pinned}`, `kustomize ${pinned}`]);
  });

  describe.each(["sandbox", "gov-dev"])("on overlays/%s", (overlay) => {
    const overlayDir = path.join(REPO, "manifests/overlays", overlay);

    it("should print what kustomize build prints, for each variant the gate checks", async () => {
      const platform = overlay === "sandbox" ? "developer-sandbox" : "openshift";
      const variants = await overlayVariants(overlayDir, overlay, platform);
      expect(variants.length).toBeGreaterThan(0);
      for (const variant of variants) {
        await withVariantDirectory(overlayDir, variant, async (directory) => {
          const expected = cli(directory);
          expect({ variant: variant.name, stderr: expected.stderr }).toEqual({
            variant: variant.name,
            stderr: "",
          });
          expect({ variant: variant.name, yaml: await build(directory) }).toEqual({
            variant: variant.name,
            yaml: expected.stdout,
          });
        });
      }
    });
  });

  describe("with builds that fail and builds asked for at once", () => {
    let scratch: string;
    beforeAll(() => {
      scratch = mkdtempSync(path.join(tmpdir(), "kustomize-batch-"));
      writeFileSync(path.join(scratch, "kustomization.yaml"), "resources:\n  - missing.yaml\n");
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it("should fail with kustomize's own message", async () => {
      const expected = cli(scratch);
      expect(expected.status).toBe(1);
      await expect(build(scratch)).rejects.toThrow(expected.stderr.trim());
    });

    it("should answer each request with its own build, in any order they finish", async () => {
      const directories = [
        scratch,
        path.join(REPO, "manifests/overlays/sandbox"),
        path.join(REPO, "manifests/base/redis"),
        scratch,
        path.join(REPO, "manifests/overlays/gov-dev"),
      ];
      const results = await Promise.allSettled(directories.map(build));
      expect(results.map((result) => result.status)).toEqual([
        "rejected",
        "fulfilled",
        "fulfilled",
        "rejected",
        "fulfilled",
      ]);
      const expected = directories.map((directory) => cli(directory));
      expect(results.map((result) => (result.status === "fulfilled" ? result.value : undefined))).toEqual(
        expected.map((output) => (output.status === 0 ? output.stdout : undefined)),
      );
    });
  });
});
