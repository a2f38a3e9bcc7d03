// An environment's SealedSecrets (written by `npm run secrets -- seal`): like the image pins, files under
// manifests/ that render does not write. It keeps them byte for byte and lists the folder in the overlay;
// the gate validates them against the SealedSecret CRD like every rendered object.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The folder under manifests/overlays/<environment>/. */
export const SEALED_SECRETS_DIR = "sealed-secrets";

export const sealedSecretsPath = (environment: string): string =>
  `manifests/overlays/${environment}/${SEALED_SECRETS_DIR}`;

/** The folder's files (name → text), or undefined when the environment has none. */
export async function loadSealedSecrets(
  workspaceRoot: string,
  environment: string,
): Promise<ReadonlyMap<string, string> | undefined> {
  const directory = path.join(workspaceRoot, sealedSecretsPath(environment));
  if (!existsSync(directory)) return undefined;
  const names = (await readdir(directory)).filter((name) => name.endsWith(".yaml")).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(directory, name), "utf8")] as const),
    ),
  );
}
