// The whole manifests/ tree as a map of relative path → file content, built in memory. Nothing here
// touches the disk, so a failure anywhere leaves the committed tree as it was.
import type { Component, KubernetesObject, StackContext } from "../components/component.ts";
import { appProject, application } from "../delivery/argocd-apps.ts";
import { BASE_SETTINGS } from "../environments/base-settings.ts";
import { PLATFORMS } from "../config/platforms.ts";
import { objectSetDiff, type JsonObject } from "../lib/strategic-diff.ts";
import {
  ALTERNATIVES,
  DEFAULT_PROVIDERS,
  describeProviders,
  withProviders,
  type ProviderKey,
} from "../providers.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import { IMAGE_PINS_COMPONENT, imagePinsPath, parseImagePins } from "../settings/image-pins.ts";
import { SEALED_SECRETS_DIR } from "../settings/sealed-secrets.ts";
import { buildStack, validateGenerated } from "../stack.ts";
import type { StackVersions } from "../config/versions.ts";
import { parse as parseYaml } from "yaml";
import { toYaml } from "./yaml.ts";

export type Tree = Map<string, string>;

export interface Environment {
  readonly name: string;
  readonly settings: EnvironmentSettings;
  /** The text of the environment's image pins (settings/image-pins.ts), validated; copied verbatim. */
  readonly imagePins: string;
  /** Its SealedSecrets folder (settings/sealed-secrets.ts), file name → text, copied verbatim. */
  readonly sealedSecrets?: ReadonlyMap<string, string>;
}

/** A kustomization.yaml; only the fields the generator writes. */
interface Kustomization {
  kind: "Kustomization" | "Component";
  apiVersion: "kustomize.config.k8s.io/v1beta1" | "kustomize.config.k8s.io/v1alpha1";
  namespace?: string;
  resources?: string[];
  components?: string[];
  patches?: { path: string }[];
}

type KustomizationFields = Omit<Kustomization, "apiVersion" | "kind">;

/** The fields in the order people read them, whatever order they were given in. */
const ordered = ({ namespace, resources, components, patches }: KustomizationFields) => ({
  ...(namespace ? { namespace } : {}),
  ...(resources ? { resources } : {}),
  ...(components ? { components } : {}),
  ...(patches ? { patches } : {}),
});

const kustomization = (fields: KustomizationFields): Kustomization => ({
  apiVersion: "kustomize.config.k8s.io/v1beta1",
  kind: "Kustomization",
  ...ordered(fields),
});

const kustomizeComponent = (fields: KustomizationFields): Kustomization => ({
  apiVersion: "kustomize.config.k8s.io/v1alpha1",
  kind: "Component",
  ...ordered(fields),
});

export function objectFileName(object: KubernetesObject | JsonObject): string {
  const { kind, metadata } = object as { kind: string; metadata?: { name?: string } };
  return `${metadata?.name}-${kind.toLowerCase()}.yaml`;
}

const BASE_SOURCE = "tools/manifests/src (the base settings in environments/base-settings.ts)";

