// Layer 3, shell scripts: shellcheck -x on every script of the repository (found by shebang through
// git, as tools/workspace-setup/test/shellcheck.test.ts does). Any comment, whatever its level, is a
// finding: the repository's bar is no shellcheck output at all.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Finding } from "../finding.ts";
import { externalRule } from "../rules.ts";
import { shellScripts } from "./repository-files.ts";
import {
  findTool,
  missingToolFinding,
  runLinterCached,
  toolFailedFinding,
  type ToolOptions,
} from "./tools.ts";

export const SHELLCHECK_INSTALL =
  "apt-get install -y shellcheck  (tools/workspace-setup/setup.sh test does this)";

interface ShellcheckComment {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly level: "error" | "warning" | "info" | "style";
  readonly code: number;
  readonly message: string;
  readonly fix?: unknown;
}

export async function shellcheckFindings(repoRoot: string, options: ToolOptions = {}): Promise<Finding[]> {
  const scripts = shellScripts(repoRoot);
  if (scripts.length === 0) return [];
  const shellcheck = await findTool("shellcheck", repoRoot, options);
  if (!shellcheck) {
    return [
      missingToolFinding({
        tool: "shellcheck",
        rule: "shellcheck/missing",
        object: `${scripts.length} shell scripts`,
        why: "the bootstrap, start and setup scripts run unattended: an unquoted variable or an unchecked cd fails in production, not here",
        install: SHELLCHECK_INSTALL,
      }),
    ];
  }
  // What shellcheck reads: the scripts (-x follows `source` into ckan-lib.sh, itself one of them) and the
  // repository's .shellcheckrc.
  const read = existsSync(path.join(repoRoot, ".shellcheckrc")) ? [...scripts, ".shellcheckrc"] : scripts;
  const result = await runLinterCached(shellcheck, ["-x", "-f", "json1", ...scripts], repoRoot, read);
  // 0: clean, 1: comments; anything else (2: a file could not be read, 3: bad options) is a failure.
  if (result.status !== 0 && result.status !== 1)
    return [toolFailedFinding("shellcheck", "shell scripts", result)];
  let comments: ShellcheckComment[];
  try {
    comments = (JSON.parse(result.stdout) as { comments: ShellcheckComment[] }).comments;
  } catch {
    return [toolFailedFinding("shellcheck", "shell scripts", result, "output is not JSON")];
  }
  return comments.map((comment) => {
    const code = `SC${comment.code}`;
    return {
      rule: externalRule("shellcheck", code),
      severity: "error",
      overlay: "",
      object: comment.file,
      path: `${comment.line}:${comment.column}`,
      message: `${comment.level}: ${comment.message}`,
      why: `the script may misbehave at run time; ${code} is explained at https://www.shellcheck.net/wiki/${code}`,
      fix: comment.fix
        ? `apply shellcheck's fix: shellcheck -x -f diff ${comment.file} | git apply`
        : `change the line as the wiki shows, or if it is right add "# shellcheck disable=${code} # <why>" above it`,
    };
  });
}
