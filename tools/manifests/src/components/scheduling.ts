// `scheduling`: where each workload's pods run. The entry of the workload (the names `sizes` uses) over
// `default`, field by field: a field the workload sets replaces the default's as a whole, and replaces what
// the generator set itself (the spread of several replicas). Pod specs take the fields as they are; the
// operators' CRs take them where their CRD has a place for them (PostgresCluster instances, PgBouncer and
// pgBackRest; CloudNativePG's Cluster affinity and Pooler template; the SolrCloud's pod options and
// ZooKeeper pod policy).
import type { IAffinity, INodeSelectorTerm } from "kubernetes-models/v1";
import { NAMES } from "../config/layout.ts";
import type {
  EnvironmentSettings,
  ScheduledWorkload,
  SchedulingEntry,
} from "../settings/environment-settings.ts";
import { podSpecOf } from "../lib/workload.ts";
import type { KubernetesObject } from "./component.ts";
import { POSTGRES_IDENTITY } from "./postgres-identity.ts";
import { SOLR_CLOUD_LAYOUT } from "./solr-cloud.ts";
import { workerNames } from "./worker-queues.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the objects' typed fields, walked by kind
type Obj = Record<string, any>;

/** The workload whose `scheduling` entry a pod-making object takes, if it is one of the stack's. */
function workloadOf(object: Obj, settings: EnvironmentSettings): ScheduledWorkload | undefined {
  const id = `${object.kind}/${object.metadata?.name}`;
  if (object.kind === "Deployment" && workerNames(settings).includes(object.metadata?.name))
    return "ckanWorker";
  const byId: Readonly<Record<string, ScheduledWorkload>> = {
    "Deployment/ckan": "ckan",
    [`Job/${NAMES.bootstrapJob}`]: "bootstrap",
    [`StatefulSet/${POSTGRES_IDENTITY.name}`]: "postgres",
    "StatefulSet/solr": "solr",
    [`Job/${SOLR_CLOUD_LAYOUT.job}`]: "solr",
    "Deployment/redis": "redis",
    [`Deployment/${NAMES.harvestGather}`]: "harvestGather",
    [`Deployment/${NAMES.harvestFetch}`]: "harvestFetch",
    [`CronJob/${NAMES.harvestRun}`]: "harvestRun",
  };
  return object.kind === "Pooler" ? "pooler" : byId[id];
}

/** The fields a workload's pods get: its own entry over `default`, each field as a whole. */
export function schedulingOf(settings: EnvironmentSettings, workload: ScheduledWorkload): SchedulingEntry {
  const entry: Record<string, unknown> = { ...settings.scheduling.default };
  for (const [field, value] of Object.entries(settings.scheduling[workload] ?? {}))
    if (value !== undefined) entry[field] = value;
  return entry as SchedulingEntry;
}

/** Sets each field the entry has on `target`, replacing what was there. */
function setFields(target: Obj, entry: SchedulingEntry, fields: readonly (keyof SchedulingEntry)[]): void {
  for (const field of fields) if (entry[field] !== undefined) target[field] = structuredClone(entry[field]);
}
const POD_FIELDS = [
  "nodeSelector",
  "tolerations",
  "affinity",
  "topologySpreadConstraints",
  "priorityClassName",
] as const;

/** The affinity with a nodeSelector folded in (for CRs that take no nodeSelector): ANDed into each term. */
function withNodeSelector(affinity: IAffinity | undefined, nodeSelector?: Record<string, string>) {
  if (!nodeSelector || Object.keys(nodeSelector).length === 0) return affinity;
  const expressions = Object.entries(nodeSelector).map(([key, value]) => ({
    key,
    operator: "In",
    values: [value],
  }));
  const terms: INodeSelectorTerm[] = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
    ?.nodeSelectorTerms ?? [{}];
  return {
    ...affinity,
    nodeAffinity: {
      ...affinity?.nodeAffinity,
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: terms.map((term) => ({
          ...term,
          matchExpressions: [...(term.matchExpressions ?? []), ...expressions],
        })),
      },
    },
  };
}

/** A Crunchy PGO pod set (instance, PgBouncer, pgBackRest): no nodeSelector field, so it goes into affinity. */
function crunchyPods(target: Obj | undefined, entry: SchedulingEntry, spread: boolean): void {
  if (!target) return;
  const affinity = withNodeSelector(entry.affinity ?? target.affinity, entry.nodeSelector);
  if (affinity !== undefined && (entry.affinity !== undefined || entry.nodeSelector !== undefined))
    target.affinity = affinity;
  setFields(
    target,
    entry,
    spread
      ? ["tolerations", "topologySpreadConstraints", "priorityClassName"]
      : ["tolerations", "priorityClassName"],
  );
}

/** Applies `scheduling` to the objects, in place. */
export function applyScheduling(objects: readonly KubernetesObject[], settings: EnvironmentSettings): void {
  const of = (workload: ScheduledWorkload) => schedulingOf(settings, workload);
  for (const object of objects as readonly Obj[]) {
    const workload = workloadOf(object, settings);
    const pod = podSpecOf(object);
    if (workload && pod) setFields(pod, of(workload), POD_FIELDS);
    const spec = object.spec as Obj | undefined;
    if (!spec) continue;
    switch (`${object.apiVersion}/${object.kind}`) {
      case "postgres-operator.crunchydata.com/v1beta1/PostgresCluster": {
        for (const instance of spec.instances ?? []) crunchyPods(instance, of("postgres"), true);
        crunchyPods(spec.proxy?.pgBouncer, of("pooler"), true);
        crunchyPods(spec.backups?.pgbackrest?.repoHost, of("postgres"), true);
        crunchyPods(spec.backups?.pgbackrest?.jobs, of("postgres"), false);
        break;
      }
      case "postgresql.cnpg.io/v1/Cluster": {
        const entry = of("postgres");
        const { nodeAffinity, podAffinity, podAntiAffinity } = entry.affinity ?? {};
        spec.affinity = {
          ...spec.affinity,
          ...(entry.nodeSelector ? { nodeSelector: entry.nodeSelector } : {}),
          ...(entry.tolerations ? { tolerations: entry.tolerations } : {}),
          ...(nodeAffinity ? { nodeAffinity } : {}),
          ...(podAffinity ? { additionalPodAffinity: podAffinity } : {}),
          ...(podAntiAffinity ? { additionalPodAntiAffinity: podAntiAffinity } : {}),
        };
        setFields(spec, entry, ["topologySpreadConstraints", "priorityClassName"]);
        break;
      }
      case "solr.apache.org/v1beta1/SolrCloud": {
        const solr = of("solr");
        if (POD_FIELDS.some((field) => solr[field] !== undefined)) {
          spec.customSolrKubeOptions ??= {};
          spec.customSolrKubeOptions.podOptions ??= {};
          setFields(spec.customSolrKubeOptions.podOptions, solr, POD_FIELDS);
        }
        const zookeeper = of("zookeeper");
        const provided = spec.zookeeperRef?.provided;
        if (provided && POD_FIELDS.some((field) => zookeeper[field] !== undefined)) {
          provided.zookeeperPodPolicy ??= {};
          // The Solr Operator's ZooKeeper pod policy has no priorityClassName (settings refuse one there).
          setFields(provided.zookeeperPodPolicy, zookeeper, [
            "nodeSelector",
            "tolerations",
            "affinity",
            "topologySpreadConstraints",
          ]);
        }
        break;
      }
    }
  }
}
