// The validation gate: renders every overlay with the real kustomize and checks every object, layer by
// layer (schemas, Pod Security and restricted-v2, the project's rules), plus the repository's files
// (Dockerfiles, workflows, shell scripts). Findings name rule, place, why and fix.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { parseManifests } from "../lib/manifest-stream.ts";
import type { PlatformName } from "../config/platforms.ts";
import { kustomizeBuild } from "../kustomize.ts";
import { loadSettings } from "../settings/load-settings.ts";
import { externalServices, type ProviderKey } from "../options.ts";
import { buildVariant, overlayVariants } from "./variants.ts";
import type { Finding, RenderedObject, RepositoryLayer } from "./finding.ts";
import { argocdFindings } from "./argocd-findings.ts";
import { podSecurityFindings } from "./pod-security.ts";
import { projectFindings } from "./project-rules.ts";
import { quotaFindings, type VariantOf } from "./quota-findings.ts";
import { schemaFindings } from "./schema/index.ts";
import { Discovery, type Connection } from "../lib/kube-api.ts";
import { serverFindings } from "./server.ts";
import { applySuppressions, suppressionsOf, type Suppression } from "./suppress.ts";

export type { RepositoryLayer };

/** A layer over one overlay's rendered objects. */
export type ObjectLayer = (
  objects: readonly RenderedObject[],
  overlay: string,
  platform: PlatformName,
) => Finding[] | Promise<Finding[]>;

export const OBJECT_LAYERS: readonly ObjectLayer[] = [schemaFindings, podSecurityFindings, projectFindings];
/** The linters, loaded when validate runs them: render, which does not, starts without them. */
export const repositoryLayers = async (): Promise<readonly RepositoryLayer[]> =>
  (await import("./linters/index.ts")).LINTER_LAYERS;

export interface GateResult {
  readonly overlays: readonly string[];
  readonly findings: readonly Finding[];
  readonly suppressions: readonly Suppression[];
}

export interface GateOptions {
  readonly repoRoot: string;
  /** The manifests/ tree to check; a copy in tests. @default <repoRoot>/manifests */
  readonly manifestsDir?: string;
  /** Also run the repository layers (Dockerfiles, workflows, scripts). @default true */
  readonly repository?: boolean;
  /** Also send every variant's objects to this API server as a dry-run (the server layer). */
  readonly server?: Connection;
}

/** The overlay's platform, and the services its settings run outside the stack (no variant switches them). */
async function platformOf(
  repoRoot: string,
  overlay: string,
): Promise<{ platform: PlatformName; external: ProviderKey[] }> {
  const settings = await loadSettings(repoRoot, overlay);
  return { platform: settings.platform, external: externalServices(settings) };
}

/**
 * Every object layer over one overlay's rendered objects, with its suppressions applied, and the quota
 * rule, which reports against the environment's settings (`variant`: which of its overlay's variants this is).
 */
export async function checkOverlay(
  objects: readonly RenderedObject[],
  overlay: string,
  platform: PlatformName,
  variant?: VariantOf,
): Promise<{ findings: Finding[]; suppressions: Suppression[] }> {
  const { suppressions, findings: suppressionFindings } = suppressionsOf(objects, overlay);
  const layered = (await Promise.all(OBJECT_LAYERS.map((layer) => layer(objects, overlay, platform)))).flat();
  return {
    findings: [
      ...suppressionFindings,
      ...applySuppressions(layered, suppressions),
      ...quotaFindings(objects, overlay, platform, variant),
    ],
    suppressions,
  };
}

/**
 * The Argo CD layer for one environment: manifests/argocd/<overlay>/ against the committed overlay it
 * syncs (its objects, already built); nothing when the environment has no such folder.
 */
export async function checkDelivery(
  manifestsDir: string,
  overlay: string,
  overlayObjects: readonly RenderedObject[],
): Promise<Finding[]> {
  const argocd = path.join(manifestsDir, "argocd", overlay);
  if (!existsSync(path.join(argocd, "kustomization.yaml"))) return [];
  const objects =
    (await plainResources(argocd)) ??
    (await kustomizeBuild(argocd, { tree: manifestsDir, parts: ["argocd", overlay] }));
  return argocdFindings(objects as RenderedObject[], overlayObjects, overlay);
}

/**
 * The objects of a kustomization that only lists files (`resources:` of YAML files beside it, nothing that
 * transforms them, as render writes manifests/argocd/<env>/), read without kustomize: for such a folder
 * kustomize only concatenates them (a test compares the two on every environment). Undefined for anything
 * else, which kustomize builds.
 */
export async function plainResources(dir: string): Promise<RenderedObject[] | undefined> {
  const kustomization = parse(await readFile(path.join(dir, "kustomization.yaml"), "utf8")) as unknown;
  if (!kustomization || typeof kustomization !== "object") return undefined;
  const { apiVersion, kind, resources, ...rest } = kustomization as Record<string, unknown>;
  if (
    Object.keys(rest).length > 0 ||
    apiVersion !== "kustomize.config.k8s.io/v1beta1" ||
    kind !== "Kustomization" ||
    !Array.isArray(resources) ||
    !resources.every((file) => typeof file === "string" && /^[\w.-]+\.ya?ml$/.test(file))
  )
    return undefined;
  const objects: RenderedObject[] = [];
  for (const file of resources as string[]) {
    const text = await readFile(path.join(dir, file), "utf8").catch(() => undefined);
    if (text === undefined) return undefined;
    let documents: unknown[];
    try {
      documents = parseManifests(text);
    } catch {
      return undefined;
    }
    if (documents.some((document) => document === null)) return undefined;
    objects.push(...(documents as RenderedObject[]));
  }
  return objects;
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const manifestsDir = options.manifestsDir ?? path.join(options.repoRoot, "manifests");
  const overlays = (await readdir(path.join(manifestsDir, "overlays"), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const discovery = options.server && (await Discovery.of(options.server));
  const overlayResults = Promise.all(
    overlays.map(async (overlay) => {
      const dir = path.join(manifestsDir, "overlays", overlay);
      const { platform, external } = await platformOf(options.repoRoot, overlay);
      const variants = await overlayVariants(dir, overlay, platform, external);
      return Promise.all(
        variants.map(async (variant) => {
          const objects = (await buildVariant(dir, variant)) as RenderedObject[];
          let checked = await checkOverlay(objects, variant.name, platform, {
            environment: overlay,
            selected: variant.committed,
          });
          if (options.server && discovery) {
            const admitted = await serverFindings(options.server, discovery, objects, variant.name);
            checked = { ...checked, findings: [...checked.findings, ...admitted] };
          }
          if (!variant.committed) return checked;
          const delivery = await checkDelivery(manifestsDir, overlay, objects);
          return { ...checked, findings: [...checked.findings, ...delivery] };
        }),
      );
    }),
  );
  // The linters run while kustomize builds: both mostly wait on other processes.
  const repositoryResults = (options.repository === false ? Promise.resolve([]) : repositoryLayers()).then(
    (layers) => Promise.all(layers.map((layer) => layer(options.repoRoot, manifestsDir))),
  );
  const [perOverlay, repositoryFindings] = await Promise.all([overlayResults, repositoryResults]);
  const variants = perOverlay.flat();
  return {
    overlays,
    findings: [...variants.flatMap((o) => o.findings), ...repositoryFindings.flat()],
    suppressions: variants.flatMap((o) => o.suppressions),
  };
}
