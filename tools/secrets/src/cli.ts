#!/usr/bin/env node
// npm run secrets -- <environment> [--dry-run] [--rotate] [--show] [--context <kube-context>]
// npm run secrets -- seal --env <environment> --cert <controller.pem> [--out <dir>] [--rotate] (seal-command.ts)
// Creates the Secrets of the stack (tools/manifests/src/secrets-catalog.ts) in the environment's
// namespace, or with --dry-run in .secrets/<environment>/. Existing Secrets are never overwritten unless
// --rotate. Values are printed only with --show. Command lines and exit codes follow docs/cli.md:
// 0 done, 1 failed (nothing written), 2 usage.
import path from "node:path";
import { checkEnvironmentName, loadSettings } from "@ckan-openshift/manifests/settings";
import {
  parseCommandLine,
  runCommand,
  UsageError,
  workspaceHelp,
  WORKSPACE_OPTION,
} from "@ckan-openshift/manifests/command-line";
import { SECRETS, secretsNeededBy } from "@ckan-openshift/manifests/secrets";
import { explainFailure, ROTATE_WARNING, shown, summary } from "./cli-output.ts";
import { SecretsError } from "./errors.ts";
import { generateSecrets } from "./generate.ts";
import { sealCommand } from "./seal-command.ts";
import { applySecrets, findClusterTool, readClusterSecrets, type Cluster } from "./store-cluster.ts";
import { envFilePath, readSecretFiles, secretsDirectory, writeSecretFiles } from "./store-files.ts";

const USAGE = `usage: npm run secrets -- <environment> [options]
       npm run secrets -- seal --env <environment> --cert <controller.pem>   (GitOps: see seal --help)

  <environment>             the settings file environments/<environment>.yaml (e.g. sandbox)
  --dry-run                 no cluster: write .secrets/<environment>/<secret>.env (0600) instead
  --rotate                  regenerate every value and replace every Secret (see tools/secrets/README.md)
  --show                    print the values (they are never printed otherwise)
  --context <kube-context>  the oc/kubectl context to use (default: the current one)
${workspaceHelp(28)}
  -h, --help                this help`;

const COMMAND = {
  usage: USAGE,
  options: {
    "dry-run": { type: "boolean", default: false },
    rotate: { type: "boolean", default: false },
    show: { type: "boolean", default: false },
    context: { type: "string" },
    ...WORKSPACE_OPTION,
  },
  arguments: { name: "<environment>", min: 1, max: 1 },
} as const;

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "seal") return sealCommand(argv.slice(1));
  // `help` is the word people try first; it is never an environment.
  const { values: flags, positionals } = parseCommandLine(argv[0] === "help" ? ["--help"] : argv, COMMAND);
  const [environment] = positionals as [string];
  checkEnvironmentName(environment, USAGE);
  if (flags["dry-run"] && flags.context !== undefined)
    throw new UsageError("--context needs the cluster, and --dry-run uses none", USAGE);
  return createSecrets(environment, flags);
}

async function createSecrets(
  environment: string,
  flags: { "dry-run": boolean; rotate: boolean; show: boolean; context?: string; workspace: string },
): Promise<number> {
  const workspaceRoot = path.resolve(flags.workspace);
  const settings = await loadSettings(workspaceRoot, environment);
  const ids = secretsNeededBy(settings);
  const catalog = ids.map((id) => ({ id, name: SECRETS[id].name }));
  const directory = secretsDirectory(workspaceRoot, environment);
  const cluster: Cluster | undefined = flags["dry-run"]
    ? undefined
    : {
        tool: await findClusterTool(),
        namespace: settings.namespace,
        ...(flags.context ? { context: flags.context } : {}),
      };

  const existing = cluster
    ? await readClusterSecrets(cluster, catalog)
    : await readSecretFiles(directory, catalog);
  const { secrets, mismatches } = generateSecrets({ existing, rotate: flags.rotate, ids });
  if (mismatches.length > 0) {
    const names = [...new Set(mismatches.map((m) => m.secret))];
    const remove = cluster
      ? `run ${names.map((name) => `\`${cluster.tool} delete secret ${name} -n ${cluster.namespace}\``).join(" and ")}`
      : `delete ${names.map((name) => shown(envFilePath(directory, name))).join(" and ")}`;
    throw new SecretsError(
      `kept values disagree with what they are composed from: ${mismatches
        .map((m) => `${m.secret} ${m.key} (from ${m.sources.join(", ")})`)
        .join("; ")}`,
      `${remove} so it is composed again from the current passwords, or run with --rotate (see tools/secrets/README.md)`,
    );
  }

  if (flags.rotate) {
    console.error(ROTATE_WARNING);
  }

  const changed = secrets.filter((secret) => secret.outcome !== "kept");
  if (cluster) await applySecrets(cluster, changed);
  else await writeSecretFiles(directory, changed);

  const where = cluster
    ? `namespace ${cluster.namespace}${cluster.context ? ` (context ${cluster.context})` : ""}, via ${cluster.tool}`
    : `dry run, ${shown(directory)}${path.sep}`;
  console.log(`Secrets for ${environment} (${where}):`);
  const entries = secrets.map((secret) => ({
    name: secret.name,
    outcome: secret.outcome,
    keys: Object.keys(secret.values),
    added: secret.generatedKeys,
    ...(flags.show ? { values: secret.values } : {}),
  }));
  console.log(summary(entries, flags.show ? "" : " Values are not shown (add --show)."));
  return 0;
}

await runCommand(() => main(process.argv.slice(2)), explainFailure);