function emitBase(tree: Tree, allComponents: readonly Component[]): void {
  // A component the neutral settings leave empty (NetworkPolicies) exists only in the overlays that enable it.
  const components = allComponents.filter((component) => component.objects.length > 0);
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

/** The kustomization fields that turn `from` into `to`, written under `dir`: added objects as resources,
 * changed ones as strategic-merge patches, removed ones as `$patch: delete`. */
function emitObjectSetDiff(
  tree: Tree,
  dir: string,
  from: readonly KubernetesObject[],
  to: readonly KubernetesObject[],
  source: string,
): Pick<Kustomization, "resources" | "patches"> {
  const diff = objectSetDiff(
    from.map((object) => object.toJSON() as JsonObject),
    to.map((object) => object.toJSON() as JsonObject),
  );
  const resources = diff.added.map((object) => {
    const path = `resources/${objectFileName(object)}`;
    tree.set(`${dir}/${path}`, toYaml([object], source));
    return path;
  });
  const patches = [...diff.changed, ...diff.removed].map((patch) => {
    const path = `patches/${objectFileName(patch)}`;
    tree.set(`${dir}/${path}`, toYaml([patch], source));
    return { path };
  });
  return {
    ...(resources.length > 0 ? { resources: resources.sort() } : {}),
    ...(patches.length > 0 ? { patches: patches.sort((a, b) => a.path.localeCompare(b.path)) } : {}),
  };
}

const objectsOf = (components: readonly Component[]) => components.flatMap((component) => component.objects);

/** An environment's stack with some settings (its own, or another provider choice): its objects. */
type Stacks = (settings: EnvironmentSettings) => readonly KubernetesObject[];

/**
 * `Stacks` for one environment, each distinct choice built (and schema-validated) once: the overlay's
 * layers and its Argo CD project all need the stack of the settings as given, which is also one of the
 * alternatives for an environment with operators.
 */
function stacksOf(environment: Environment, versions: StackVersions): Stacks {
  const imagePins = parseImagePins(environment.imagePins, imagePinsPath(environment.name));
  const built = new Map<string, readonly KubernetesObject[]>();
  return (settings) => {
    const key = JSON.stringify(settings);
    let objects = built.get(key);
    if (!objects) {
      objects = objectsOf(buildStack({ settings, versions, imagePins }));
      built.set(key, objects);
    }
    return objects;
  };
}

/**
 * An environment without alternatives is one folder: base, the environment's patches and added objects.
 * One whose platform runs operators gets `environment/` (that, with every provider a StatefulSet) and one
 * Kustomize Component per alternative provider under `components/`, each the exact change from the
 * StatefulSet to that provider; the overlay lists the chosen ones, so switching is one line.
 */
function emitOverlay(tree: Tree, environment: Environment, base: readonly KubernetesObject[], stack: Stacks) {
  const source = `environments/${environment.name}.yaml`;
  const dir = `overlays/${environment.name}`;
  const settings = environment.settings;
  // Not generated: the pins are edited in place (npm run images -- pin, kustomize edit, Renovate).
  tree.set(`${dir}/${IMAGE_PINS_COMPONENT}/kustomization.yaml`, environment.imagePins);
  for (const [name, text] of environment.sealedSecrets ?? [])
    tree.set(`${dir}/${SEALED_SECRETS_DIR}/${name}`, text);
  const sealed = environment.sealedSecrets ? [SEALED_SECRETS_DIR] : [];
  const top = { namespace: settings.namespace, components: [IMAGE_PINS_COMPONENT] };
  if (!PLATFORMS[settings.platform].operators) {
    const layer = emitObjectSetDiff(tree, dir, base, stack(settings), source);
    tree.set(
      `${dir}/kustomization.yaml`,
      toYaml(
        [
          kustomization({
            ...top,
            resources: ["../../base", ...sealed, ...(layer.resources ?? [])],
            ...pick(layer),
          }),
        ],
        source,
      ),
    );
    return;
  }
  const statefulSets = stack(withProviders(settings, DEFAULT_PROVIDERS));
  const layer = emitObjectSetDiff(tree, `${dir}/environment`, base, statefulSets, source);
  tree.set(
    `${dir}/environment/kustomization.yaml`,
    toYaml(
      [kustomization({ resources: ["../../../base", ...(layer.resources ?? [])], ...pick(layer) })],
      source,
    ),
  );
  for (const alternative of ALTERNATIVES) {
    const objects = stack(withProviders(settings, alternative.providers));
    const componentDir = `${dir}/components/${alternative.name}`;
    const change = emitObjectSetDiff(tree, componentDir, statefulSets, objects, source);
    tree.set(
      `${componentDir}/kustomization.yaml`,
      toYaml([kustomizeComponent(change)], source, alternative.description),
    );
  }
  const chosen = ALTERNATIVES.filter((alternative) =>
    Object.entries(alternative.providers).every(
      ([key, value]) => settings[key as ProviderKey].provider === value,
    ),
  ).map((alternative) => `components/${alternative.name}`);
  tree.set(
    `${dir}/kustomization.yaml`,
    toYaml(
      // The image pins come last, so they also rewrite the images of objects the alternatives add.
      [
        kustomization({
          ...top,
          resources: ["environment", ...sealed],
          components: [...chosen, ...top.components],
        }),
      ],
      source,
      `Providers: ${describeProviders(settings)}. To switch, change postgres.provider or solr.provider in ${source} and render;\n` +
        `the components/ folder holds every alternative (${ALTERNATIVES.map((a) => a.name).join(", ")}).`,
    ),
  );
}

/** manifests/argocd/<env>/: the AppProject and Application whoever runs that Argo CD applies once (README.md). */
function emitArgoCd(tree: Tree, environment: Environment, stack: Stacks) {
  const source = `environments/${environment.name}.yaml and tools/manifests/src/config/gitops.ts`;
  const stackObjects = stack(environment.settings);
  // The overlay also applies the committed SealedSecrets (settings/sealed-secrets.ts), not built by the stack.
  const sealed = [...(environment.sealedSecrets?.values() ?? [])].map(
    (text) => parseYaml(text) as { apiVersion: string; kind: string },
  );
  const objects = [appProject(environment, [...stackObjects, ...sealed]), application(environment)];
  for (const object of objects) validateGenerated(object, "argocd");
  const files = objects.map(objectFileName);
  objects.forEach((object, index) => {
    tree.set(`argocd/${environment.name}/${files[index]}`, toYaml([object.toJSON()], source));
  });
  tree.set(
    `argocd/${environment.name}/kustomization.yaml`,
    toYaml([kustomization({ resources: files })], source),
  );
}

const pick = (layer: Pick<Kustomization, "resources" | "patches">) =>
  layer.patches ? { patches: layer.patches } : {};

const README = `# manifests/ (generated)

Everything below this folder is written by \`npm run render\` from \`tools/manifests\` and
\`environments/*.yaml\`, and checked by \`npm run check\`. Do not edit it by hand: change the TypeScript
source or an environment's settings and render again.

- \`base/<component>/\`: one file per object, environment-neutral (no namespace, placeholder host and images).
- \`overlays/<environment>/\`: namespace, image pins, and one patch per object the environment changes.
- \`argocd/<environment>/\`: the Argo CD AppProject and Application that deliver the overlay (applied once,
  into the Argo CD namespace, by whoever administers that Argo CD; see the repository's README).

Deploy with \`oc apply -k manifests/overlays/<environment>\`, or point Argo CD at that folder.
`;

/** Builds manifests/ for every environment. Throws (and writes nothing) on any invalid object. */
export function buildTree(environments: readonly Environment[], versions: StackVersions): Tree {
  const tree: Tree = new Map();
  const base = buildStack({ settings: BASE_SETTINGS, versions } satisfies StackContext);
  emitBase(tree, base);
  for (const environment of environments) {
    const stack = stacksOf(environment, versions);
    emitOverlay(tree, environment, objectsOf(base), stack);
    emitArgoCd(tree, environment, stack);
  }
  tree.set("README.md", README);
  return new Map([...tree.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
