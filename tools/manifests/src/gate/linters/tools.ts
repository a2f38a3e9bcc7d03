// Finding and running the native linters (actionlint, shellcheck, kube-linter): the repository's own
// `.tools/bin` first (where tools/workspace-setup/setup.sh installs pinned versions), then PATH. A missing
// tool is a finding with the command that installs it, never a silent skip.
import { spawn } from "node:child_process";
import { access, constants, stat } from "node:fs/promises";
import path from "node:path";
import { cached } from "../../lib/content-cache.ts";
import type { Finding, Severity } from "../finding.ts";
import type { RuleId } from "../rules.ts";

export interface ToolOptions {
  /** Where pinned tools are installed. @default <repoRoot>/.tools/bin */
  readonly toolsDir?: string;
  /** The search path after toolsDir. @default process.env.PATH */
  readonly searchPath?: string;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of `name` in toolsDir, else on the search path; undefined when neither has it. */
export async function findTool(
  name: string,
  repoRoot: string,
  options: ToolOptions = {},
): Promise<string | undefined> {
  const toolsDir = options.toolsDir ?? path.join(repoRoot, ".tools", "bin");
  const searchPath = options.searchPath ?? process.env.PATH ?? "";
  const directories = [toolsDir, ...searchPath.split(path.delimiter).filter(Boolean)];
  for (const directory of directories) {
    const candidate = path.resolve(repoRoot, directory, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export interface ToolResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a tool to completion, whatever its exit code (linters exit 1 when they find something). */
export function runTool(program: string, args: readonly string[], cwd: string): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * runTool for a linter whose verdict depends only on `files` (relative to cwd) and its arguments: while
 * neither they nor the binary change, the last verdict (clean or findings, never a failure) is reused.
 */
export async function runLinterCached(
  program: string,
  args: readonly string[],
  cwd: string,
  files: readonly string[],
): Promise<ToolResult> {
  const binary = await stat(program);
  return cached(
    {
      paths: files.map((file) => path.resolve(cwd, file)),
      parts: [program, `${binary.size}`, `${binary.mtimeMs}`, ...args],
    },
    () => runTool(program, args, cwd),
    (result) => result.status === 0 || result.status === 1,
  );
}

export interface MissingTool {
  readonly tool: string;
  readonly rule: RuleId;
  readonly severity?: Severity;
  /** The file or directory the tool would have checked. */
  readonly object: string;
  readonly why: string;
  /** The exact command that installs the tool. */
  readonly install: string;
}

export function missingToolFinding(missing: MissingTool): Finding {
  return {
    rule: missing.rule,
    severity: missing.severity ?? "error",
    overlay: "",
    object: missing.object,
    path: "",
    message: `${missing.tool} is not installed (neither in .tools/bin nor on PATH), so nothing was checked`,
    why: missing.why,
    fix: missing.install,
  };
}

/** The rule of a linter that ran but failed. */
const FAILED = {
  shellcheck: "shellcheck/failed",
  actionlint: "actionlint/failed",
  "kube-linter": "kube-linter/failed",
} as const satisfies Record<string, RuleId>;

/** A finding for a tool that ran but failed (bad arguments, crash, unreadable output). */
export function toolFailedFinding(
  tool: keyof typeof FAILED,
  object: string,
  result: ToolResult,
  detail = "",
): Finding {
  const output = `${result.stderr}${result.stdout}`.trim().split("\n").slice(0, 5).join(" | ");
  return {
    rule: FAILED[tool],
    severity: "error",
    overlay: "",
    object,
    path: "",
    message: `${tool} exited with status ${String(result.status)}${detail ? ` (${detail})` : ""}: ${output || "no output"}`,
    why: "a linter that crashes checks nothing; its silence would pass broken files",
    fix: `run ${tool} by hand on ${object} and fix what it reports (or the installation)`,
  };
}
