// The whole manifests/ tree as a map of relative path → file content, built in memory. Nothing here
// touches the disk, so a failure anywhere leaves the committed tree as it was.
import { isDeepStrictEqual } from "node:util";
import type { Component, KubernetesObject, StackContext } from "../components/component.ts";
import { appProject, application } from "../delivery/argocd-apps.ts";
import { BASE_SETTINGS } from "../environments/base-settings.ts";
import { PLATFORMS } from "../config/platforms.ts";
import {
  applyObjectSetDiff,
  objectSetDiff,
  sameObjectSet,
  type JsonObject,
  type JsonPatch,
  type ObjectSetDiff,
} from "../lib/strategic-diff.ts";
import {
  chosenOptions,
  DEFAULT_PROVIDERS,
  describeProviders,
  externalServices,
  offeredOptions,
  OPTION_VALUES_DIR,
  optionEntries,
  OPTIONS,
  withProviders,
  type Option,
} from "../options.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import { IMAGE_PINS_DIR, imagePinsPath, parseImagePins, type ImagePin } from "../settings/image-pins.ts";
import { BASE_IMAGES } from "../config/layout.ts";
import { mirrorImage } from "../lib/image-reference.ts";
import { SEALED_SECRETS_DIR } from "../settings/sealed-secrets.ts";
import { buildComponents, buildStack, validateGenerated } from "../build-stack.ts";
import type { ImageSettings } from "../config/versions.ts";
import {
  mergeVersionLabels,
  takeVersionLabels,
  versionLabelPatches,
  VERSIONS_DIR,
  type VersionLabels,
} from "./version-labels.ts";
import { parse as parseYaml } from "yaml";
import {
  OPTION_IMAGES,
  REASONS,
  reasonDiffs,
  withFields,
  type Reason,
  type ReasonDiff,
  type SettingsPath,
} from "./reasons.ts";
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
  patches?: (PatchFile | { target: { kind: string; name: string }; patch: string })[];
  /** Kustomize's image transformer: the overlay's mirror Component (mirrorPins). */
  images?: { name: string; newName: string }[];
}

/** A patch in its own file: strategic-merge, or JSON6902 with its target. */
interface PatchFile {
  path: string;
  target?: JsonPatch["target"];
}

type KustomizationFields = Omit<Kustomization, "apiVersion" | "kind">;

/** The fields in the order people read them, whatever order they were given in. */
const ordered = ({ namespace, resources, components, patches, images }: KustomizationFields) => ({
  ...(namespace ? { namespace } : {}),
  ...(resources ? { resources } : {}),
  ...(components ? { components } : {}),
  ...(patches ? { patches } : {}),
  ...(images ? { images } : {}),
});

/** The overlay's Component that pulls the pinned images through `images.mirror`, listed right after the pins. */
const MIRROR_DIR = "mirror";

/**
 * Each pinned image's repository rewritten to the mirror's (lib/image-reference.ts mirrorImage); Kustomize
 * keeps the pin's tag and digest. The generator mirrors every other image itself (components/image-settings.ts).
 */
function mirrorPins(pins: readonly ImagePin[], mirror: string) {
  return [...new Set(pins.map((pin) => pin.newName))]
    .sort()
    .map((name) => ({ name, newName: mirrorImage(name, mirror) }));
}

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

/** The kustomization fields that apply `diff`, its files written under `dir`: added objects as resources,
 * changed built-in ones as strategic-merge patches, changed custom resources as JSON6902 patches (kustomize
 * knows no merge keys for them), removed ones as `$patch: delete`. */
function emitDiff(
  tree: Tree,
  dir: string,
  diff: ObjectSetDiff,
  source: string,
): Pick<Kustomization, "resources" | "patches"> {
  const resources = diff.added.map((object) => {
    const path = `resources/${objectFileName(object)}`;
    tree.set(`${dir}/${path}`, toYaml([object], source));
    return path;
  });
  const patches: PatchFile[] = [...diff.changed, ...diff.removed].map((patch) => {
    const path = `patches/${objectFileName(patch)}`;
    tree.set(`${dir}/${path}`, toYaml([patch], source));
    return { path };
  });
  for (const { target, operations } of diff.jsonPatches) {
    const path = `patches/${target.name}-${target.kind.toLowerCase()}.yaml`;
    tree.set(`${dir}/${path}`, toYaml([operations], source));
    patches.push({ path, target });
  }
  return {
    ...(resources.length > 0 ? { resources: resources.sort() } : {}),
    ...(patches.length > 0 ? { patches: patches.sort((a, b) => a.path.localeCompare(b.path)) } : {}),
  };
}

