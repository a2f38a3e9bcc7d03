#!/usr/bin/env node
// npm run backup -- <environment> [--out <dir>] [--context <ctx>]
// npm run restore -- <environment> <backup-dir> [--secrets-only] [--keep-secrets] [--context <ctx>]
// Backs up an environment's CKAN data to this machine, or restores it, through `oc` with the user's own
// login (see tools/backup/README.md). Exit codes: 0 done, 1 failed, 2 usage error.
import path from "node:path";
import { checkEnvironmentName, loadSettings } from "@ckan-openshift/manifests/settings";
import { kustomizeBuild } from "@ckan-openshift/manifests/kustomize";
import {
  EXIT,
  Failure,
  parseCommandLine,
  runCommand,
  splitCommand,
  unknownCommand,
  UsageError,
  workspaceHelp,
  WORKSPACE_OPTION,
} from "@ckan-openshift/manifests/command-line";
import { SECRETS, secretsNeededBy } from "@ckan-openshift/manifests/secrets";
import { explainFailure, findClusterTool, shown } from "@ckan-openshift/secrets";
import type { Manifest } from "./archive.ts";
import { backupName, takeBackup } from "./backup.ts";
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
${workspaceHelp(21)}
  -h, --help         this help`;

const COMMANDS = ["backup", "restore"] as const;
const BACKUP = {
  usage: USAGE,
  options: { out: { type: "string" }, context: { type: "string" }, ...WORKSPACE_OPTION },
  arguments: { name: "<environment>", min: 1, max: 1 },
} as const;
const RESTORE = {
  usage: USAGE,
  options: {
    context: { type: "string" },
    "secrets-only": { type: "boolean", default: false },
    "keep-secrets": { type: "boolean", default: false },
    ...WORKSPACE_OPTION,
  },
  arguments: { name: "<environment> and <backup-dir>", min: 2, max: 2 },
} as const;

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

async function main(argv: readonly string[]): Promise<number> {
  const [command, rest] = splitCommand(argv, USAGE, COMMANDS);
  if (command === "backup") {
    const { values: flags, positionals } = parseCommandLine(rest, BACKUP);
    const [environment] = positionals as [string];
    checkEnvironmentName(environment, USAGE);
    const { transport, settings, workspace } = await connect(environment, flags);
    const timings = timedSteps();
    console.log(`backup ${environment}: ${transport.description}`);
    const where = path.resolve(flags.out ?? path.join(workspace, ".backups"), backupName(environment));
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
    return EXIT.ok;
  }
  if (command !== "restore") throw unknownCommand(command, COMMANDS, USAGE);
  const { values: flags, positionals } = parseCommandLine(rest, RESTORE);
  const [environment, directory] = positionals as [string, string];
  checkEnvironmentName(environment, USAGE);
  if (flags["secrets-only"] && flags["keep-secrets"])
    throw new UsageError("--secrets-only and --keep-secrets exclude each other", USAGE);
  const { transport } = await connect(environment, flags);
  console.log(`restore ${environment}: ${transport.description}`);
  if (flags["secrets-only"]) {
    const created = await restoreSecrets(transport, path.resolve(directory));
    console.log(`✓ Secrets created: ${created.join(", ") || "none (all exist with the backup's values)"}`);
    return EXIT.ok;
  }
  const timings = timedSteps();
  const manifest = await restoreBackup(transport, {
    directory: path.resolve(directory),
    databases: DATABASES,
    owner: DATABASE_OWNER,
    keepSecrets: flags["keep-secrets"],
    step: timings.step,
  });
  printTimings(timings);
  console.log(
    `✓ restored ${manifest.environment}'s backup of ${manifest.createdAt} (CKAN ${manifest.ckanVersion})`,
  );
  return EXIT.ok;
}

/** The environment's settings and a transport into its namespace, with the user's own oc login. */
async function connect(environment: string, flags: { context?: string; workspace: string }) {
  const workspace = path.resolve(flags.workspace);
  const settings = await loadSettings(workspace, environment);
  if (settings.postgres.provider === "external")
    throw new Failure(
      `${environment}'s PostgreSQL is external (postgres.provider external): this tool backs up only a database the stack runs`,
      "back up the external server with its own tools (pg_dump of ckan, datastore and ckan_xloader), and the uploads volume with oc rsync",
    );
  const transport = ocTransport({
    tool: await findClusterTool(),
    namespace: settings.namespace,
    ...(flags.context ? { context: flags.context } : {}),
    provider: settings.postgres.provider,
    objects: await kustomizeBuild(path.join(workspace, "manifests/overlays", environment)),
  });
  return { transport, settings, workspace };
}

await runCommand(() => main(process.argv.slice(2)), explainFailure);
