// The sandbox overlay as committed, with the project's images pinned to what this run built, in a
// scratch workspace: `npm run images -- pin` writes the pins there, and a kustomize layer on top removes
// the Route (no router runs here). Nothing else of the overlay changes.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { $ } from "zx";
import type { Claim } from "./openshift-like.ts";
import { repoRoot } from "./paths.ts";
import { npm } from "./tools.ts";

export interface Pushed {
  readonly image: string;
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
}

/** The registry the overlay names; the node's containerd mirrors it to the local registry. */
export const PUBLISHED_REGISTRY = "quay.io/ckan-openshift";

/** `npm run images -- pin` of a pushed image into `workspace`'s overlay of `environment`, as CI promotes. */
export function pinImage(
  workspace: string,
  environment: string,
  image: string,
  pushed: { readonly tag: string; readonly digest: string },
) {
  return npm("images", [
    "pin",
    image,
    "--environment",
    environment,
    "--registry",
    PUBLISHED_REGISTRY,
    "--tag",
    pushed.tag,
    "--digest",
    pushed.digest,
    "--workspace",
    workspace,
  ]);
}

/** A copy of what render and pin read: environments, manifests and the images' versions. */
export function scratchWorkspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), "ckan-cluster-"));
  for (const entry of [
    "environments",
    "manifests",
    ...["ckan", "solr", "postgres"].map((i) => `images/${i}/versions.env`),
  ])
    cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  return root;
}

/** The layer applied to the cluster: the pinned overlay without its Route. */
export function clusterLayer(workspace: string, environment: string): string {
  const layer = path.join(workspace, "cluster-layer");
  mkdirSync(layer, { recursive: true });
  writeFileSync(
    path.join(layer, "kustomization.yaml"),
    [
      "apiVersion: kustomize.config.k8s.io/v1beta1",
      "kind: Kustomization",
      `resources: [../manifests/overlays/${environment}]`,
      "patches:",
      "  - patch: |-",
      "      $patch: delete",
      "      apiVersion: route.openshift.io/v1",
      "      kind: Route",
      "      metadata: {name: ckan}",
      "",
    ].join("\n"),
  );
  return layer;
}

export interface Rendered {
  readonly yaml: string;
  readonly objects: { kind: string; metadata: { name: string }; spec?: Record<string, unknown> }[];
}

export async function build(directory: string): Promise<Rendered> {
  const { stdout } = await $({ quiet: true })`kubectl kustomize ${directory}`;
  return {
    yaml: stdout,
    objects: parseAllDocuments(stdout).map((document) => document.toJSON() as Rendered["objects"][number]),
  };
}

export function claims(rendered: Rendered): Claim[] {
  return rendered.objects
    .filter((object) => object.kind === "PersistentVolumeClaim")
    .map((object) => {
      const spec = object.spec as {
        accessModes: Claim["accessModes"];
        resources: { requests: { storage: string } };
      };
      return {
        name: object.metadata.name,
        storage: spec.resources.requests.storage,
        accessModes: spec.accessModes,
      };
    });
}

/** Every Deployment and StatefulSet, and the Jobs (the bootstrap), as wait targets. */
export function workloads(rendered: Rendered) {
  const of = (kind: string) =>
    rendered.objects.filter((o) => o.kind === kind).map((o) => `${kind}/${o.metadata.name}` as const);
  return { jobs: of("Job"), services: of("StatefulSet"), apps: of("Deployment") };
}