/**
 * The kustomization fields of an environment's layer: each added object in its own resources/ file, and one
 * patches/<reason>.yaml per reason to change (several documents; a custom resource's list change is a
 * JSON6902 patches/<reason>-<name>-<kind>.yaml).
 */
function emitReasons(
  tree: Tree,
  dir: string,
  diffs: readonly ReasonDiff[],
  source: string,
): Pick<Kustomization, "resources" | "patches"> {
  const resources: string[] = [];
  const patches: PatchFile[] = [];
  for (const { reason, diff } of diffs) {
    for (const object of diff.added) {
      const path = `resources/${objectFileName(object)}`;
      tree.set(`${dir}/${path}`, toYaml([object], source));
      resources.push(path);
    }
    const documents = [...diff.changed].sort((a, b) => objectFileName(a).localeCompare(objectFileName(b)));
    const description = `${reason.name}: ${reason.description}.${reason.fields.length > 0 ? `\nSettings: ${reason.fields.join(", ")}.` : ""}`;
    if (documents.length > 0) {
      const path = `patches/${reason.name}.yaml`;
      tree.set(`${dir}/${path}`, toYaml(documents, source, description));
      patches.push({ path });
    }
    // One file per deleted object: kustomize before 5.7 (kubectl's, oc's) panics on a `$patch: delete`
    // that shares its file with another document.
    for (const removed of diff.removed) {
      const path = `patches/${reason.name}-${objectFileName(removed)}`;
      tree.set(`${dir}/${path}`, toYaml([removed], source, description));
      patches.push({ path });
    }
    for (const { target, operations } of diff.jsonPatches) {
      const path = `patches/${reason.name}-${target.name}-${target.kind.toLowerCase()}.yaml`;
      tree.set(`${dir}/${path}`, toYaml([operations], source, description));
      patches.push({ path, target });
    }
  }
  return {
    ...(resources.length > 0 ? { resources: resources.sort() } : {}),
    ...(patches.length > 0 ? { patches: patches.sort((a, b) => a.path.localeCompare(b.path)) } : {}),
  };
}

/** `to` as a diff from `from`, checked: applied to `from` it gives back `to`, or the generator is wrong. */
function checkedDiff(from: readonly JsonObject[], to: readonly JsonObject[], what: string): ObjectSetDiff {
  const diff = objectSetDiff(from, to);
  if (!sameObjectSet(applyObjectSetDiff(from, diff), to))
    throw new Error(`generator bug: the patches of ${what} do not reproduce its stack`);
  return diff;
}

/**
 * The settings the options (manifests/components/<option>/) are computed with: the base's neutral values on
 * a platform that runs operators. What an environment sets differently is its overlay's.
 */
const OPTION_SETTINGS: EnvironmentSettings = { ...BASE_SETTINGS, platform: "openshift" };
const OPTION_SOURCE = "tools/manifests/src (options.ts, with the base settings)";

/**
 * Operators that take an image as repository and tag (the SolrCloud) get the bare base names and a tag
 * that cannot be pulled: each overlay patches in its own pin (gitops-catalog's `patch-me-see-overlays-dir`).
 * What the operators derive from the postgres pin's version (PostgreSQL's major release, CNPG's image)
 * must still be valid, so that tag says a neutral release, 16 (the operators accept 11 to 18). Both are
 * constants, never versions.env's: a bump there changes nothing under components/, and each overlay's
 * values for an option (options/<option>/) patch in its own pin's release.
 */
const PLACEHOLDER_TAG = "patch-me-see-overlays-dir";
const PLACEHOLDER_POSTGRES_TAG = `16.0-${PLACEHOLDER_TAG}`;
const PLACEHOLDER_PINS: ImagePin[] = Object.values(BASE_IMAGES).map((name) => ({
  name,
  newName: name,
  newTag: name === BASE_IMAGES.postgres ? PLACEHOLDER_POSTGRES_TAG : PLACEHOLDER_TAG,
}));

