// Restores a backup through a transport, into a stack that runs (a new namespace after the loss of
// the old one, or the same one to go back in time): the Secrets first (before deploying, so API tokens
// stay valid), then with the job worker and harvesters stopped: each database replaced in one
// transaction, the uploads unpacked beside the volume's content and swapped in only once every
// checksum matches, the bootstrap Job (migrations of an older backup, the DataStore read-only role's
// grants, the sysadmin, the XLoader token), a full Solr reindex, and every pod restarted.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEnvFile, type SecretValues } from "@ckan-openshift/secrets";
import {
  DATABASE_KEYS,
  databaseFile,
  readVerifiedBackup,
  secretFile,
  UPLOADS_FILE,
  type DatabaseKey,
  type Manifest,
} from "./archive.ts";
import { BackupError } from "./errors.ts";
import type { Step } from "./progress.ts";
import { CKAN_VERSION, REINDEX, RESTORE_DATABASE, STAGE_UPLOADS, SWAP_UPLOADS } from "./scripts.ts";
import type { Transport } from "./transport.ts";

export interface RestoreRequest {
  readonly directory: string;
  /** The target's database names and their owner role. */
  readonly databases: Readonly<Record<DatabaseKey, string>>;
  readonly owner: string;
  /** Restore even though the target's Secrets differ from the backup's (tokens made before will fail). */
  readonly keepSecrets?: boolean;
  readonly step: Step;
}

async function backupSecrets(directory: string, manifest: Manifest): Promise<Record<string, SecretValues>> {
  const secrets: Record<string, SecretValues> = {};
  for (const name of manifest.secrets) {
    const file = path.join(directory, secretFile(name));
    secrets[name] = parseEnvFile(await readFile(file, "utf8"), file);
  }
  return secrets;
}

/** Which Secrets (and keys) differ between the backup and the target; never their values. */
function secretDifferences(
  wanted: Record<string, SecretValues>,
  actual: Record<string, SecretValues>,
): string[] {
  return Object.entries(wanted).flatMap(([name, values]) => {
    const current = actual[name];
    if (!current) return [`${name} (missing)`];
    const keys = [...new Set([...Object.keys(values), ...Object.keys(current)])]
      .filter((key) => values[key] !== current[key])
      .sort();
    return keys.length > 0 ? [`${name} (${keys.join(", ")})`] : [];
  });
}

/**
 * Creates the backup's Secrets where they do not exist yet; for a new namespace, before the stack is
 * deployed. Refuses (naming the Secret) when one exists with other values.
 */
export async function restoreSecrets(
  transport: Pick<Transport, "readSecrets" | "createSecrets">,
  directory: string,
): Promise<string[]> {
  const manifest = await readVerifiedBackup(directory);
  const wanted = await backupSecrets(directory, manifest);
  const actual = await transport.readSecrets(Object.keys(wanted));
  const conflicting = secretDifferences(wanted, actual).filter((entry) => !entry.endsWith("(missing)"));
  if (conflicting.length > 0)
    throw new BackupError(
      `these Secrets exist with other values than the backup's: ${conflicting.join("; ")}`,
      "restore the Secrets into a namespace without them: delete those Secrets first (`oc delete secret <name>`), then restart every pod",
    );
  const missing = Object.keys(wanted).filter((name) => !actual[name]);
  await transport.createSecrets(missing.map((name) => ({ name, values: wanted[name]! })));
  return missing;
}

/** `2.11.6` < `2.12.0`; pre-release suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .split(/[.+-]/)
      .slice(0, 3)
      .map((part) => Number(part) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (left[i] !== right[i]) return (left[i] ?? 0) - (right[i] ?? 0);
  return 0;
}

function checksumLines(text: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const line of text.split("\n").filter(Boolean)) {
    const match = /^([0-9a-f]{64}) [ *]\.\/(.+)$/.exec(line);
    if (!match) throw new BackupError(`unexpected sha256sum line: ${line}`, "check the web pod's coreutils");
    files[match[2]!] = match[1]!;
  }
  return files;
}

export async function restoreBackup(transport: Transport, request: RestoreRequest): Promise<Manifest> {
  const { step, directory } = request;
  const manifest = await step("verify the backup against its manifest (SHA-256 of every file)", () =>
    readVerifiedBackup(directory),
  );

  await step("the target's Secrets are the backup's", async () => {
    const wanted = await backupSecrets(directory, manifest);
    const differences = secretDifferences(wanted, await transport.readSecrets(Object.keys(wanted)));
    if (differences.length > 0 && !request.keepSecrets)
      throw new BackupError(
        `the target's Secrets differ from the backup's: ${differences.join("; ")}. API tokens and sessions are signed with them`,
        "on a new namespace, run the restore with --secrets-only before deploying the stack; or add --keep-secrets to restore the data anyway (API tokens made before the backup will be refused)",
      );
  });

  await step("the target's CKAN is at least the backup's", async () => {
    const target = (await transport.exec("web", CKAN_VERSION, [])).trim();
    if (compareVersions(target, manifest.ckanVersion) < 0)
      throw new BackupError(
        `the backup was taken on CKAN ${manifest.ckanVersion}, the target runs CKAN ${target}: an older CKAN cannot read a newer CKAN's database`,
        `deploy CKAN ${manifest.ckanVersion} (or newer) first: pin the ckan image it was taken with`,
      );
  });

  await step("stop the job worker, the harvesters and the harvest CronJob", () => transport.pauseWriters());

  for (const key of DATABASE_KEYS) {
    const name = request.databases[key];
    await step(`restore database ${name} (one transaction)`, () =>
      transport.exec("database", RESTORE_DATABASE, [name, request.owner], {
        input: createReadStream(path.join(directory, databaseFile(key))),
      }),
    );
  }

  await step("uploads: unpack beside the volume, verify every SHA-256, swap in", async () => {
    const staged = checksumLines(
      await transport.exec("web", STAGE_UPLOADS, [], {
        input: createReadStream(path.join(directory, UPLOADS_FILE)),
      }),
    );
    const expected = manifest.uploads;
    const wrong = [...new Set([...Object.keys(expected), ...Object.keys(staged)])].filter(
      (file) => expected[file] !== staged[file],
    );
    if (wrong.length > 0)
      throw new BackupError(
        `${wrong.length} unpacked upload(s) differ from the backup's manifest, e.g. ${wrong.slice(0, 3).join(", ")}; the volume was left as it was`,
        "check the web pod's free space on the uploads volume, then run the restore again",
      );
    await transport.exec("web", SWAP_UPLOADS, []);
  });

  await step("bootstrap Job: migrations, DataStore permissions, sysadmin, XLoader token", () =>
    transport.runBootstrap(),
  );
  await step("Solr: clear the index, rebuild it from the restored database", () =>
    transport.exec("web", REINDEX, []),
  );
  await step("start the writers again, restart the web", () => transport.resumeWriters());
  return manifest;
}
