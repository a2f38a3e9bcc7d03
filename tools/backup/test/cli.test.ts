// A restore from a directory that is not a backup (the other bad command lines are rows of
// tools/manifests/test/bad-inputs.test.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeFakeNamespace } from "./fake-namespace.ts";

const REPO = path.resolve(import.meta.dirname, "../../..");
const CLI = path.join(REPO, "tools/backup/src/cli.ts");

function run(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run backup / restore", () => {
  it("refuses a directory that is not a backup, naming it (exit 1)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "not-a-backup-"));
    const namespace = makeFakeNamespace();
    try {
      const result = run(["restore", "sandbox", dir, "--secrets-only"], {
        PATH: `${namespace.dir}:${process.env.PATH}`,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${dir} is not a backup: it has no manifest.json`);
      expect(result.stderr).toContain("fix: pass the directory `npm run backup` printed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
      namespace.remove();
    }
  });
});
