// Layer 3, shell scripts: shellcheck -x on every script of the repository (found by shebang through
// git, as tools/workspace-setup/test/shellcheck.test.ts does). Any comment, whatever its level, is a
// finding: the repository's bar is no shellcheck output at all.
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
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
  const runs = await Promise.all(
    batches(repoRoot, scripts).map((batch) =>
      runLinterCached(shellcheck, ["-x", "-f", "json1", ...batch], repoRoot, read),
    ),
  );
  const comments: ShellcheckComment[] = [];
  for (const result of runs) {
    // 0: clean, 1: comments; anything else (2: a file could not be read, 3: bad options) is a failure.
    if (result.status !== 0 && result.status !== 1)
      return [toolFailedFinding("shellcheck", "shell scripts", result)];
    try {
      comments.push(...(JSON.parse(result.stdout) as { comments: ShellcheckComment[] }).comments);
    } catch {
      return [toolFailedFinding("shellcheck", "shell scripts", result, "output is not JSON")];
    }
  }
  const order = new Map(scripts.map((script, index) => [script, index]));
  comments.sort(
    (a, b) =>
      (order.get(a.file) ?? scripts.length) - (order.get(b.file) ?? scripts.length) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code - b.code,
  );
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

/**
 * The scripts in one batch per core, the largest first into the lightest batch: shellcheck is
 * single-threaded, and it is the longest of the gate's linters. Each batch follows its own `source`s.
 */
export function batches(
  repoRoot: string,
  scripts: readonly string[],
  count = availableParallelism(),
): string[][] {
  const sized = scripts
    .map((script) => ({ script, size: statSync(path.join(repoRoot, script)).size }))
    .sort((a, b) => b.size - a.size || a.script.localeCompare(b.script));
  const result = Array.from({ length: Math.max(1, Math.min(count, scripts.length)) }, () => ({
    scripts: [] as string[],
    size: 0,
  }));
  for (const { script, size } of sized) {
    const lightest = result.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.scripts.push(script);
    lightest.size += size;
  }
  return result.map((batch) => batch.scripts.sort());
}
