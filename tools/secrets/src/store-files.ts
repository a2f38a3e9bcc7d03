// The dry-run store: one `.secrets/<environment>/<secret-name>.env` file per Secret, KEY=value lines
// (the format of `oc create secret generic --from-env-file` and `docker run --env-file`). .gitignore
// ignores `.secrets/`; files are 0600 and replaced atomically so a crash never leaves half a file.
import { chmod } from "node:fs/promises";
import path from "node:path";
import type { SecretName } from "@ckan-openshift/manifests/secrets";
import { readIfPresent, writeFilesAtomically } from "./atomic-files.ts";
import { SecretsError } from "./errors.ts";
import type { ExistingSecrets, SecretValues } from "./generate.ts";

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function secretsDirectory(workspaceRoot: string, environment: string): string {
  return path.join(workspaceRoot, ".secrets", environment);
}

export function envFilePath(directory: string, secretName: string): string {
  return path.join(directory, `${secretName}.env`);
}

/** KEY=value lines, keys sorted, with a header comment; LF and a final newline. */
export function formatEnvFile(secretName: string, values: SecretValues): string {
  const lines = [`# ${secretName}: written by \`npm run secrets\` (tools/secrets). Never commit this file.`];
  for (const key of Object.keys(values).sort()) {
    const value = values[key]!;
    // A newline would start a new KEY=value line; no catalog recipe makes one.
    if (!KEY.test(key) || /[\r\n]/.test(value))
      throw new Error(`${secretName} ${key} cannot be written as an env line`);
    lines.push(`${key}=${value}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Parses KEY=value lines; blank lines and `#` comments are skipped. `file` is used in messages only. */
export function parseEnvFile(text: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "" || line.startsWith("#")) return;
    const equals = line.indexOf("=");
    const key = line.slice(0, Math.max(equals, 0));
    if (equals < 1 || !KEY.test(key)) {
      throw new SecretsError(
        `${file}:${index + 1} is not a KEY=value line`,
        `correct that line, or delete ${file} to generate it again`,
      );
    }
    values[key] = line.slice(equals + 1);
  });
  return values;
}

/** Reads the files that exist; a missing file means that Secret does not exist yet. */
export async function readSecretFiles(
  directory: string,
  secrets: readonly { readonly id: SecretName; readonly name: string }[],
): Promise<ExistingSecrets> {
  const existing: Partial<Record<SecretName, SecretValues>> = {};
  for (const { id, name } of secrets) {
    const file = envFilePath(directory, name);
    const text = await readIfPresent(file);
    if (text === undefined) continue;
    existing[id] = parseEnvFile(text, file);
    // Kept files keep their bytes; only a too-open mode is tightened.
    await chmod(file, 0o600);
  }
  return existing;
}

/**
 * Writes every file to a temporary name first and renames them only when all are written, so a failure
 * leaves the previous files (or none) in place. Returns the paths written.
 */
export async function writeSecretFiles(
  directory: string,
  secrets: readonly { readonly name: string; readonly values: SecretValues }[],
): Promise<string[]> {
  // formatEnvFile throws before anything is written when a value cannot be an env line.
  const files = secrets.map(({ name, values }) => ({
    name: `${name}.env`,
    text: formatEnvFile(name, values),
  }));
  return writeFilesAtomically(directory, files, { file: 0o600, directory: 0o700 });
}