/** Each option's Kustomize Component: the change from the neutral StatefulSets to its provider. */
function optionDiffs(imageSettings: ImageSettings): Map<string, ObjectSetDiff> {
  // Without version labels: each overlay's versions/ Component sets them, on these objects too.
  const stack = (settings: EnvironmentSettings) =>
    unversioned(objectsOf(buildStack({ settings, imageSettings, imagePins: PLACEHOLDER_PINS })));
  const statefulSets = stack(withProviders(OPTION_SETTINGS, DEFAULT_PROVIDERS));
  return new Map(
    OPTIONS.map((option) => [
      option.name,
      checkedDiff(
        statefulSets,
        stack(withProviders(OPTION_SETTINGS, option.providers)),
        `components/${option.name}`,
      ),
    ]),
  );
}

const optionReadme = (option: Option) => `# ${option.name} (generated)

**Purpose.** ${option.description}, in place of the base's StatefulSet: an option, which an overlay
lists to switch to that provider.
Environment-neutral: its sizes, replica counts and schedules are the base's defaults, and an image tag it
must carry itself is \`${PLACEHOLDER_TAG}\` (PostgreSQL's: \`${PLACEHOLDER_POSTGRES_TAG}\`, release 16); an overlay patches its own values in
\`overlays/<environment>/${OPTION_VALUES_DIR}/${option.name}/\`.

**Usage.** List it, then the overlay's values for it, in the overlay's \`components:\`:

\`\`\`yaml
components:
  - ../../components/${option.name}
  - ${OPTION_VALUES_DIR}/${option.name}
\`\`\`

In practice set \`${Object.entries(option.providers)
  .map(([key, value]) => `${key}.provider: ${value}`)
  .join(", ")}\` in \`environments/<environment>.yaml\` and run \`npm run render\`: it writes both lines.
`;

function emitOptions(tree: Tree, diffs: ReadonlyMap<string, ObjectSetDiff>): void {
  for (const option of OPTIONS) {
    const dir = `components/${option.name}`;
    const change = emitDiff(tree, dir, diffs.get(option.name)!, OPTION_SOURCE);
    tree.set(
      `${dir}/kustomization.yaml`,
      toYaml([kustomizeComponent(change)], OPTION_SOURCE, option.description),
    );
    tree.set(`${dir}/README.md`, optionReadme(option));
  }
}

const objectsOf = (components: readonly Component[]) => components.flatMap((component) => component.objects);

/**
 * An environment's stack with some settings (its own, or another provider choice): its objects without
 * their version labels, which `versionLabels` collects for the overlay's versions Component.
 */
interface Stacks {
  (settings: EnvironmentSettings): readonly JsonObject[];
  /**
   * The stack without schema validation and without collecting its version labels: the per-reason stacks
   * the patches are computed from, which are never emitted (every emitted layer is checked to reproduce a
   * validated stack). The validated stack of the same settings, when already built, is reused. With
   * `imagePins`, those pins in place of the environment's.
   */
  unchecked(settings: EnvironmentSettings, imagePins?: readonly ImagePin[]): readonly JsonObject[];
  readonly versionLabels: Map<string, VersionLabels>;
}

/**
 * `Stacks` for one environment, each distinct choice built (and schema-validated) once: the overlay's
 * layers and its Argo CD project all need the stack of the settings as given, which is also one of the
 * variants for an environment with operators.
 */
function stacksOf(environment: Environment, imageSettings: ImageSettings): Stacks {
  const imagePins = parseImagePins(environment.imagePins, imagePinsPath(environment.name));
  const versionLabels = new Map<string, VersionLabels>();
  const built = new Map<string, readonly JsonObject[]>();
  const builtUnchecked = new Map<string, readonly JsonObject[]>();
  const stack = (settings: EnvironmentSettings) => {
    const key = JSON.stringify(settings);
    let objects = built.get(key);
    if (!objects) {
      objects = unversioned(objectsOf(buildStack({ settings, imageSettings, imagePins })), versionLabels);
      built.set(key, objects);
    }
    return objects;
  };
  const unchecked = (settings: EnvironmentSettings, otherPins?: readonly ImagePin[]) => {
    const key = JSON.stringify(settings) + (otherPins ? JSON.stringify(otherPins) : "");
    let objects = (otherPins ? undefined : built.get(key)) ?? builtUnchecked.get(key);
    if (!objects) {
      objects = unversioned(
        objectsOf(buildComponents({ settings, imageSettings, imagePins: otherPins ?? imagePins })),
      );
      builtUnchecked.set(key, objects);
    }
    return objects;
  };
  return Object.assign(stack, { unchecked, versionLabels });
}

