// The whole manifests/ tree as a map of relative path → file content, built in memory. Nothing here
// touches the disk, so a failure anywhere leaves the committed tree as it was.
import type { Component, KubernetesObject, StackContext } from "../components/component.ts";
import { BASE_SETTINGS } from "../environments/base-settings.ts";
import { objectPatch, type JsonObject } from "../lib/strategic-diff.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import { IMAGE_PINS_COMPONENT } from "../settings/image-pins.ts";
import { buildStack } from "../stack.ts";
import type { StackVersions } from "../config/versions.ts";
import { toYaml } from "./yaml.ts";

export type Tree = Map<string, string>;

export interface Environment {
  readonly name: string;
  readonly settings: EnvironmentSettings;
  /** The text of the environment's image pins (settings/image-pins.ts), validated; copied verbatim. */
  readonly imagePins: string;
}

/** A kustomization.yaml; only the fields the generator writes. */
interface Kustomization {
  apiVersion: "kustomize.config.k8s.io/v1beta1";
  kind: "Kustomization";
  namespace?: string;
  resources: string[];
  components?: string[];
  patches?: { path: string }[];
}

const kustomization = (fields: Omit<Kustomization, "apiVersion" | "kind">): Kustomization => ({
  apiVersion: "kustomize.config.k8s.io/v1beta1",
  kind: "Kustomization",
  ...fields,
});

export function objectFileName(object: KubernetesObject): string {
  return `${object.metadata?.name}-${object.kind.toLowerCase()}.yaml`;
}

const BASE_SOURCE = "tools/manifests/src (the base settings in environments/base-settings.ts)";

function emitBase(tree: Tree, components: readonly Component[]): void {
  for (const component of components) {
    const files = component.objects.map(objectFileName);
    component.objects.forEach((object, index) => {
      tree.set(`base/${component.name}/${files[index]}`, toYaml([object.toJSON()], BASE_SOURCE));
    });
    tree.set(
      `base/${component.name}/kustomization.yaml`,
      toYaml([kustomization({ resources: files })], BASE_SOURCE, component.description),
    );
  }
  tree.set(
    "base/kustomization.yaml",
    toYaml([kustomization({ resources: components.map((component) => component.name) })], BASE_SOURCE),
  );
}

function emitOverlay(tree: Tree, environment: Environment, base: readonly Component[], versions: StackVersions) {
  const source = `environments/${environment.name}.yaml`;
  const components = buildStack({ settings: environment.settings, versions });
  const patches: string[] = [];
  components.forEach((component, componentIndex) => {
    component.objects.forEach((object, objectIndex) => {
      const baseObject = base[componentIndex]!.objects[objectIndex]!;
      const patch = objectPatch(baseObject.toJSON() as JsonObject, object.toJSON() as JsonObject);
      if (!patch) return;
      const path = `patches/${objectFileName(object)}`;
      patches.push(path);
      tree.set(`overlays/${environment.name}/${path}`, toYaml([patch], source));
    });
  });
  // Not generated: the pins are edited in place (npm run images -- pin, kustomize edit, Renovate).
  tree.set(`overlays/${environment.name}/${IMAGE_PINS_COMPONENT}/kustomization.yaml`, environment.imagePins);
  tree.set(
    `overlays/${environment.name}/kustomization.yaml`,
    toYaml(
      [
        kustomization({
          namespace: environment.settings.namespace,
          resources: ["../../base"],
          components: [IMAGE_PINS_COMPONENT],
          ...(patches.length > 0 ? { patches: patches.sort().map((path) => ({ path })) } : {}),
        }),
      ],
      source,
    ),
  );
}

const README = `# manifests/ (generated)

Everything below this folder is written by \`npm run render\` from \`tools/manifests\` and
\`environments/*.yaml\`, and checked by \`npm run check\`. Do not edit it by hand: change the TypeScript
source or an environment's settings and render again.

- \`base/<component>/\`: one file per object, environment-neutral (no namespace, placeholder host and images).
- \`overlays/<environment>/\`: namespace, image pins, and one patch per object the environment changes.

Deploy with \`oc apply -k manifests/overlays/<environment>\`, or point Argo CD at that folder.
`;

/** Builds manifests/ for every environment. Throws (and writes nothing) on any invalid object. */
export function buildTree(environments: readonly Environment[], versions: StackVersions): Tree {
  const tree: Tree = new Map();
  const base = buildStack({ settings: BASE_SETTINGS, versions } satisfies StackContext);
  emitBase(tree, base);
  for (const environment of environments) emitOverlay(tree, environment, base, versions);
  tree.set("README.md", README);
  return new Map([...tree.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
