// The commands behind cli.ts: render, check, settings-from-oc.
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readTree } from "./emit/write-tree.ts";
import { renderWorkspace, stageRender, type EnvironmentReport, type StagedRender } from "./render.ts";
import { SettingsError } from "./settings/load-settings.ts";
import { settingsFromOc } from "./settings/settings-from-oc.ts";
import { formatComparison, formatReport } from "./summary.ts";
import { formatFindings } from "./gate/format.ts";
import { connectionFrom } from "./lib/kube-api.ts";
import { runGate } from "./gate/validate.ts";

const USAGE = `usage: cli.ts <command> [--json] [--workspace <dir>]
  render              render every environment into manifests/, validate, print the summary
  check               fail with a diff when manifests/ differs from a fresh render
  validate            the validation gate on every overlay of manifests/ (or --manifests <dir>) and the repository;
                      --server: also a server-side dry-run of every variant against the cluster of
                      KUBECONFIG (--context <name> to pick one): its schemas, CEL rules and admission
  settings-from-oc    fill environments/<env>.yaml's namespace and host from a logged-in oc [--environment sandbox]`;

function parseArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        environment: { type: "string", default: "sandbox" },
        // Another checkout to work on (tests use throw-away copies); defaults to this one.
        workspace: { type: "string", default: path.resolve(import.meta.dirname, "../../..") },
        // The manifests/ tree `validate` checks; a copy, to try a change before committing it.
        manifests: { type: "string" },
        server: { type: "boolean", default: false },
        context: { type: "string" },
      },
    });
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const { values, positionals } = parseArguments();
const workspaceRoot = path.resolve(values.workspace);
const manifestsDir = path.join(workspaceRoot, "manifests");
const command = positionals[0] ?? "render";

function jsonReport(report: EnvironmentReport) {
  return {
    environment: report.environment.name,
    namespace: report.environment.settings.namespace,
    host: report.environment.settings.host,
    objects: report.objects.length,
    quota: report.usage,
    findings: report.findings,
    suppressions: report.suppressions,
    alternatives: report.alternatives,
  };
}

function print(staged: StagedRender, extra: Record<string, unknown> = {}): void {
  if (values.json) {
    console.log(
      JSON.stringify({ ok: staged.ok, ...extra, environments: staged.reports.map(jsonReport) }, null, 2),
    );
  } else {
    for (const report of staged.reports) console.log(formatReport(report) + "\n");
    if (staged.reports.length > 1) console.log(formatComparison(staged.reports) + "\n");
  }
}

async function render(): Promise<number> {
  const started = performance.now();
  const staged = await renderWorkspace(workspaceRoot);
  if (!staged.ok) {
    print(staged);
    console.error("✗ render failed: manifests/ was left unchanged");
    return 1;
  }
  print(staged, { files: staged.tree.size });
  if (!values.json) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `✓ rendered ${staged.tree.size} files for ${staged.reports.length} environment(s) in ${seconds}s`,
    );
  }
  return 0;
}

async function check(): Promise<number> {
  const staged = await stageRender(workspaceRoot);
  try {
    const committed = await readTree(manifestsDir);
    const paths = [...new Set([...committed.keys(), ...staged.tree.keys()])].sort();
    const drifted = paths.filter((file) => committed.get(file) !== staged.tree.get(file));
    print(staged, { drift: drifted });
    if (drifted.length > 0) {
      // git's diff is the most readable one available everywhere the repository is.
      spawnSync(
        "git",
        ["--no-pager", "diff", "--no-index", "--", "manifests", path.basename(staged.staging)],
        {
          cwd: workspaceRoot,
          stdio: values.json ? "ignore" : "inherit",
        },
      );
      console.error(
        `✗ ${drifted.length} file(s) in manifests/ differ from a fresh render (- committed, + rendered):\n` +
          drifted.map((file) => `    ${file}`).join("\n") +
          "\n  fix: run `npm run render` and commit manifests/ (never edit it by hand)",
      );
      return 1;
    }
    if (!staged.ok) return 1;
    if (!values.json) console.log("✓ manifests/ matches a fresh render");
    return 0;
  } finally {
    await rm(staged.staging, { recursive: true, force: true });
  }
}

async function validate(): Promise<number> {
  const started = performance.now();
  const kubeconfig =
    process.env.KUBECONFIG?.split(path.delimiter)[0] || path.join(homedir(), ".kube", "config");
  const result = await runGate({
    repoRoot: workspaceRoot,
    manifestsDir: values.manifests ? path.resolve(values.manifests) : manifestsDir,
    server: values.server ? connectionFrom(kubeconfig, values.context) : undefined,
  });
  const errors = result.findings.filter((finding) => finding.severity === "error");
  if (values.json) {
    console.log(JSON.stringify({ ok: errors.length === 0, ...result }, null, 2));
  } else {
    if (result.findings.length > 0) console.log(formatFindings(result.findings, result.suppressions));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const summary = `${errors.length} error(s), ${result.findings.length - errors.length} warning(s) in ${result.overlays.join(", ")} and the repository (${seconds}s)`;
    console.log(errors.length === 0 ? `✓ validation gate: ${summary}` : `✗ validation gate: ${summary}`);
  }
  return errors.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  switch (command) {
    case "validate":
      return validate();
    case "render":
      return render();
    case "check":
      return check();
    case "settings-from-oc":
      return settingsFromOc(workspaceRoot, values.environment);
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof SettingsError) {
    console.error(`✗ invalid settings; nothing was rendered:\n${error.message}`);
  } else {
    console.error(`✗ ${(error as Error).message}`);
  }
  process.exitCode = 1;
}
