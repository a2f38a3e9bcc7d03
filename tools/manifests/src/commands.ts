// The commands behind cli.ts: render, check, validate, settings-from-oc, env and docs. Command lines and exit
// codes follow docs/cli.md (lib/command-line.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { docsDrift, GENERATED_DOCS, writeDocs } from "./docs.ts";
import { readTree } from "./emit/write-tree.ts";
import { checkEnvironmentName } from "./environments/environment-files.ts";
import { removalPlan, removeEnvironment } from "./environments/remove-environment.ts";
import { formatFindings } from "./gate/format.ts";
import { applicationName } from "./lib/argocd.ts";
import { connectionFrom } from "./lib/kube-api.ts";
import { rememberIfUnchanged } from "./lib/render-memo.cjs";
import { runGate } from "./gate/validate.ts";
import {
  EXIT,
  Failure,
  parseCommandLine,
  runCommand,
  splitCommand,
  unknownCommand,
  workspaceHelp,
  WORKSPACE_OPTION,
} from "./lib/command-line.ts";
import {
  environmentFileProblems,
  renderWorkspace,
  stageRender,
  type EnvironmentReport,
  type StagedRender,
} from "./render.ts";
import { SettingsError } from "./settings/load-settings.ts";
import { settingsFromOc } from "./settings/settings-from-oc.ts";
import { formatComparison, formatReport } from "./summary.ts";

const USAGE = `usage: npm run <command> [-- options]    (node tools/manifests/src/cli.ts <command> [options])

  render              render every environment into manifests/, validate, print the summary
  check               fail with a diff when manifests/ differs from a fresh render
  validate            the validation gate on every overlay of manifests/ and the repository
  settings-from-oc    fill an environment's namespace and host from a logged-in oc (npm run settings:from-oc)
  env remove <name>   remove an environment: its settings, overlay, image pins and Argo CD objects
  docs                write the generated references docs/settings.md and docs/gate-rules.md

Each command answers --help. Exit codes: 0 done, 1 failed (nothing written), 2 usage (docs/cli.md).`;

const JSON_HELP = "  --json              print the result as JSON (for CI)";

const JSON_OPTION = { json: { type: "boolean", default: false } } as const;

const RENDER = {
  usage: `usage: npm run render [-- --json]

Renders every environments/<env>.yaml into manifests/ (written only when every environment passes the
validation gate), and prints each environment's summary.

${JSON_HELP}
${workspaceHelp(22)}`,
  options: { ...JSON_OPTION, ...WORKSPACE_OPTION },
};

const CHECK = {
  usage: `usage: npm run check [-- --json]

Fails with a diff when manifests/ differs from a fresh render, or a generated reference in docs/ from its
source (run it before pushing). Writes nothing.

${JSON_HELP}
${workspaceHelp(22)}`,
  options: { ...JSON_OPTION, ...WORKSPACE_OPTION },
};

const VALIDATE = {
  usage: `usage: npm run validate [-- --json] [--manifests <dir>] [--server [--context <name>]]

Runs the validation gate on every variant of every overlay of manifests/ (each combination of the options
it can list) and on the repository's files (Dockerfiles, workflows, shell scripts). Writes nothing.

${JSON_HELP}
  --manifests <dir>   check this copy of manifests/ instead (to try a change before committing it)
  --server            also send every variant to the cluster of KUBECONFIG as a server-side dry run:
                      its schemas, CRD and CEL rules and admission decide; nothing is stored
  --context <name>    the kubeconfig context for --server (default: the current one)
${workspaceHelp(22)}`,
  options: {
    ...JSON_OPTION,
    manifests: { type: "string" },
    server: { type: "boolean", default: false },
    context: { type: "string" },
    ...WORKSPACE_OPTION,
  },
} as const;

const SETTINGS_FROM_OC = {
  usage: `usage: npm run settings:from-oc [-- --environment <env>]

Writes the current oc project as namespace and ckan-<namespace>.<apps domain> as host into
environments/<env>.yaml, keeping the rest of the file as it is.

  --environment <env> the environment to fill (default: sandbox)
${workspaceHelp(22)}`,
  options: { environment: { type: "string", default: "sandbox" }, ...WORKSPACE_OPTION },
} as const;

const DOCS = {
  usage: `usage: npm run docs

Writes the generated references from their sources: docs/settings.md from the settings schema
(src/settings/environment-settings.ts), docs/gate-rules.md from the gate's rules (src/gate/rules.ts).
Each file is replaced atomically, and only when it changes; \`npm run check\` fails while one is stale.

${workspaceHelp(22)}`,
  options: { ...WORKSPACE_OPTION },
} as const;

