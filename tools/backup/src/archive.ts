// A backup on disk: one directory holding the three database dumps, the uploads archive, the Secrets
// and manifest.json, which lists every file with its size and SHA-256 and every upload's SHA-256.
// A backup is written under a temporary name and renamed only when complete, and it is verified
// against its manifest before anything is restored from it.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { BackupError } from "./errors.ts";
import type { FileChecksums } from "./tar-index.ts";

export const MANIFEST = "manifest.json";
const FORMAT = 1;

/** The databases a backup holds, by their role in CKAN; the file is `databases/<key>.dump`. */
export const DATABASE_KEYS = ["ckan", "datastore", "xloader"] as const;
export type DatabaseKey = (typeof DATABASE_KEYS)[number];

export const databaseFile = (key: DatabaseKey) => `databases/${key}.dump`;
export const UPLOADS_FILE = "uploads.tar";
export const secretFile = (name: string) => `secrets/${name}.env`;

export interface FileEntry {
  readonly bytes: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly format: number;
  readonly environment: string;
  readonly namespace: string;
  readonly createdAt: string;
  /** CKAN's version where the backup was taken: a restore refuses an older CKAN (its migrations). */
  readonly ckanVersion: string;
  /** Database name per key, where the backup was taken. */
  readonly databases: Readonly<Record<DatabaseKey, string>>;
  /** Every file of the backup but the manifest, by its path in the backup directory. */
  readonly files: Readonly<Record<string, FileEntry>>;
  /** Each upload's path in uploads.tar and its SHA-256. */
  readonly uploads: FileChecksums;
  /** The Secrets saved in secrets/, by name. */
  readonly secrets: readonly string[];
}

export async function fileEntry(file: string): Promise<FileEntry> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return { bytes: (await stat(file)).size, sha256: hash.digest("hex") };
}

/** A directory to write a backup into; `commit` renames it to its final name, `discard` removes it. */
export async function stagingDirectory(
  finalPath: string,
): Promise<{ dir: string; commit: () => Promise<void>; discard: () => Promise<void> }> {
  const parent = path.dirname(finalPath);
  await mkdir(parent, { recursive: true });
  const dir = path.join(parent, `.${path.basename(finalPath)}.${randomBytes(4).toString("hex")}.partial`);
  // A backup holds the Secrets: only its owner may read it.
  await mkdir(dir, { mode: 0o700 });
  await chmod(dir, 0o700);
  return {
    dir,
    commit: async () => {
      await rename(dir, finalPath).catch((error: NodeJS.ErrnoException) => {
        throw new BackupError(
          `cannot move the backup to ${finalPath}: ${error.message}`,
          `choose another --out, or remove ${finalPath}`,
        );
      });
    },
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

function invalid(dir: string, problem: string): BackupError {
  return new BackupError(
    `${path.join(dir, MANIFEST)}: ${problem}`,
    "restore from a complete backup directory made by `npm run backup` (the manifest is never edited)",
  );
}

/** Reads the manifest and checks every file against it; throws naming the first file that differs. */
export async function readVerifiedBackup(dir: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), "utf8")) as Manifest;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "ENOENT"
      ? new BackupError(
          `${dir} is not a backup: it has no ${MANIFEST}`,
          "pass the directory `npm run backup` printed (…/<environment>-<time>)",
        )
      : invalid(dir, `not valid JSON (${(error as Error).message})`);
  }
  if (manifest.format !== FORMAT)
    throw invalid(dir, `format ${manifest.format}, this tool reads format ${FORMAT}`);
  for (const key of ["environment", "namespace", "createdAt", "ckanVersion"] as const) {
    if (typeof manifest[key] !== "string" || manifest[key] === "") throw invalid(dir, `${key} is missing`);
  }
  const required = [
    ...DATABASE_KEYS.map(databaseFile),
    UPLOADS_FILE,
    ...(manifest.secrets ?? []).map(secretFile),
  ];
  for (const file of required) {
    if (!manifest.files?.[file]) throw invalid(dir, `files.${file} is missing`);
  }
  for (const [file, expected] of Object.entries(manifest.files)) {
    const actual = await fileEntry(path.join(dir, file)).catch(() => undefined);
    if (!actual)
      throw new BackupError(
        `${path.join(dir, file)} is missing`,
        "the backup is incomplete: use another one",
      );
    if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
      throw new BackupError(
        `${path.join(dir, file)} does not match ${MANIFEST} (sha256 ${actual.sha256.slice(0, 12)}…, expected ${expected.sha256.slice(0, 12)}…)`,
        "the backup is damaged: use another one",
      );
    }
  }
  return manifest;
}
