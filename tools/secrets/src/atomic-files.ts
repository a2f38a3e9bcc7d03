// Writes a set of files all-or-nothing: each goes to a temporary name in its directory first, and only
// when every one is written are they renamed into place, so a failure leaves the previous files (or none).
// Reads them back where a missing file only means that Secret does not exist yet.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { SecretsError } from "./errors.ts";

/** The file's text, or undefined when it does not exist; any other read error is a SecretsError. */
export async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new SecretsError(
      `cannot read ${file}: ${(error as Error).message}`,
      "check the file's permissions",
    );
  }
}

export interface FileToWrite {
  /** The file name inside the directory. */
  readonly name: string;
  readonly text: string;
}

/** Writes `files` into `directory` (created with `directoryMode`) with `mode`; returns the paths written. */
export async function writeFilesAtomically(
  directory: string,
  files: readonly FileToWrite[],
  modes: { readonly file: number; readonly directory: number },
): Promise<string[]> {
  const staged: { temp: string; file: string }[] = [];
  try {
    await mkdir(directory, { recursive: true, mode: modes.directory });
    await chmod(directory, modes.directory);
    for (const { name, text } of files) {
      const file = path.join(directory, name);
      const temp = path.join(directory, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
      staged.push({ temp, file });
      await writeFile(temp, text, { mode: modes.file, flag: "wx" });
      // writeFile's mode is filtered by the umask.
      await chmod(temp, modes.file);
    }
    for (const { temp, file } of staged) await rename(temp, file);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw new SecretsError(
      `cannot write to ${directory}: ${(error as Error).message}`,
      "check that the directory is writable",
    );
  }
  return staged.map(({ file }) => file);
}
