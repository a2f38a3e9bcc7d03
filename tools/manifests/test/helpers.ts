// Shared by the tests: the repository's own inputs, throw-away workspace copies and the CLI.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { readImageSettings } from "../src/config/versions.ts";
import { GENERATED_DOCS } from "../src/docs.ts";
import type { StackContext } from "../src/components/component.ts";
import { imagePinsPath, parseImagePins } from "../src/settings/image-pins.ts";
import { parseSettings, SettingsError } from "../src/settings/load-settings.ts";

export const REPO = path.resolve(import.meta.dirname, "../../..");
export const CLI = path.join(REPO, "tools/manifests/src/cli.ts");

export const sandboxText = () => readFileSync(path.join(REPO, "environments/sandbox.yaml"), "utf8");

/** An environment's committed settings and pins: what its stack is really rendered from. */
export function environmentContext(environment: string): StackContext {
  const settingsFile = `environments/${environment}.yaml`;
  const pinsFile = imagePinsPath(environment);
  return {
    settings: parseSettings(readFileSync(path.join(REPO, settingsFile), "utf8"), settingsFile),
    imageSettings: readImageSettings(REPO),
    imagePins: parseImagePins(readFileSync(path.join(REPO, pinsFile), "utf8"), pinsFile),
  };
}

export const sandboxContext = () => environmentContext("sandbox");

/** A copy of the inputs render reads and the committed output, to break without touching the repo. */
export function copyWorkspace(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "manifests-test-"));
  for (const entry of [
    "environments",
    "manifests",
    ...Object.keys(GENERATED_DOCS),
    ...["ckan", "solr", "postgres"].map((i) => `images/${i}/versions.env`),
  ]) {
    cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function editFile(root: string, relative: string, edit: (text: string) => string): void {
  const file = path.join(root, relative);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
}

export function runCli(
  args: string[],
  workspace?: string,
): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [CLI, ...args, ...(workspace ? ["--workspace", workspace] : [])],
    {
      encoding: "utf8",
    },
  );
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The real kustomize (standalone, or kubectl's) on a directory, as objects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered YAML
export function kustomize(directory: string): Record<string, any>[] {
  let output: string;
  try {
    output = execFileSync("kustomize", ["build", directory], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch {
    output = execFileSync("kubectl", ["kustomize", directory], { encoding: "utf8" });
  }
  return output.split(/^---$/m).map((doc) => parse(doc, { version: "1.1" }));
}

export const govDevText = () => readFileSync(path.join(REPO, "environments/gov-dev.yaml"), "utf8");

export const govDevContext = () => environmentContext("gov-dev");

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Lists whose order Kubernetes ignores, and which a strategic-merge patch may reorder (env's order matters). */
const UNORDERED: Record<string, string> = { volumes: "name", volumeMounts: "mountPath" };

const sortKeys = (value: unknown, field = ""): unknown => {
  const key = UNORDERED[field];
  return Array.isArray(value)
    ? (key ? [...value].sort((a, b) => String(a[key]).localeCompare(String(b[key]))) : value).map((item) =>
        sortKeys(item),
      )
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortKeys(v, k)]),
        )
      : value;
};

/**
 * Objects by `Kind/name`, comparable between kustomize's output and the generator's: without the namespace
 * (the overlay sets it) and the container images (the overlay maps them to its registry).
 */
export function byIdentity(objects: readonly Json[]): Record<string, unknown> {
  return Object.fromEntries(
    objects.map((object) => {
      const copy = structuredClone(object);
      delete copy.metadata.namespace;
      const pod = copy.spec?.template?.spec ?? copy.spec?.jobTemplate?.spec?.template?.spec;
      for (const c of pod?.containers ?? []) c.image = "<image>";
      return [`${copy.kind}/${copy.metadata.name}`, sortKeys(copy)];
    }),
  );
}

/** The problems `parseSettings` reports for `text` (as environments/sandbox.yaml), none when it accepts it. */
export function settingsProblems(text: string) {
  try {
    parseSettings(text, "environments/sandbox.yaml");
  } catch (error) {
    if (error instanceof SettingsError)
      return error.problems.map(({ field, message, fix, line }) => ({ field, message, fix, line }));
    throw error;
  }
  return [];
}
