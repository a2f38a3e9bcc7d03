// Takes a backup through a transport: pg_dump of the CKAN, DataStore and XLoader databases (custom
// format), the uploads volume as a tar with each file's SHA-256, the Secrets that sign API tokens and
// sessions, and a manifest with every file's checksum. Online: pg_dump reads a consistent snapshot of
// each database while CKAN keeps running.
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { formatEnvFile } from "@ckan-openshift/secrets";
import {
  DATABASE_KEYS,
  databaseFile,
  fileEntry,
  secretFile,
  stagingDirectory,
  UPLOADS_FILE,
  writeManifest,
  type DatabaseKey,
  type FileEntry,
  type Manifest,
} from "./archive.ts";
import type { Step } from "./progress.ts";
import { ARCHIVE_UPLOADS, CKAN_VERSION, DUMP_DATABASE } from "./scripts.ts";
import { TarIndex } from "./tar-index.ts";
import type { Transport } from "./transport.ts";

export interface BackupRequest {
  readonly environment: string;
  readonly namespace: string;
  readonly databases: Readonly<Record<DatabaseKey, string>>;
  /** The Secrets to keep with the data (the environment's catalog). */
  readonly secrets: readonly string[];
  /** The backup directory to create; it must not exist. */
  readonly directory: string;
  readonly step: Step;
}

/** `<environment>-<UTC time>`, sortable, usable as a directory name everywhere. */
export function backupName(environment: string, at = new Date()): string {
  return `${environment}-${at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}`;
}

async function toFile(file: string, write: (output: WriteStream) => Promise<unknown>) {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const output = createWriteStream(file, { mode: 0o600 });
  const closed = new Promise<void>((resolve, reject) => output.on("close", resolve).on("error", reject));
  try {
    await write(output);
  } finally {
    output.end();
  }
  await closed;
}

export async function takeBackup(transport: Transport, request: BackupRequest): Promise<Manifest> {
  const { step } = request;
  const staging = await stagingDirectory(request.directory);
  try {
    const files: Record<string, FileEntry> = {};
    const ckanVersion = (
      await step("CKAN's version (web pod)", () => transport.exec("web", CKAN_VERSION, []))
    ).trim();

    for (const key of DATABASE_KEYS) {
      const name = request.databases[key];
      const file = databaseFile(key);
      await step(`pg_dump ${name} (custom format)`, async () => {
        await toFile(path.join(staging.dir, file), (output) =>
          transport.exec("database", DUMP_DATABASE, [name], { output }),
        );
        files[file] = await fileEntry(path.join(staging.dir, file));
      });
    }

    const uploads = await step("uploads volume (tar, SHA-256 of every file)", async () => {
      const file = path.join(staging.dir, UPLOADS_FILE);
      await toFile(file, (output) => transport.exec("web", ARCHIVE_UPLOADS, [], { output }));
      files[UPLOADS_FILE] = await fileEntry(file);
      const index = new TarIndex();
      await pipeline(createReadStream(file), index);
      return index.checksums();
    });

    const secrets = await step("the Secrets (API token and session keys, database passwords)", async () => {
      const found = await transport.readSecrets(request.secrets);
      for (const [name, values] of Object.entries(found)) {
        const file = secretFile(name);
        await mkdir(path.join(staging.dir, "secrets"), { recursive: true, mode: 0o700 });
        await writeFile(path.join(staging.dir, file), formatEnvFile(name, values), { mode: 0o600 });
        files[file] = await fileEntry(path.join(staging.dir, file));
      }
      return Object.keys(found).sort();
    });

    const manifest: Manifest = {
      format: 1,
      environment: request.environment,
      namespace: request.namespace,
      createdAt: new Date().toISOString(),
      ckanVersion,
      databases: request.databases,
      files,
      uploads,
      secrets,
    };
    await writeManifest(staging.dir, manifest);
    await staging.commit();
    return manifest;
  } catch (error) {
    await staging.discard();
    throw error;
  }
}
