// The pod templates inside workload objects, with the path to each, for rules that check pods; and the
// pods operators make from custom resources, as far as the resource decides them.
import type { RenderedObject } from "./finding.ts";

export interface PodTemplate {
  /** Path of the pod spec in the object, e.g. `spec.template.spec`. */
  readonly path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly spec: Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly metadata: Record<string, any>;
}

/**
 * A pod as the pod rules see it: a workload's template, or a pod an operator builds from a custom resource,
 * whose `spec` holds only what the resource sets. `fieldPath` turns a path in the view into the field a
 * finding names (the identity for templates).
 */
export interface PodView extends PodTemplate {
  readonly fieldPath: (path: string) => string;
  /**
   * The resource cannot set its containers' security contexts (the operator builds them): the pod-level
   * context must carry runAsNonRoot and seccomp, and restricted-v2 fills in the rest at admission.
   */
  readonly containersUnset: boolean;
}

export interface ContainerAt {
  /** e.g. `spec.template.spec.containers[name=ckan]`. */
  readonly path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly container: Record<string, any>;
  readonly kind: "containers" | "initContainers" | "ephemeralContainers";
}

export function podTemplateOf(object: RenderedObject): PodTemplate | undefined {
  switch (object.kind) {
    case "Pod":
      return { path: "spec", spec: object.spec ?? {}, metadata: object.metadata ?? {} };
    case "CronJob":
      return template(object.spec?.jobTemplate?.spec?.template, "spec.jobTemplate.spec.template");
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "Job":
      return template(object.spec?.template, "spec.template");
    default:
      return undefined;
  }
}

function template(value: RenderedObject | undefined, path: string): PodTemplate | undefined {
  return value?.spec ? { path: `${path}.spec`, spec: value.spec, metadata: value.metadata ?? {} } : undefined;
}

export function containersOf(pod: PodTemplate): ContainerAt[] {
  return (["initContainers", "containers", "ephemeralContainers"] as const).flatMap((kind) =>
    ((pod.spec[kind] as RenderedObject[] | undefined) ?? []).map((container) => ({
      kind,
      container,
      path: `${pod.path}.${kind}[name=${String(container.name)}]`,
    })),
  );
}

/** `from` → `to` at the start of a path, or where a path continues past `from`. */
function rename(pairs: readonly (readonly [string, string])[]): (path: string) => string {
  return (path) => {
    for (const [from, to] of pairs) {
      if (path === from || path.startsWith(`${from}.`)) return `${to}${path.slice(from.length)}`;
    }
    return path;
  };
}

const SOLR_OPTIONS = "spec.customSolrKubeOptions.podOptions";
const ZOOKEEPER_POLICY = "spec.zookeeperRef.provided.zookeeperPodPolicy";
/** The Solr Operator's name for the Solr container of a SolrCloud's pods. */
const SOLR_CONTAINER = "solrcloud-node";

/** The pod template of a workload, or the pods an operator makes from a custom resource. */
export function podsOf(object: RenderedObject): PodView[] {
  const template = podTemplateOf(object);
  if (template) return [{ ...template, fieldPath: (path) => path, containersUnset: false }];
  return object.kind === "SolrCloud" ? solrCloudPods(object) : [];
}

/** The Solr and ZooKeeper pods of a SolrCloud (Apache Solr Operator, with a provided ZooKeeper). */
function solrCloudPods(object: RenderedObject): PodView[] {
  const options = object.spec?.customSolrKubeOptions?.podOptions ?? {};
  const image = object.spec?.solrImage;
  const solr: PodView = {
    path: SOLR_OPTIONS,
    metadata: { labels: options.labels ?? {}, annotations: options.annotations ?? {} },
    spec: {
      ...(options.podSecurityContext ? { securityContext: options.podSecurityContext } : {}),
      ...(options.volumes
        ? {
            volumes: options.volumes.map((volume: RenderedObject) => ({
              name: volume.name,
              ...volume.source,
            })),
          }
        : {}),
      containers: [
        {
          name: SOLR_CONTAINER,
          ...(image?.repository ? { image: `${image.repository}:${image.tag ?? ""}` } : {}),
          ...(options.containerSecurityContext ? { securityContext: options.containerSecurityContext } : {}),
        },
      ],
    },
    fieldPath: rename([
      [`${SOLR_OPTIONS}.securityContext`, `${SOLR_OPTIONS}.podSecurityContext`],
      [
        `${SOLR_OPTIONS}.containers[name=${SOLR_CONTAINER}].securityContext`,
        `${SOLR_OPTIONS}.containerSecurityContext`,
      ],
      [`${SOLR_OPTIONS}.containers[name=${SOLR_CONTAINER}].image`, "spec.solrImage"],
    ]),
    containersUnset: false,
  };
  const provided = object.spec?.zookeeperRef?.provided;
  if (!provided) return [solr];
  const policy = provided.zookeeperPodPolicy ?? {};
  const zookeeper: PodView = {
    path: ZOOKEEPER_POLICY,
    metadata: { labels: policy.labels ?? {}, annotations: policy.annotations ?? {} },
    spec: {
      ...(policy.securityContext ? { securityContext: policy.securityContext } : {}),
      containers: provided.image?.repository
        ? [{ name: "zookeeper", image: `${provided.image.repository}:${provided.image.tag ?? ""}` }]
        : [],
    },
    fieldPath: rename([
      [`${ZOOKEEPER_POLICY}.containers[name=zookeeper].image`, "spec.zookeeperRef.provided.image"],
    ]),
    containersUnset: true,
  };
  return [solr, zookeeper];
}
