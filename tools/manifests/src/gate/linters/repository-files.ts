// The repository's files as git sees them, and its shell scripts (found by shebang, not by extension:
// the image scripts have none). Also used by tools/workspace-setup/test/shellcheck.test.ts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+)?(?:ba|da|k)?sh\b/;
const SHELLCHECK_DIRECTIVE = /^# shellcheck shell=(?:ba|da|k)?sh\b/m;

/** Tracked files and new ones git does not ignore, relative to repoRoot, without the rendered manifests/. */
export function repositoryFiles(repoRoot: string): string[] {
  const output = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  return output.split("\0").filter((file) => file !== "" && !file.startsWith("manifests/"));
}

/** Whether the file starts with a sh/bash/dash/ksh shebang or a `# shellcheck shell=` directive. */
export function isShellScript(repoRoot: string, file: string): boolean {
  let head: string;
  try {
    head = readFileSync(path.join(repoRoot, file), "utf8").slice(0, 200);
  } catch {
    return false; // deleted in the working tree, or a directory (submodule)
  }
  return SHELL_SHEBANG.test(head) || SHELLCHECK_DIRECTIVE.test(head);
}

/** Every shell script of the repository, sorted, relative to repoRoot. */
export function shellScripts(repoRoot: string): string[] {
  return repositoryFiles(repoRoot)
    .filter((file) => isShellScript(repoRoot, file))
    .sort();
}
