// Layer 3, GitHub Actions workflows: the native actionlint (pinned, installed into .tools/bin by
// tools/workspace-setup/setup.sh) over .github/workflows/*.yml. It also runs shellcheck on `run:` scripts
// when shellcheck is on PATH.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Finding } from "../finding.ts";
import { externalRule } from "../rules.ts";
import { findTool, missingToolFinding, runTool, toolFailedFinding, type ToolOptions } from "./tools.ts";

/** Keep in step with ACTIONLINT_VERSION in tools/workspace-setup/setup.sh (a test checks it). */
export const ACTIONLINT_VERSION = "v1.7.12";
export const ACTIONLINT_MODULE = "github.com/rhysd/actionlint/cmd/actionlint";
const WORKFLOWS = ".github/workflows";

export function actionlintInstallCommand(repoRoot: string): string {
  return `GOBIN="${path.join(repoRoot, ".tools", "bin")}" go install ${ACTIONLINT_MODULE}@${ACTIONLINT_VERSION}`;
}

interface ActionlintError {
  readonly message: string;
  readonly filepath: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

/** The workflow files, relative to repoRoot, sorted; none when the folder does not exist. */
export async function workflowFiles(repoRoot: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(repoRoot, WORKFLOWS), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
      .map((entry) => `${WORKFLOWS}/${entry.name}`)
      .sort();
  } catch {
    return [];
  }
}

export async function actionlintFindings(repoRoot: string, options: ToolOptions = {}): Promise<Finding[]> {
  const files = await workflowFiles(repoRoot);
  if (files.length === 0) return [];
  const actionlint = await findTool("actionlint", repoRoot, options);
  if (!actionlint) {
    return [
      missingToolFinding({
        tool: "actionlint",
        rule: "actionlint/missing",
        object: WORKFLOWS,
        why: "a broken workflow (unknown key, undefined expression, bad runner) only fails when GitHub runs it, after the push",
        install: `${actionlintInstallCommand(repoRoot)}  (tools/workspace-setup/setup.sh render does this)`,
      }),
    ];
  }
  const result = await runTool(actionlint, ["-no-color", "-format", "{{json .}}", ...files], repoRoot);
  // 0: clean, 1: problems found; anything else is a failure of the tool itself.
  if (result.status !== 0 && result.status !== 1) return [toolFailedFinding("actionlint", WORKFLOWS, result)];
  let errors: ActionlintError[];
  try {
    errors = result.stdout.trim() === "" ? [] : (JSON.parse(result.stdout) as ActionlintError[]);
  } catch {
    return [toolFailedFinding("actionlint", WORKFLOWS, result, "output is not JSON")];
  }
  if (result.status === 1 && errors.length === 0)
    return [toolFailedFinding("actionlint", WORKFLOWS, result, "no errors listed")];
  return errors.map((error) => ({
    rule: externalRule("actionlint", error.kind),
    severity: "error",
    overlay: "",
    object: error.filepath,
    path: `${error.line}:${error.column}`,
    message: error.message,
    why: "GitHub would reject or misrun this workflow, and only when it runs: after the push",
    fix: `correct the workflow; actionlint's ${error.kind} check is explained at https://github.com/rhysd/actionlint/blob/${ACTIONLINT_VERSION}/docs/checks.md`,
  }));
}
