// The main job: settings → manifests/ tree → `kustomize build` of every overlay → the validation gate
// (schemas, Pod Security, project rules and quota). The tree is staged beside manifests/ and only swapped in when everything passed.
import { randomBytes } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { PLATFORMS } from "./config/platforms.ts";
import { readStackVersions } from "./config/versions.ts";
import { buildTree, type Environment, type Tree } from "./emit/tree.ts";
import { replaceTree, writeTreeTo } from "./emit/write-tree.ts";
import { checkDelivery, checkOverlay } from "./gate/validate.ts";
import type { Finding } from "./gate/finding.ts";
import type { Suppression } from "./gate/suppress.ts";
import { quotaUsage, type QuotaUsage } from "./quota.ts";
import { loadImagePins } from "./settings/image-pins.ts";
import { loadSealedSecrets } from "./settings/sealed-secrets.ts";
import { loadSettings, SettingsError, type SettingsProblem } from "./settings/load-settings.ts";
import { buildVariant, overlayVariants } from "./variants.ts";

export interface EnvironmentReport {
  readonly environment: Environment;
  readonly objects: readonly Record<string, unknown>[];
  readonly usage: QuotaUsage;
  /** The validation gate's object layers (quota included). */
  readonly findings: readonly Finding[];
  readonly suppressions: readonly Suppression[];
  /** The alternative component choices also checked (`gov-dev[postgres-cnpg]` …). */
  readonly alternatives: readonly string[];
}

export interface StagedRender {
  readonly tree: Tree;
  /** A complete manifests/ tree beside the real one, to swap in or discard. */
  readonly staging: string;
  readonly reports: readonly EnvironmentReport[];
  readonly ok: boolean;
}

export async function environmentNames(workspaceRoot: string): Promise<string[]> {
  const files = await readdir(path.join(workspaceRoot, "environments"));
  return files
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.slice(0, -".yaml".length))
    .sort();
}

/** Loads every environment's settings, image pins and SealedSecrets, reporting the problems of all files at once. */
export async function loadEnvironments(workspaceRoot: string): Promise<Environment[]> {
  const environments: Environment[] = [];
  const problems: SettingsProblem[] = [];
  for (const name of await environmentNames(workspaceRoot)) {
    const [settings, pins] = await Promise.allSettled([
      loadSettings(workspaceRoot, name),
      loadImagePins(workspaceRoot, name),
    ]);
    const sealedSecrets = await loadSealedSecrets(workspaceRoot, name);
    for (const result of [settings, pins]) {
      if (result.status === "fulfilled") continue;
      if (!(result.reason instanceof SettingsError)) throw result.reason;
      problems.push(...result.reason.problems);
    }
    if (settings.status === "fulfilled" && pins.status === "fulfilled") {
      environments.push({
        name,
        settings: settings.value,
        imagePins: pins.value.text,
        ...(sealedSecrets ? { sealedSecrets } : {}),
      });
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return environments;
}

export async function stageRender(workspaceRoot: string): Promise<StagedRender> {
  const environments = await loadEnvironments(workspaceRoot);
  const tree = buildTree(environments, readStackVersions(workspaceRoot));
  const staging = path.join(workspaceRoot, `.manifests-new-${randomBytes(4).toString("hex")}`);
  try {
    await writeTreeTo(staging, tree);
    const reports = await Promise.all(
      environments.map(async (environment): Promise<EnvironmentReport> => {
        const dir = path.join(staging, "overlays", environment.name);
        const variants = await overlayVariants(dir, environment.name);
        const objects = await buildVariant(
          dir,
          variants.find((variant) => variant.committed)!,
        );
        const { platform } = environment.settings;
        const usage = quotaUsage(objects, PLATFORMS[platform].quota);
        const gate = await checkOverlay(objects, environment.name, platform);
        // Every alternative the overlay can switch to must pass the gate too.
        const alternatives = variants.filter((variant) => !variant.committed);
        const checked = await Promise.all(
          alternatives.map(async (variant) =>
            checkOverlay(await buildVariant(dir, variant), variant.name, platform),
          ),
        );
        return {
          environment,
          objects,
          usage,
          alternatives: alternatives.map((variant) => variant.name),
          findings: [
            ...gate.findings,
            ...checked.flatMap((result) => result.findings),
            ...(await checkDelivery(staging, environment.name, objects)),
          ],
          suppressions: [...gate.suppressions, ...checked.flatMap((result) => result.suppressions)],
        };
      }),
    );
    const ok = reports.every((report) => report.findings.length === 0);
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
export async function renderWorkspace(workspaceRoot: string): Promise<StagedRender> {
  const staged = await stageRender(workspaceRoot);
  await rm(staged.staging, { recursive: true, force: true });
  if (staged.ok) await replaceTree(path.join(workspaceRoot, "manifests"), staged.tree);
  return staged;
}
