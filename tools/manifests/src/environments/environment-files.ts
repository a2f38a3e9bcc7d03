// What belongs to an environment on disk: its settings file environments/<name>.yaml, which is the only
// thing that makes it exist, and what render writes for it under manifests/ (the overlay, with the image
// pins and SealedSecrets kept in it, and the Argo CD objects). Render reads this to refuse output it
// cannot account for; `npm run env -- remove` reads it to say what it deletes.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { applicationName } from "../lib/argocd.ts";
import { UsageError } from "../lib/command-line.ts";

export const ENVIRONMENTS_DIR = "environments";

/** environments/<name>.yaml, relative to the workspace root. */
export const settingsPath = (environment: string): string => `${ENVIRONMENTS_DIR}/${environment}.yaml`;

/** The overlay's folder of image pins, a Kustomize Component it lists by this relative path (`components: [images]`). */
export const IMAGE_PINS_DIR = "images";

/** The pins file of one environment, relative to the workspace root (here, not in settings/image-pins.ts,
 * so that load-settings.ts can name it without importing the pins module, which imports load-settings.ts). */
export const imagePinsPath = (environment: string): string =>
  `manifests/overlays/${environment}/${IMAGE_PINS_DIR}/kustomization.yaml`;

/** The folders render writes for an environment, relative to the workspace root. */
export function outputPaths(environment: string): { overlay: string; argocd: string } {
  return { overlay: `manifests/overlays/${environment}`, argocd: `manifests/argocd/${environment}` };
}

/** A DNS-1123 label: the environment's name becomes an overlay folder and Argo CD object names. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Argo CD labels what it deploys with the Application's name, and label values stop at 63 characters. */
const MAX_NAME_LENGTH = 63 - applicationName("").length;

/** Why `name` cannot name an environment, or undefined when it can. */
export function environmentNameProblem(name: string): string | undefined {
  if (!DNS_LABEL.test(name))
    return `"${name}" is not a valid environment name: use lowercase letters, digits and '-', starting and ending with a letter or digit (it names the overlay folder and the Argo CD objects ${applicationName("<name>")}, which must be Kubernetes names)`;
  if (name.length > MAX_NAME_LENGTH)
    return `"${name}" is longer than ${MAX_NAME_LENGTH} characters: its Argo CD Application ${applicationName(name)} becomes a label value, at most 63`;
  return undefined;
}

/** For a command given an environment's name: a UsageError (exit 2) unless it can be one. */
export function checkEnvironmentName(name: string, usage: string): void {
  const problem = environmentNameProblem(name);
  if (problem)
    throw new UsageError(`${problem}; use the name of a file in environments/, e.g. sandbox`, usage);
}

/** The nearest valid name, for a fix: lowercase, other characters as '-'. */
export function suggestedName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, MAX_NAME_LENGTH) || "my-environment"
  );
}

/** Every file in environments/ (the settings files and anything else). */
async function environmentDirectory(workspaceRoot: string): Promise<string[]> {
  return (await readdir(path.join(workspaceRoot, ENVIRONMENTS_DIR)).catch(() => [])).sort();
}

/** The environments: one per environments/*.yaml. */
export async function environmentNames(workspaceRoot: string): Promise<string[]> {
  return (await environmentDirectory(workspaceRoot))
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.slice(0, -".yaml".length));
}

/** Files in environments/ that render would silently skip (`sandbox.yml`), with the name they need. */
export async function misnamedSettingsFiles(
  workspaceRoot: string,
): Promise<{ file: string; rename: string }[]> {
  return (await environmentDirectory(workspaceRoot))
    .filter((file) => /\.ya?ml$/i.test(file) && !file.endsWith(".yaml"))
    .map((file) => ({
      file: `${ENVIRONMENTS_DIR}/${file}`,
      rename: `${ENVIRONMENTS_DIR}/${file.replace(/\.ya?ml$/i, ".yaml")}`,
    }));
}

/** Folders under manifests/overlays/ and manifests/argocd/ whose environment has no settings file. */
export async function orphanedOutputs(
  workspaceRoot: string,
): Promise<{ environment: string; paths: string[] }[]> {
  const known = new Set(await environmentNames(workspaceRoot));
  const written = new Set<string>();
  for (const parent of ["manifests/overlays", "manifests/argocd"]) {
    const entries = await readdir(path.join(workspaceRoot, parent), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) written.add(entry.name);
  }
  return [...written]
    .filter((environment) => !known.has(environment))
    .sort()
    .map((environment) => ({
      environment,
      paths: Object.values(outputPaths(environment)).filter((relative) =>
        existsSync(path.join(workspaceRoot, relative)),
      ),
    }));
}
