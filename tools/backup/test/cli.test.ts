// The command line: usage errors exit 2 with the usage, failures exit 1 with a fix, nothing written.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
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
  it.each([
    [["backup"], "✗ the environment is missing"],
    [["restore", "sandbox"], "✗ restore takes an environment and one backup directory"],
    [["restore", "sandbox", "a", "b"], "✗ restore takes an environment and one backup directory"],
    [["backup", "sandbox", "--secrets-only"], "✗ backup takes one environment and --out, --context"],
    [["backup", "Sand Box"], '✗ "Sand Box" is not an environment name'],
    [["backup", "sandbox", "--frobnicate"], "✗ Unknown option '--frobnicate'"],
    [["copy", "sandbox"], "✗ the command is backup or restore"],
    [
      ["restore", "sandbox", "dir", "--secrets-only", "--keep-secrets"],
      "✗ --secrets-only and --keep-secrets exclude each other",
    ],
  ])("%j is a usage error (exit 2)", (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("usage: npm run backup");
  });

  it("names the settings file of an unknown environment (exit 1)", () => {
    const result = run(["backup", "nowhere"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("environments/nowhere.yaml");
  });

  it("says how to get oc when neither oc nor kubectl is on PATH, and writes nothing", () => {
    const out = mkdtempSync(path.join(tmpdir(), "backup-cli-"));
    try {
      const result = run(["backup", "sandbox", "--out", out], { PATH: path.dirname(process.execPath) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("✗ neither oc nor kubectl is on PATH");
      expect(result.stderr).toContain("fix: install `oc`");
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

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
