#!/usr/bin/env node
// npm run backup -- <environment> [--out <dir>] [--context <ctx>]
// npm run restore -- <environment> <backup-dir> [--secrets-only] [--keep-secrets] [--context <ctx>]
// Backs up an environment's CKAN data to this machine, or restores it, through `oc` with the user's own
// login (see tools/backup/README.md). Exit codes: 0 done, 1 failed, 2 usage error.
import path from "node:path";
import { parseArgs } from "node:util";
import { kustomizeBuild } from "@ckan-openshift/manifests/kustomize.ts";
import { loadSettings, SettingsError } from "@ckan-openshift/manifests/settings/load-settings.ts";
import { SECRETS, secretsNeededBy } from "@ckan-openshift/manifests/secrets-catalog.ts";
import { checkEnvironmentName, exit, shown, usageError } from "@ckan-openshift/secrets/cli-output.ts";
import { SecretsError } from "@ckan-openshift/secrets/errors.ts";
import { findClusterTool } from "@ckan-openshift/secrets/store-cluster.ts";
import type { Manifest } from "./archive.ts";
import { backupName, takeBackup } from "./backup.ts";
import { BackupError } from "./errors.ts";
import { ocTransport } from "./oc-transport.ts";
import { timedSteps, type Timings } from "./progress.ts";
import { restoreBackup, restoreSecrets } from "./restore.ts";
import { DATABASE_OWNER, DATABASES } from "./targets.ts";

const USAGE = `usage: npm run backup -- <environment> [--out <dir>] [--context <kube-context>]
       npm run restore -- <environment> <backup-dir> [--secrets-only] [--keep-secrets] [--context <kube-context>]

  <environment>      the settings file environments/<environment>.yaml (its namespace and PostgreSQL provider)
  --out <dir>        where the backup directory <environment>-<UTC time> is created (default .backups/)
  <backup-dir>       a directory \`npm run backup\` created
  --secrets-only     only create the backup's Secrets (in a new namespace, before deploying the stack)
  --keep-secrets     restore the data although the namespace's Secrets differ from the backup's
                     (API tokens made before the backup will then be refused)
  --context <ctx>    the oc/kubectl context (default: the current one)
  -h, --help         this help`;

const WORKSPACE = path.resolve(import.meta.dirname, "../../..");
const [command, ...rest] = process.argv.slice(2);
if (command !== "backup" && command !== "restore") exit(2, "✗ the command is backup or restore", USAGE);

let parsed;
try {
  parsed = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      context: { type: "string" },
      "secrets-only": { type: "boolean", default: false },
      "keep-secrets": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
} catch (error) {
  exit(2, usageError(error), USAGE);
}
const { values: flags, positionals } = parsed;
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const [environment, directory, ...extra] = positionals;
if (!environment) exit(2, "✗ the environment is missing", USAGE);
checkEnvironmentName(environment, USAGE);
if (command === "backup" && (directory !== undefined || flags["secrets-only"] || flags["keep-secrets"]))
  exit(2, "✗ backup takes one environment and --out, --context", USAGE);
if (command === "restore" && (directory === undefined || extra.length > 0 || flags.out !== undefined))
  exit(2, "✗ restore takes an environment and one backup directory", USAGE);
if (flags["secrets-only"] && flags["keep-secrets"])
  exit(2, "✗ --secrets-only and --keep-secrets exclude each other", USAGE);

function printTimings(timings: Timings): void {
  const total = timings.done.reduce((sum, { seconds }) => sum + seconds, 0);
  console.log(`  ${timings.done.length} steps in ${total.toFixed(1)}s`);
}

function printBackup(manifest: Manifest, where: string): void {
  const bytes = Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
  console.log(
    `✓ backup of ${manifest.environment} (CKAN ${manifest.ckanVersion}) in ${shown(where)}: ` +
      `${Object.keys(manifest.databases).length} databases, ${Object.keys(manifest.uploads).length} uploads, ` +
      `${manifest.secrets.length} Secrets, ${(bytes / 2 ** 20).toFixed(1)} MiB. It holds the Secrets: keep it private.`,
  );
}

try {
  const settings = await loadSettings(WORKSPACE, environment);
  const transport = ocTransport({
    tool: await findClusterTool(),
    namespace: settings.namespace,
    ...(flags.context ? { context: flags.context } : {}),
    provider: settings.postgres.provider,
    objects: await kustomizeBuild(path.join(WORKSPACE, "manifests/overlays", environment)),
  });
  const timings = timedSteps();
  console.log(`${command} ${environment}: ${transport.description}`);
  if (command === "backup") {
    const where = path.resolve(flags.out ?? path.join(WORKSPACE, ".backups"), backupName(environment));
    const manifest = await takeBackup(transport, {
      environment,
      namespace: settings.namespace,
      databases: DATABASES,
      secrets: secretsNeededBy(settings).map((id) => SECRETS[id].name),
      directory: where,
      step: timings.step,
    });
    printTimings(timings);
    printBackup(manifest, where);
  } else if (flags["secrets-only"]) {
    const created = await restoreSecrets(transport, path.resolve(directory!));
    console.log(`✓ Secrets created: ${created.join(", ") || "none (all exist with the backup's values)"}`);
  } else {
    const manifest = await restoreBackup(transport, {
      directory: path.resolve(directory!),
      databases: DATABASES,
      owner: DATABASE_OWNER,
      keepSecrets: flags["keep-secrets"],
      step: timings.step,
    });
    printTimings(timings);
    console.log(
      `✓ restored ${manifest.environment}'s backup of ${manifest.createdAt} (CKAN ${manifest.ckanVersion})`,
    );
  }
} catch (error) {
  if (error instanceof SettingsError) exit(1, error.message);
  if (error instanceof BackupError || error instanceof SecretsError)
    exit(1, `✗ ${error.message}`, `  fix: ${error.fix}`);
  throw error;
}