/**
 * An environment on a platform without operators is one folder: base, the environment's patches and added
 * objects. One whose platform runs operators gets `environment/` (that, with every provider a StatefulSet)
 * and, for each option (`manifests/components/<option>/`), its own values for it in
 * `options/<option>/` (a Kustomize Component, left out when there are none); the overlay lists the
 * options its settings choose, so switching is a change of the `components:` list.
 */
function emitOverlay(
  tree: Tree,
  environment: Environment,
  base: readonly JsonObject[],
  stack: Stacks,
  options: ReadonlyMap<string, ObjectSetDiff>,
) {
  const source = `environments/${environment.name}.yaml`;
  const dir = `overlays/${environment.name}`;
  const settings = environment.settings;
  const versionLabels = stack.versionLabels;
  // Not generated: the pins are edited in place (npm run images -- pin, kustomize edit, Renovate).
  tree.set(`${dir}/${IMAGE_PINS_DIR}/kustomization.yaml`, environment.imagePins);
  for (const [name, text] of environment.sealedSecrets ?? [])
    tree.set(`${dir}/${SEALED_SECRETS_DIR}/${name}`, text);
  const sealed = environment.sealedSecrets ? [SEALED_SECRETS_DIR] : [];
  const mirror = settings.images.mirror;
  const top = {
    namespace: settings.namespace,
    components: [IMAGE_PINS_DIR, ...(mirror ? [MIRROR_DIR] : []), VERSIONS_DIR],
  };
  if (mirror)
    tree.set(
      `${dir}/${MIRROR_DIR}/kustomization.yaml`,
      toYaml(
        [
          kustomizeComponent({
            images: mirrorPins(
              parseImagePins(environment.imagePins, imagePinsPath(environment.name)),
              mirror,
            ),
          }),
        ],
        `${imagePinsPath(environment.name)} and ${source}`,
        `The pinned images pulled through images.mirror (${mirror}): each pin's repository rewritten, its tag and\n` +
          "digest kept. Every other image the manifests name is written through the mirror already.",
      ),
    );
  const emitVersions = () =>
    tree.set(
      `${dir}/${VERSIONS_DIR}/kustomization.yaml`,
      toYaml(
        [kustomizeComponent({ patches: versionLabelPatches(versionLabels.values()) })],
        `${imagePinsPath(environment.name)} and ${source}`,
        "app.kubernetes.io/version of each workload, from the image it runs: the version part of its pinned tag\n" +
          `(2.11.6 of 2.11.6-<commit>) in ../${IMAGE_PINS_DIR}/kustomization.yaml. The base has none, so a bump in\n` +
          "images/*/versions.env changes nothing here; `npm run images -- pin` changes the pin and this file together.",
      ),
    );
  /** The layer from the base to `layerSettings`, one patch per reason to change. */
  const reasonLayer = (layerDir: string, layerSettings: EnvironmentSettings, target: readonly JsonObject[]) =>
    emitReasons(
      tree,
      layerDir,
      reasonDiffs(
        base,
        target,
        (fields) => {
          const reasonSettings = withFields(BASE_SETTINGS, layerSettings, fields);
          // Most reasons leave the settings as the base's; the rest are checked as the whole layer.
          if (isDeepStrictEqual(reasonSettings, BASE_SETTINGS)) return base;
          return stack.unchecked(reasonSettings);
        },
        layerDir,
      ),
      source,
    );
  if (!PLATFORMS[settings.platform].operators) {
    const layer = reasonLayer(dir, settings, stack(settings));
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
  const layer = reasonLayer(`${dir}/environment`, withProviders(settings, DEFAULT_PROVIDERS), statefulSets);
  tree.set(
    `${dir}/environment/kustomization.yaml`,
    toYaml(
      [kustomization({ resources: ["../../../base", ...(layer.resources ?? [])], ...pick(layer) })],
      source,
    ),
  );
  const withValues = new Set<string>();
  // An external service is the environment's: no option switches it (options.ts).
  for (const option of offeredOptions(externalServices(settings))) {
    const generic = applyObjectSetDiff(statefulSets, options.get(option.name)!);
    const valuesDir = `${dir}/${OPTION_VALUES_DIR}/${option.name}`;
    const target = stack(withProviders(settings, option.providers));
    if (sameObjectSet(generic, target)) continue;
    /**
     * The option's change (statefulsets → option) as the neutral settings with only a reason's fields set to
     * the environment's (or, for its images, the environment's pins) make it, applied to the environment's
     * statefulsets: what that reason alone changes in the option.
     */
    const reasonStack = (fields: readonly SettingsPath[], reason: Reason) => {
      const images = reason === OPTION_IMAGES;
      const neutral = images ? OPTION_SETTINGS : withFields(OPTION_SETTINGS, settings, fields);
      if (!images && isDeepStrictEqual(neutral, OPTION_SETTINGS)) return generic;
      const pins = images ? undefined : PLACEHOLDER_PINS;
      const change = objectSetDiff(
        stack.unchecked(withProviders(neutral, DEFAULT_PROVIDERS), pins),
        stack.unchecked(withProviders(neutral, option.providers), pins),
      );
      return applyObjectSetDiff(statefulSets, change);
    };
    const reasons = reasonDiffs(generic, target, reasonStack, valuesDir, [...REASONS, OPTION_IMAGES]);
    withValues.add(option.name);
    tree.set(
      `${valuesDir}/kustomization.yaml`,
      toYaml(
        [kustomizeComponent(emitReasons(tree, valuesDir, reasons, source))],
        source,
        `${environment.name}'s values for ../../../../components/${option.name}, listed right after it.`,
      ),
    );
  }
  const chosen = chosenOptions(settings).flatMap((option) =>
    optionEntries(option, withValues.has(option.name)),
  );
  tree.set(
    `${dir}/kustomization.yaml`,
    toYaml(
      // The image pins and version labels come last, so they also apply to the objects the options add.
      [
        kustomization({
          ...top,
          resources: ["environment", ...sealed],
          components: [...chosen, ...top.components],
        }),
      ],
      source,
      `Providers: ${describeProviders(settings)}. To switch, change postgres.provider or solr.provider in ${source} and render;\n` +
        `the options are ${OPTIONS.map((o) => `../../components/${o.name}`).join(", ")}, this environment's values for them in ${OPTION_VALUES_DIR}/.`,
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
- \`components/<option>/\`: the options, Kustomize Components any overlay can list, one per provider other
  than the default StatefulSet (\`postgres-crunchy\`, \`postgres-cnpg\`, \`solr-solrcloud\`);
  environment-neutral, each with a README.
- \`overlays/<environment>/\`: namespace, image pins (\`images/\`), the app.kubernetes.io/version labels they
  imply (\`versions/\`: the base has none), the options it lists (with its own values for them in
  \`options/<option>/\`), and its patches, one file per reason to change (\`patches/sizes.yaml\`,
  \`patches/site.yaml\` …).
- \`argocd/<environment>/\`: the Argo CD AppProject and Application that deliver the overlay (applied once,
  into the Argo CD namespace, by whoever administers that Argo CD; see the repository's README).

Deploy with \`oc apply -k manifests/overlays/<environment>\`, or point Argo CD at that folder.
`;

/** Builds manifests/ for every environment. Throws (and writes nothing) on any invalid object. */
export function buildTree(environments: readonly Environment[], imageSettings: ImageSettings): Tree {
  const tree: Tree = new Map();
  const base = buildStack({ settings: BASE_SETTINGS, imageSettings } satisfies StackContext);
  emitBase(tree, base);
  const options = optionDiffs(imageSettings);
  emitOptions(tree, options);
  for (const environment of environments) {
    const stack = stacksOf(environment, imageSettings);
    emitOverlay(tree, environment, unversioned(objectsOf(base)), stack, options);
    emitArgoCd(tree, environment, stack);
  }
  tree.set("README.md", README);
  return new Map([...tree.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
