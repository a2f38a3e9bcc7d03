// The main job: settings → manifests/ tree → `kustomize build` of every overlay → the validation gate
// (schemas, Pod Security, project rules and quota) on the variant each environment selects (validate
// checks every variant). The tree is staged beside manifests/ and only swapped in when everything passed.
import { randomBytes } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { PLATFORMS } from "./config/platforms.ts";
import { readImageSettings } from "./config/versions.ts";
import { buildTree, type Environment, type Tree } from "./emit/tree.ts";
import { replaceTree, writeTreeTo } from "./emit/write-tree.ts";
import { checkDelivery, checkOverlay } from "./gate/validate.ts";
import type { Finding } from "./gate/finding.ts";
import type { Suppression } from "./gate/suppress.ts";
import { quotaUsage, type QuotaUsage } from "./quota/usage.ts";
import {
  environmentNameProblem,
  environmentNames,
  misnamedSettingsFiles,
  orphanedOutputs,
  settingsPath,
  suggestedName,
} from "./environments/environment-files.ts";
import { imagePinsPath, loadImagePins, parseImagePins, type PinPlatform } from "./settings/image-pins.ts";
import { loadSealedSecrets } from "./settings/sealed-secrets.ts";
import { externalServices } from "./options.ts";
import {
  fieldPosition,
  loadSettings,
  SettingsError,
  type SettingsProblem,
} from "./settings/load-settings.ts";
import { buildVariant, overlayVariants } from "./gate/variants.ts";

export interface EnvironmentReport {
  readonly environment: Environment;
  readonly objects: readonly Record<string, unknown>[];
  readonly usage: QuotaUsage;
  /** The validation gate's object layers (quota included). */
  readonly findings: readonly Finding[];
  readonly suppressions: readonly Suppression[];
  /** The variants the overlay can switch to (`gov-dev[postgres-cnpg]` …), which `validate` checks;
   * render checks the selected one. */
  readonly unselectedVariants: readonly string[];
}

export interface StagedRender {
  readonly tree: Tree;
  /** A complete manifests/ tree beside the real one, to swap in or discard. */
  readonly staging: string;
  readonly reports: readonly EnvironmentReport[];
  readonly ok: boolean;
}

/** What a render takes from somewhere other than the workspace: `images pin` renders the pins it is about to write. */
export interface RenderOverrides {
  /** Environment → the text of its image pins file. */
  readonly imagePins?: ReadonlyMap<string, string>;
}

/**
 * Loads every environment's settings, image pins and SealedSecrets, reporting the problems of all files at
 * once: besides each file's own, a file render would skip or an environment name Kubernetes refuses, output
 * under manifests/ that no settings file accounts for (render would delete it), and two environments that
 * would deploy over each other.
 */
export async function loadEnvironments(
  workspaceRoot: string,
  overrides: RenderOverrides = {},
): Promise<Environment[]> {
  const environments: Environment[] = [];
  const problems: SettingsProblem[] = [...(await environmentFileProblems(workspaceRoot))];
  const collect = (error: unknown) => {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(...error.problems);
  };
  for (const name of await environmentNames(workspaceRoot)) {
    if (environmentNameProblem(name)) continue;
    const settings = await loadSettings(workspaceRoot, name).catch(collect);
    const platform = settings ? { name: settings.platform, ...PLATFORMS[settings.platform] } : undefined;
    const pins = await readPins(workspaceRoot, name, platform, overrides.imagePins?.get(name)).catch(collect);
    const sealedSecrets = await loadSealedSecrets(workspaceRoot, name);
    if (settings && pins) {
      environments.push({
        name,
        settings,
        imagePins: pins.text,
        ...(sealedSecrets ? { sealedSecrets } : {}),
      });
    }
  }
  problems.push(...(await sharedTargetProblems(workspaceRoot, environments)));
  if (problems.length > 0) throw new SettingsError(problems);
  return environments;
}

/** The environment's image pins: its file's, or `text` when a command renders pins it is about to write. */
async function readPins(workspaceRoot: string, name: string, platform?: PinPlatform, text?: string) {
  if (text === undefined) return loadImagePins(workspaceRoot, name, platform);
  return { text, pins: parseImagePins(text, imagePinsPath(name), platform) };
}

