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
import type { ImageSettings } from "../config/versions.ts";
import {
  mergeVersionLabels,
  takeVersionLabels,
  versionLabelPatches,
  VERSIONS_COMPONENT,
  type VersionLabels,
} from "./version-labels.ts";
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
  patches?: ({ path: string } | { target: { kind: string; name: string }; patch: string })[];
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

/** The objects as JSON without their version labels, which the overlays set (version-labels.ts). */
function unversioned(
  objects: readonly KubernetesObject[],
  labels?: Map<string, VersionLabels>,
): JsonObject[] {
  return objects.map((object) => {
    const taken = takeVersionLabels(object.toJSON() as JsonObject);
    if (labels && taken.labels) mergeVersionLabels(labels, [taken.labels]);
    return taken.object;
  });
}

function emitBase(tree: Tree, allComponents: readonly Component[]): void {
  // A component the neutral settings leave empty (NetworkPolicies) exists only in the overlays that enable it.
  const components = allComponents.filter((component) => component.objects.length > 0);
  for (const component of components) {
    const files = component.objects.map(objectFileName);
    unversioned(component.objects).forEach((object, index) => {
      tree.set(`base/${component.name}/${files[index]}`, toYaml([object], BASE_SOURCE));
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
  from: readonly JsonObject[],
  to: readonly JsonObject[],
  source: string,
): Pick<Kustomization, "resources" | "patches"> {
  const diff = objectSetDiff(from, to);
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

/**
 * An environment's stack with some settings (its own, or another provider choice): its objects without
 * their version labels, which `versionLabels` collects for the overlay's versions Component.
 */
interface Stacks {
  (settings: EnvironmentSettings): readonly JsonObject[];
  readonly versionLabels: Map<string, VersionLabels>;
}

/**
 * `Stacks` for one environment, each distinct choice built (and schema-validated) once: the overlay's
 * layers and its Argo CD project all need the stack of the settings as given, which is also one of the
 * alternatives for an environment with operators.
 */
function stacksOf(environment: Environment, imageSettings: ImageSettings): Stacks {
  const imagePins = parseImagePins(environment.imagePins, imagePinsPath(environment.name));
  const versionLabels = new Map<string, VersionLabels>();
  const built = new Map<string, readonly JsonObject[]>();
  const stack = (settings: EnvironmentSettings) => {
    const key = JSON.stringify(settings);
    let objects = built.get(key);
    if (!objects) {
      objects = unversioned(objectsOf(buildStack({ settings, imageSettings, imagePins })), versionLabels);
      built.set(key, objects);
    }
    return objects;
  };
  return Object.assign(stack, { versionLabels });
}

/**
 * An environment without alternatives is one folder: base, the environment's patches and added objects.
 * One whose platform runs operators gets `environment/` (that, with every provider a StatefulSet) and one
 * Kustomize Component per alternative provider under `components/`, each the exact change from the
 * StatefulSet to that provider; the overlay lists the chosen ones, so switching is one line.
 */
function emitOverlay(tree: Tree, environment: Environment, base: readonly JsonObject[], stack: Stacks) {
  const source = `environments/${environment.name}.yaml`;
  const dir = `overlays/${environment.name}`;
  const settings = environment.settings;
  const versionLabels = stack.versionLabels;
  // Not generated: the pins are edited in place (npm run images -- pin, kustomize edit, Renovate).
  tree.set(`${dir}/${IMAGE_PINS_COMPONENT}/kustomization.yaml`, environment.imagePins);
  for (const [name, text] of environment.sealedSecrets ?? [])
    tree.set(`${dir}/${SEALED_SECRETS_DIR}/${name}`, text);
  const sealed = environment.sealedSecrets ? [SEALED_SECRETS_DIR] : [];
  const top = {
    namespace: settings.namespace,
    components: [IMAGE_PINS_COMPONENT, VERSIONS_COMPONENT],
  };
  const emitVersions = () =>
    tree.set(
      `${dir}/${VERSIONS_COMPONENT}/kustomization.yaml`,
      toYaml(
        [kustomizeComponent({ patches: versionLabelPatches(versionLabels.values()) })],
        `${imagePinsPath(environment.name)} and ${source}`,
        "app.kubernetes.io/version of each workload, from the image it runs: the version part of its pinned tag\n" +
          `(2.11.6 of 2.11.6-<commit>) in ../${IMAGE_PINS_COMPONENT}/kustomization.yaml. The base has none, so a bump in\n` +
          "images/*/versions.env changes nothing here; `npm run images -- pin` changes the pin and this file together.",
      ),
    );
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
    emitVersions();
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
      // The image pins and version labels come last, so they also apply to the objects the alternatives add.
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
  emitVersions();
}

/** manifests/argocd/<env>/: the AppProject and Application whoever runs that Argo CD applies once (README.md). */
function emitArgoCd(tree: Tree, environment: Environment, stack: Stacks) {
  const source = `environments/${environment.name}.yaml and tools/manifests/src/config/gitops.ts`;
  const stackObjects = stack(environment.settings).map(({ apiVersion, kind }) => ({
    apiVersion: String(apiVersion),
    kind: String(kind),
  }));
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
- \`overlays/<environment>/\`: namespace, image pins (\`images/\`), the app.kubernetes.io/version labels they
  imply (\`versions/\`: the base has none), and one patch per object the environment changes.
- \`argocd/<environment>/\`: the Argo CD AppProject and Application that deliver the overlay (applied once,
  into the Argo CD namespace, by whoever administers that Argo CD; see the repository's README).

Deploy with \`oc apply -k manifests/overlays/<environment>\`, or point Argo CD at that folder.
`;

/** Builds manifests/ for every environment. Throws (and writes nothing) on any invalid object. */
export function buildTree(environments: readonly Environment[], imageSettings: ImageSettings): Tree {
  const tree: Tree = new Map();
  const base = buildStack({ settings: BASE_SETTINGS, imageSettings } satisfies StackContext);
  emitBase(tree, base);
  for (const environment of environments) {
    const stack = stacksOf(environment, imageSettings);
    emitOverlay(tree, environment, unversioned(objectsOf(base)), stack);
    emitArgoCd(tree, environment, stack);
  }
  tree.set("README.md", README);
  return new Map([...tree.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