const COMMAND_NAMES = ["render", "check", "validate", "settings-from-oc", "env", "docs"];

const ENV_USAGE = `usage: npm run env -- remove <name> [--yes]

Removes an environment: environments/<name>.yaml, its overlay manifests/overlays/<name>/ (with its image
pins and SealedSecrets) and its Argo CD objects manifests/argocd/<name>/. Without --yes it only lists them.

  --yes               delete them
${workspaceHelp(22)}`;

function jsonReport(report: EnvironmentReport) {
  return {
    environment: report.environment.name,
    namespace: report.environment.settings.namespace,
    host: report.environment.settings.host,
    objects: report.objects.length,
    quota: report.usage,
    findings: report.findings,
    suppressions: report.suppressions,
    unselectedVariants: report.unselectedVariants,
  };
}

function print(staged: StagedRender, json: boolean, extra: Record<string, unknown> = {}): void {
  process.stdout.write(report(staged, json, extra));
}

function report(staged: StagedRender, json: boolean, extra: Record<string, unknown> = {}): string {
  if (json)
    return (
      JSON.stringify({ ok: staged.ok, ...extra, environments: staged.reports.map(jsonReport) }, null, 2) +
      "\n"
    );
  const parts = staged.reports.map((environment) => formatReport(environment) + "\n");
  if (staged.reports.length > 1) parts.push(formatComparison(staged.reports) + "\n");
  return parts.map((part) => `${part}\n`).join("");
}

async function render({ json, workspace }: { json: boolean; workspace: string }): Promise<number> {
  const started = performance.now();
  const workspaceRoot = path.resolve(workspace);
  const staged = await renderWorkspace(workspaceRoot);
  if (!staged.ok) {
    print(staged, json);
    console.error("✗ render failed: manifests/ was left unchanged");
    return EXIT.failed;
  }
  const text = report(staged, json, { files: staged.tree.size });
  process.stdout.write(text);
  if (!json) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `✓ rendered ${staged.tree.size} files for ${staged.reports.length} environment(s) in ${seconds}s`,
    );
  }
  // The next render of the same inputs prints this report again instead (lib/render-memo.cjs).
  rememberIfUnchanged(
    { workspaceRoot, argv: process.argv.slice(2) },
    { report: text, files: staged.tree.size, environments: staged.reports.length },
  );
  return EXIT.ok;
}

async function check({ json, workspace }: { json: boolean; workspace: string }): Promise<number> {
  const workspaceRoot = path.resolve(workspace);
  const staged = await stageRender(workspaceRoot);
  try {
    const committed = await readTree(path.join(workspaceRoot, "manifests"));
    const paths = [...new Set([...committed.keys(), ...staged.tree.keys()])].sort();
    const drifted = paths.filter((file) => committed.get(file) !== staged.tree.get(file));
    const staleDocs = await docsDrift(workspaceRoot);
    print(staged, json, { drift: drifted, docs: staleDocs });
    if (drifted.length > 0) {
      // git's diff is the most readable one available everywhere the repository is.
      spawnSync(
        "git",
        ["--no-pager", "diff", "--no-index", "--", "manifests", path.basename(staged.staging)],
        { cwd: workspaceRoot, stdio: json ? "ignore" : "inherit" },
      );
      console.error(
        `✗ ${drifted.length} file(s) in manifests/ differ from a fresh render (- committed, + rendered):\n` +
          drifted.map((file) => `    ${file}`).join("\n") +
          "\n  fix: run `npm run render` and commit manifests/ (never edit it by hand)",
      );
      return EXIT.failed;
    }
    if (staleDocs.length > 0) {
      console.error(
        `✗ ${staleDocs.length} generated reference(s) differ from their sources:\n` +
          staleDocs.map((file) => `    ${file}`).join("\n") +
          "\n  fix: run `npm run docs` and commit docs/ (never edit these files by hand)",
      );
      return EXIT.failed;
    }
    if (!staged.ok) return EXIT.failed;
    if (!json) console.log("✓ manifests/ matches a fresh render, and docs/ its generated references");
    return EXIT.ok;
  } finally {
    await rm(staged.staging, { recursive: true, force: true });
  }
}