/** Files in environments/ that cannot be an environment, and output under manifests/ that has none. */
export async function environmentFileProblems(workspaceRoot: string): Promise<SettingsProblem[]> {
  const problems: SettingsProblem[] = [];
  for (const { file, rename } of await misnamedSettingsFiles(workspaceRoot)) {
    problems.push({
      file,
      field: "",
      message: "is not read: render reads only environments/*.yaml",
      fix: `rename it: git mv ${file} ${rename}`,
    });
  }
  for (const name of await environmentNames(workspaceRoot)) {
    const problem = environmentNameProblem(name);
    if (!problem) continue;
    const file = settingsPath(name);
    problems.push({
      file,
      field: "(file name)",
      message: problem,
      fix: `rename it: git mv ${file} ${settingsPath(suggestedName(name))} (its overlay and Argo CD objects follow the file's name)`,
    });
  }
  for (const { environment, paths } of await orphanedOutputs(workspaceRoot)) {
    const file = settingsPath(environment);
    problems.push({
      file: paths.join(" and "),
      field: "",
      message: `${file} is missing, so render would delete this environment's overlay, image pins and Argo CD objects (and Argo CD, the environment)`,
      fix: `restore it (git checkout -- ${file}); or, to remove the environment on purpose, run \`npm run env -- remove ${environment}\`, which lists what it deletes`,
    });
  }
  return problems;
}

/** Two environments with the same namespace and host would deploy over each other. */
async function sharedTargetProblems(
  workspaceRoot: string,
  environments: readonly Environment[],
): Promise<SettingsProblem[]> {
  const problems: SettingsProblem[] = [];
  const first = new Map<string, Environment>();
  for (const environment of environments) {
    const { namespace, host } = environment.settings;
    const key = `${namespace} ${host}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, environment);
      continue;
    }
    const file = settingsPath(environment.name);
    const text = await readFile(path.join(workspaceRoot, file), "utf8");
    problems.push({
      file,
      ...fieldPosition(text, "namespace"),
      field: "namespace",
      message: `namespace ${namespace} and host ${host} are also ${settingsPath(earlier.name)}'s: the two environments would deploy over each other`,
      fix: `give each environment its own namespace and host; if this one replaces ${earlier.name}, remove that with \`npm run env -- remove ${earlier.name}\``,
    });
  }
  return problems;
}

export async function stageRender(
  workspaceRoot: string,
  overrides: RenderOverrides = {},
): Promise<StagedRender> {
  const environments = await loadEnvironments(workspaceRoot, overrides);
  const tree = buildTree(environments, readImageSettings(workspaceRoot));
  const staging = path.join(workspaceRoot, `.manifests-new-${randomBytes(4).toString("hex")}`);
  try {
    await writeTreeTo(staging, tree);
    const reports = await Promise.all(
      environments.map(async (environment): Promise<EnvironmentReport> => {
        const dir = path.join(staging, "overlays", environment.name);
        const variants = await overlayVariants(
          dir,
          environment.name,
          environment.settings.platform,
          externalServices(environment.settings),
        );
        const objects = await buildVariant(
          dir,
          variants.find((variant) => variant.committed)!,
        );
        const { platform } = environment.settings;
        const usage = quotaUsage(objects, PLATFORMS[platform].quota);
        // Render gates the variant the settings select; `validate` (CI) builds and gates every variant
        // the overlay can switch to as well, which would cost render five more kustomize builds for gov-dev.
        const [gate, delivery] = await Promise.all([
          checkOverlay(objects, environment.name, platform),
          checkDelivery(staging, environment.name, objects),
        ]);
        return {
          environment,
          objects,
          usage,
          unselectedVariants: variants.filter((variant) => !variant.committed).map((variant) => variant.name),
          findings: [...gate.findings, ...delivery],
          suppressions: gate.suppressions,
        };
      }),
    );
    const ok = reports.every((report) => report.findings.every((finding) => finding.severity !== "error"));
    return { tree, staging, reports, ok };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renders every environment and swaps the result into manifests/ when the gate passes; otherwise leaves
 * manifests/ untouched. Either way the staging tree is removed.
 */
export async function renderWorkspace(
  workspaceRoot: string,
  overrides: RenderOverrides = {},
): Promise<StagedRender> {
  const staged = await stageRender(workspaceRoot, overrides);
  await rm(staged.staging, { recursive: true, force: true });
  if (staged.ok) await replaceTree(path.join(workspaceRoot, "manifests"), staged.tree);
  return staged;
}
