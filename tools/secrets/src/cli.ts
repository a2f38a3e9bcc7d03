#!/usr/bin/env node
// npm run secrets -- <environment> [--dry-run] [--rotate] [--show] [--context <kube-context>]
// Creates the Secrets of the stack (tools/manifests/src/secrets-catalog.ts) in the environment's
// namespace, or with --dry-run in .secrets/<environment>/. Existing Secrets are never overwritten unless
// --rotate. Values are printed only with --show. Exit codes: 0 done, 1 failed (nothing written), 2 usage.
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSettings, SettingsError } from "@ckan-openshift/manifests/settings/load-settings.ts";
import { SECRETS } from "@ckan-openshift/manifests/secrets-catalog.ts";
import { SecretsError } from "./errors.ts";
import { generateSecrets, SECRET_IDS, type GeneratedSecret, type Outcome } from "./generate.ts";
import { applySecrets, findClusterTool, readClusterSecrets, type Cluster } from "./store-cluster.ts";
import { envFilePath, readSecretFiles, secretsDirectory, writeSecretFiles } from "./store-files.ts";

const USAGE = `usage: npm run secrets -- <environment> [options]

  <environment>             the settings file environments/<environment>.yaml (e.g. sandbox)
  --dry-run                 no cluster: write .secrets/<environment>/<secret>.env (0600) instead
  --rotate                  regenerate every value and replace every Secret (see tools/secrets/README.md)
  --show                    print the values (they are never printed otherwise)
  --context <kube-context>  the oc/kubectl context to use (default: the current one)
  --workspace <dir>         the workspace root (default: this repository; used by the tests)
  -h, --help                this help`;

const MARKS: Record<Outcome, string> = {
  created: "✓ created",
  kept: "= kept",
  completed: "+ completed",
  rotated: "↻ rotated",
};
const ENVIRONMENT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A path as the user should read it: relative to the working directory when under it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function exit(code: number, ...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      rotate: { type: "boolean", default: false },
      show: { type: "boolean", default: false },
      context: { type: "string" },
      workspace: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
} catch (error) {
  // Node's message goes on to explain `--`; the first sentence names the option.
  exit(2, `✗ ${(error as Error).message.split(/\. /)[0]}`, USAGE);
}
const { values: flags, positionals } = parsed;
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const [environment, ...extra] = positionals;
if (!environment) exit(2, "✗ the environment is missing", USAGE);
if (extra.length > 0) exit(2, `✗ one environment at a time (got ${positionals.join(", ")})`, USAGE);
if (!ENVIRONMENT_NAME.test(environment)) {
  exit(
    2,
    `✗ "${environment}" is not an environment name: use the name of a file in environments/, e.g. sandbox`,
    USAGE,
  );
}
if (flags["dry-run"] && flags.context !== undefined)
  exit(2, "✗ --context needs the cluster, and --dry-run uses none", USAGE);

const workspaceRoot = path.resolve(flags.workspace ?? path.join(import.meta.dirname, "../../.."));
const catalog = SECRET_IDS.map((id) => ({ id, name: SECRETS[id].name }));

try {
  const settings = await loadSettings(workspaceRoot, environment);
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
  const { secrets, mismatches } = generateSecrets({ existing, rotate: flags.rotate });
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
    console.error(
      "⚠ --rotate replaces every value. PostgreSQL keeps its role passwords in the database and running pods keep\n" +
        "  their old environment: on a running stack, change the role passwords and restart the pods as\n" +
        '  tools/secrets/README.md ("Rotation") describes, or CKAN cannot connect.',
    );
  }

  const changed = secrets.filter((secret) => secret.outcome !== "kept");
  if (cluster) await applySecrets(cluster, changed);
  else await writeSecretFiles(directory, changed);

  const where = cluster
    ? `namespace ${cluster.namespace}${cluster.context ? ` (context ${cluster.context})` : ""}, via ${cluster.tool}`
    : `dry run, ${shown(directory)}${path.sep}`;
  console.log(`Secrets for ${environment} (${where}):`);
  console.log(summary(secrets, flags.show));
} catch (error) {
  if (error instanceof SettingsError) exit(1, error.message);
  if (error instanceof SecretsError) exit(1, `✗ ${error.message} — fix: ${error.fix}`);
  throw error;
}

function summary(secrets: readonly GeneratedSecret[], show: boolean): string {
  const width = Math.max(...secrets.map((secret) => secret.name.length));
  const lines = secrets.flatMap((secret) => {
    const keys = Object.keys(secret.values);
    const added = secret.outcome === "completed" ? ` (added ${secret.generatedKeys.join(", ")})` : "";
    const line = `  ${MARKS[secret.outcome].padEnd(11)}  ${secret.name.padEnd(width)}  ${keys.join(", ")}${added}`;
    return show ? [line, ...keys.map((key) => `      ${key}=${secret.values[key]}`)] : [line];
  });
  const counts = (Object.keys(MARKS) as Outcome[])
    .map((outcome) => [outcome, secrets.filter((secret) => secret.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  const hint = show ? "" : " Values are not shown (add --show).";
  return [...lines, `${secrets.length} Secrets: ${counts.join(", ")}.${hint}`].join("\n");
}
