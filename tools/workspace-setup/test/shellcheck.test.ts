// Every shell script in the repository (found by shebang, not by extension: the image scripts have
// none) passes `shellcheck -x`. .shellcheckrc resolves sourced files next to each script.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+)?(?:ba|da|k)?sh\b/;

/** Tracked files and new ones git does not ignore. */
function repositoryFiles(): string[] {
  const output = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
  });
  return output.split("\0").filter((file) => file !== "" && !file.startsWith("manifests/"));
}

function isShellScript(file: string): boolean {
  let head: string;
  try {
    head = readFileSync(path.join(root, file), "utf8").slice(0, 200);
  } catch {
    return false; // deleted in the working tree
  }
  return SHELL_SHEBANG.test(head) || /^# shellcheck shell=(?:ba|da|k)?sh\b/m.test(head);
}

const scripts = repositoryFiles().filter(isShellScript).sort();

function shellcheck(script: string): { status: number | null; output: string } {
  const result = spawnSync("shellcheck", ["-x", script], { cwd: root, encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error("shellcheck is not installed: apt-get install shellcheck");
  }
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("shell scripts", () => {
  it("should find every kind of script to check", () => {
    expect(scripts).toContain("images/ckan/scripts/ckan-bootstrap");
    expect(scripts).toContain("images/postgres/initdb/10-create-ckan-databases.sh");
    expect(scripts).toContain("tools/workspace-setup/setup.sh");
    expect(scripts).toContain(".ci/run");
  });

  it.each(scripts)("%s should pass shellcheck", (script) => {
    const { status, output } = shellcheck(script);
    expect(output, `shellcheck -x ${script}`).toBe("");
    expect(status).toBe(0);
  });
});