async function validate(values: {
  json: boolean;
  manifests?: string;
  workspace: string;
  server: boolean;
  context?: string;
}): Promise<number> {
  const started = performance.now();
  const workspaceRoot = path.resolve(values.workspace);
  const manifestsDir = path.resolve(values.manifests ?? path.join(workspaceRoot, "manifests"));
  if (!existsSync(path.join(manifestsDir, "overlays")))
    throw new Failure(
      `${manifestsDir} holds no manifests/ tree (it has no overlays/ folder)`,
      "pass --manifests a copy of manifests/, or leave it out to check this repository's",
    );
  // The same accounting render does: an overlay without its settings cannot be checked.
  const problems = values.manifests ? [] : await environmentFileProblems(workspaceRoot);
  if (problems.length > 0) throw new SettingsError(problems);
  const kubeconfig =
    process.env.KUBECONFIG?.split(path.delimiter)[0] || path.join(homedir(), ".kube", "config");
  const server = values.server ? connectionFrom(kubeconfig, values.context) : undefined;
  const result = await runGate({ repoRoot: workspaceRoot, manifestsDir, server });
  const errors = result.findings.filter((finding) => finding.severity === "error");
  if (values.json) {
    console.log(JSON.stringify({ ok: errors.length === 0, ...result }, null, 2));
  } else {
    if (result.findings.length > 0) console.log(formatFindings(result.findings, result.suppressions));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const summary = `${errors.length} error(s), ${result.findings.length - errors.length} warning(s) in ${result.overlays.join(", ")} and the repository (${seconds}s)`;
    console.log(errors.length === 0 ? `✓ validation gate: ${summary}` : `✗ validation gate: ${summary}`);
  }
  return errors.length === 0 ? EXIT.ok : EXIT.failed;
}

async function environmentCommand(argv: readonly string[]): Promise<number> {
  const [subcommand, rest] = splitCommand(argv, ENV_USAGE, ["remove"]);
  if (subcommand !== "remove") throw unknownCommand(subcommand, ["remove"], ENV_USAGE);
  const { values, positionals } = parseCommandLine(rest, {
    usage: ENV_USAGE,
    options: { yes: { type: "boolean", default: false }, ...WORKSPACE_OPTION },
    arguments: { name: "<name>", min: 1, max: 1 },
  });
  const [environment] = positionals as [string];
  checkEnvironmentName(environment, ENV_USAGE);
  const workspaceRoot = path.resolve(values.workspace);
  const removals = await removalPlan(workspaceRoot, environment);
  const width = Math.max(...removals.map((removal) => removal.path.length));
  const list = removals.map((removal) => `  ${removal.path.padEnd(width)}  ${removal.what}`).join("\n");
  if (!values.yes) {
    console.log(`Removing environment ${environment} deletes:\n${list}`);
    throw new Failure(
      "nothing was deleted: removing an environment takes --yes",
      "run again with --yes to delete these",
    );
  }
  await removeEnvironment(workspaceRoot, removals);
  console.log(`✓ removed environment ${environment}:\n${list}`);
  console.log(
    `  Commit the removal. Where Argo CD deploys the environment, also delete its Application and\n` +
      `  AppProject ${applicationName(environment)} from the Argo CD namespace: with no overlay to sync they only report errors.\n` +
      "  The objects already running in its namespace, and their volumes, stay until you delete them.",
  );
  return EXIT.ok;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, rest] = splitCommand(argv, USAGE, COMMAND_NAMES);
  switch (command) {
    case "render":
      return render(parseCommandLine(rest, RENDER).values);
    case "check":
      return check(parseCommandLine(rest, CHECK).values);
    case "validate":
      return validate(parseCommandLine(rest, VALIDATE).values);
    case "settings-from-oc": {
      const { values } = parseCommandLine(rest, SETTINGS_FROM_OC);
      checkEnvironmentName(values.environment, SETTINGS_FROM_OC.usage);
      return settingsFromOc(path.resolve(values.workspace), values.environment);
    }
    case "env":
      return environmentCommand(rest);
    case "docs": {
      const workspaceRoot = path.resolve(parseCommandLine(rest, DOCS).values.workspace);
      const written = await writeDocs(workspaceRoot);
      const unchanged = Object.keys(GENERATED_DOCS).filter((file) => !written.includes(file));
      for (const file of written) console.log(`✓ wrote ${file}`);
      for (const file of unchanged) console.log(`✓ ${file} is up to date`);
      return EXIT.ok;
    }
    default:
      throw unknownCommand(command, COMMAND_NAMES, USAGE);
  }
}

await runCommand(
  () => main(process.argv.slice(2)),
  (error) => {
    if (error instanceof SettingsError) return `✗ invalid settings; nothing was written:\n${error.message}`;
    return undefined;
  },
);
