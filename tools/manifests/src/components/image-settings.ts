// The environment's `images` settings, applied to every object the generator emits: each image it writes
// in full (Redis, the operators' CR images) pulled through `images.mirror`, and `images.pullSecrets` on
// every pod spec and on the operators' CRs, which copy them onto the pods they make. The images the base
// names by their short name (ckan, ckan-solr, ckan-postgres) are pinned by Kustomize in the overlay: the
// overlay's mirror Component (emit/tree.ts, mirrorPins) rewrites those after the pins.
import { BASE_IMAGES } from "../config/layout.ts";
import { mirrorImage } from "../lib/image-reference.ts";
import { podSpecOf } from "../lib/workload.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import type { KubernetesObject } from "./component.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the objects' typed fields, walked by kind
type Obj = Record<string, any>;

const BASE_NAMES: ReadonlySet<string> = new Set(Object.values(BASE_IMAGES));

/** Whether Kustomize's pins set this image in the overlay (a short base name), not the generator. */
const pinnedByOverlay = (image: string) => BASE_NAMES.has(image.split(/[:@]/)[0]!);

/** Applies `images.mirror` and `images.pullSecrets` to the objects, in place. */
export function applyImageSettings(
  objects: readonly KubernetesObject[],
  settings: EnvironmentSettings,
): void {
  const { mirror, pullSecrets } = settings.images;
  const mirrored = (image: string) => (mirror === undefined ? image : mirrorImage(image, mirror));
  const secretRefs = () => pullSecrets.map((name) => ({ name }));
  for (const object of objects as readonly Obj[]) {
    const pod = podSpecOf(object);
    if (pod) {
      for (const container of [...(pod.initContainers ?? []), ...(pod.containers ?? [])])
        if (container.image && !pinnedByOverlay(container.image)) container.image = mirrored(container.image);
      if (pullSecrets.length > 0) pod.imagePullSecrets = secretRefs();
    }
    const spec = object.spec as Obj | undefined;
    if (!spec) continue;
    switch (`${object.apiVersion}/${object.kind}`) {
      case "postgresql.cnpg.io/v1/Cluster":
        if (spec.imageName) spec.imageName = mirrored(spec.imageName);
        if (pullSecrets.length > 0) spec.imagePullSecrets = secretRefs();
        break;
      case "postgres-operator.crunchydata.com/v1beta1/PostgresCluster":
        if (spec.image) spec.image = mirrored(spec.image);
        if (pullSecrets.length > 0) spec.imagePullSecrets = secretRefs();
        break;
      case "solr.apache.org/v1beta1/SolrCloud":
        // The operator joins repository and tag: the repository alone is a reference without a tag.
        if (spec.solrImage?.repository) spec.solrImage.repository = mirrored(spec.solrImage.repository);
        if (pullSecrets.length > 0) {
          spec.customSolrKubeOptions ??= {};
          spec.customSolrKubeOptions.podOptions ??= {};
          spec.customSolrKubeOptions.podOptions.imagePullSecrets = secretRefs();
          const zookeeper = spec.zookeeperRef?.provided;
          if (zookeeper) {
            zookeeper.zookeeperPodPolicy ??= {};
            zookeeper.zookeeperPodPolicy.imagePullSecrets = secretRefs();
          }
        }
        break;
    }
  }
}
