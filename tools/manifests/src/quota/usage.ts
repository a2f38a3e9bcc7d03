// What an environment asks of its namespace's quota, from the rendered objects: every pod that can run
// at once (replicas, plus the extra pod a rolling update starts, plus the bootstrap Job's pod).
import type { PlatformQuota, QuotaScope } from "../config/platforms.ts";
import { NAMES } from "../config/layout.ts";
import { objectName } from "../gate/finding.ts";
import { parseQuantity, toMillicores } from "../lib/quantity.ts";
import { operatorEstimates, type OperatorClaim } from "./operator-estimates.ts";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- rendered YAML

export interface WorkloadUsage {
  readonly object: string;
  /** The settings entry its resources come from (`sizes.solr`, `ckan.workerQueues[bulk].size`), when one does. */
  readonly sizes?: string;
  readonly replicas: number;
  /** Extra pods while a rollout is in progress. */
  readonly surge: number;
  readonly scope: "notTerminating" | "terminating";
  readonly images: readonly string[];
  /** Per pod. */
  readonly requestsCpuMillicores: number;
  readonly requestsMemoryBytes: number;
  readonly limitsCpuMillicores: number;
  readonly limitsMemoryBytes: number;
  readonly requestsEphemeralBytes: number;
  readonly limitsEphemeralBytes: number;
}

export interface EphemeralStorageUsage {
  readonly requestsBytes: number;
  readonly limitsBytes: number;
}

export interface QuotaUsage {
  readonly workloads: readonly WorkloadUsage[];
  readonly notTerminating: QuotaScope;
  readonly terminating: QuotaScope;
  /** Every pod's, whatever its scope: the quota that limits it has none. */
  readonly ephemeralStorage: EphemeralStorageUsage;
  /** The claims in the overlay and those the operators create. */
  readonly claims: readonly OperatorClaim[];
  readonly persistentVolumeClaims: number;
  readonly requestsStorageBytes: number;
}

/** The `sizes.*` entry behind each of the stack's own workloads (the operators' pods say theirs). */
const STACK_SIZES: Readonly<Record<string, string>> = {
  "Deployment/ckan": "ckan",
  [`Deployment/${NAMES.worker}`]: "ckanWorker",
  [`Job/${NAMES.bootstrapJob}`]: "bootstrap",
  "StatefulSet/postgres": "postgres",
  "StatefulSet/solr": "solr",
  "Deployment/redis": "redis",
  [`Deployment/${NAMES.harvestGather}`]: "harvestGather",
  [`Deployment/${NAMES.harvestFetch}`]: "harvestFetch",
  [`CronJob/${NAMES.harvestRun}`]: "harvestRun",
};

/** A queue's worker Deployment (`ckan-worker-<queue>`, components/ckan-worker.ts): sized by its queue's entry. */
const QUEUE_WORKER = new RegExp(`^Deployment/${NAMES.worker}-([a-z0-9-]+)$`);

function sizesOf(name: string): string | undefined {
  if (STACK_SIZES[name]) return `sizes.${STACK_SIZES[name]}`;
  const queue = QUEUE_WORKER.exec(name)?.[1];
  return queue === undefined ? undefined : `ckan.workerQueues[${queue}].size`;
}

/** The setting each of the stack's own claims is sized by. */
const CLAIM_FIELDS: Readonly<Record<string, string>> = {
  [NAMES.ckanStorage]: "sizes.ckan.storage",
  [NAMES.postgresData]: "sizes.postgres.storage",
  [NAMES.solrData]: "sizes.solr.storage",
};

function surgeOf(deployment: Obj, replicas: number): number {
  const strategy = deployment.spec?.strategy ?? {};
  if (strategy.type === "Recreate") return 0;
  const maxSurge = strategy.rollingUpdate?.maxSurge ?? "25%";
  if (typeof maxSurge === "number") return maxSurge;
  return Math.ceil((replicas * Number(String(maxSurge).replace("%", ""))) / 100);
}

/** A CronJob with concurrencyPolicy Forbid runs one Job at a time: counted as that Job. */
function podSpecOf(object: Obj): Obj {
  return (object.kind === "CronJob" ? object.spec.jobTemplate.spec : object.spec).template.spec;
}

/** The most pods a workload can have: an autoscaler's maximum, else its replicas. */
function replicasOf(object: Obj, objects: readonly Obj[]): number {
  if (object.kind === "Job") return object.spec.parallelism ?? 1;
  if (object.kind === "CronJob") return object.spec.jobTemplate.spec.parallelism ?? 1;
  const autoscaler = objects.find(
    (o) =>
      o.kind === "HorizontalPodAutoscaler" &&
      o.spec.scaleTargetRef.kind === object.kind &&
      o.spec.scaleTargetRef.name === object.metadata.name,
  );
  return autoscaler ? autoscaler.spec.maxReplicas : (object.spec.replicas ?? 1);
}

/** One pod's requests and limits, summed over its containers' resources (LimitRange defaults for unset limits). */
function podResources(containers: readonly Obj[], quota: PlatformQuota) {
  const sum = (pick: (resources: Obj) => number) =>
    containers.reduce((total: number, resources: Obj) => total + pick(resources), 0);
  const bytes = (value: unknown) => (value === undefined ? 0 : parseQuantity(value as string));
  return {
    requestsCpuMillicores: sum((r) => toMillicores(r.requests?.cpu ?? 0)),
    requestsMemoryBytes: sum((r) => bytes(r.requests?.memory)),
    limitsCpuMillicores: sum((r) =>
      r.limits?.cpu ? toMillicores(r.limits.cpu) : quota.defaultLimit.cpuMillicores,
    ),
    limitsMemoryBytes: sum((r) =>
      r.limits?.memory ? parseQuantity(r.limits.memory) : quota.defaultLimit.memoryBytes,
    ),
    requestsEphemeralBytes: sum((r) => bytes(r.requests?.["ephemeral-storage"])),
    limitsEphemeralBytes: sum((r) => bytes(r.limits?.["ephemeral-storage"])),
  };
}

export function workloadUsage(objects: readonly Obj[], quota: PlatformQuota): WorkloadUsage[] {
  const usages: WorkloadUsage[] = [];
  for (const object of objects) {
    if (!["Deployment", "StatefulSet", "Job", "CronJob"].includes(object.kind)) continue;
    const pod = podSpecOf(object);
    const replicas = replicasOf(object, objects);
    const name = objectName(object);
    usages.push({
      object: name,
      ...(sizesOf(name) ? { sizes: sizesOf(name) } : {}),
      replicas,
      surge: object.kind === "Deployment" ? surgeOf(object, replicas) : 0,
      scope: typeof pod.activeDeadlineSeconds === "number" ? "terminating" : "notTerminating",
      images: pod.containers.map((c: Obj) => c.image),
      ...podResources(
        [...(pod.initContainers ?? []), ...pod.containers].map((c: Obj) => c.resources ?? {}),
        quota,
      ),
    });
  }
  for (const pods of operatorEstimates(objects).pods) {
    usages.push({
      object: pods.object,
      ...(pods.sizes ? { sizes: `sizes.${pods.sizes}` } : {}),
      replicas: pods.replicas,
      surge: 0,
      scope: pods.scope,
      images: pods.images,
      ...podResources(pods.containers, quota),
    });
  }
  return usages;
}

/** Pods that can run at once: replicas plus a rollout's surge. */
export const podsOf = (workload: WorkloadUsage): number => workload.replicas + workload.surge;

export function quotaUsage(objects: readonly Obj[], quota: PlatformQuota): QuotaUsage {
  const workloads = workloadUsage(objects, quota);
  const add = (inScope: readonly WorkloadUsage[], pick: (w: WorkloadUsage) => number) =>
    inScope.reduce((sum, w) => sum + pick(w) * podsOf(w), 0);
  const total = (scope: WorkloadUsage["scope"]): QuotaScope => {
    const inScope = workloads.filter((w) => w.scope === scope);
    return {
      requestsCpuMillicores: add(inScope, (w) => w.requestsCpuMillicores),
      requestsMemoryBytes: add(inScope, (w) => w.requestsMemoryBytes),
      limitsCpuMillicores: add(inScope, (w) => w.limitsCpuMillicores),
      limitsMemoryBytes: add(inScope, (w) => w.limitsMemoryBytes),
    };
  };
  const claims: OperatorClaim[] = [
    ...objects
      .filter((o) => o.kind === "PersistentVolumeClaim")
      .map((o) => {
        const name = String(o.metadata.name);
        const field = CLAIM_FIELDS[name];
        return { name, storage: String(o.spec.resources.requests.storage), ...(field ? { field } : {}) };
      }),
    ...operatorEstimates(objects).claims,
  ];
  return {
    workloads,
    notTerminating: total("notTerminating"),
    terminating: total("terminating"),
    ephemeralStorage: {
      requestsBytes: add(workloads, (w) => w.requestsEphemeralBytes),
      limitsBytes: add(workloads, (w) => w.limitsEphemeralBytes),
    },
    claims,
    persistentVolumeClaims: claims.length,
    requestsStorageBytes: claims.reduce((sum, c) => sum + parseQuantity(c.storage), 0),
  };
}

export type QuotaUnit = "millicores" | "bytes" | "count";

/** One thing that adds to a quota line: `count` pods, or one claim, of `each`. */
export interface QuotaPart {
  readonly what: string;
  readonly per: "pod" | "claim";
  /** The setting that decides `each`, when one does (`sizes.solr.cpu`). */
  readonly field?: string;
  readonly each: number;
  readonly count: number;
}

export interface QuotaExcess {
  /** `notTerminating.requestsCpuMillicores`, `persistentVolumeClaims` … */
  readonly resource: string;
  /** For people: "CPU requests of long-running pods". */
  readonly label: string;
  readonly unit: QuotaUnit;
  readonly used: number;
  readonly allowed: number;
  /** What adds up to `used`, largest first. */
  readonly parts: readonly QuotaPart[];
}

/** How each per-pod figure is labelled, measured and set. */
const POD_LINES: readonly {
  readonly key: keyof QuotaScope;
  readonly label: string;
  readonly unit: QuotaUnit;
  /** The `sizes.<key>.*` field that sets it; none for CPU limits (never set: the LimitRange's default). */
  readonly setting?: string;
}[] = [
  { key: "requestsCpuMillicores", label: "CPU requests", unit: "millicores", setting: "cpu" },
  { key: "requestsMemoryBytes", label: "memory requests", unit: "bytes", setting: "memory" },
  { key: "limitsCpuMillicores", label: "CPU limits", unit: "millicores" },
  { key: "limitsMemoryBytes", label: "memory limits", unit: "bytes", setting: "memoryLimit" },
];

const SCOPE_LABELS = { notTerminating: "long-running pods", terminating: "Job pods" } as const;

const byContribution = (a: QuotaPart, b: QuotaPart) => b.each * b.count - a.each * a.count;

/** Every quota line the usage exceeds, with what adds up to it. */
export function quotaExcesses(usage: QuotaUsage, quota: PlatformQuota): QuotaExcess[] {
  const excesses: QuotaExcess[] = [];
  const line = (excess: Omit<QuotaExcess, "parts">, parts: () => QuotaPart[]) => {
    if (excess.used > excess.allowed)
      excesses.push({
        ...excess,
        parts: parts()
          .filter((p) => p.each * p.count > 0)
          .sort(byContribution),
      });
  };
  const podParts = (
    workloads: readonly WorkloadUsage[],
    pick: (w: WorkloadUsage) => number,
    setting?: string,
  ) =>
    workloads.map((w) => ({
      what: w.object,
      per: "pod" as const,
      ...(setting && w.sizes ? { field: `${w.sizes}.${setting}` } : {}),
      each: pick(w),
      count: podsOf(w),
    }));
  for (const scope of ["notTerminating", "terminating"] as const) {
    for (const { key, label, unit, setting } of POD_LINES) {
      line(
        {
          resource: `${scope}.${key}`,
          label: `${label} of ${SCOPE_LABELS[scope]}`,
          unit,
          used: usage[scope][key],
          allowed: quota[scope][key],
        },
        () =>
          podParts(
            usage.workloads.filter((w) => w.scope === scope),
            (w) => w[key],
            setting,
          ),
      );
    }
  }
  if (quota.ephemeralStorage) {
    for (const [key, pick, label] of [
      ["requestsBytes", (w: WorkloadUsage) => w.requestsEphemeralBytes, "ephemeral-storage requests"],
      ["limitsBytes", (w: WorkloadUsage) => w.limitsEphemeralBytes, "ephemeral-storage limits"],
    ] as const) {
      line(
        {
          resource: `ephemeralStorage.${key}`,
          label: `${label} of all pods`,
          unit: "bytes",
          used: usage.ephemeralStorage[key],
          allowed: quota.ephemeralStorage[key],
        },
        () => podParts(usage.workloads, pick),
      );
    }
  }
  const claimParts = (size: (claim: OperatorClaim) => number) =>
    usage.claims.map((claim) => ({
      what: `PersistentVolumeClaim/${claim.name}`,
      per: "claim" as const,
      ...(claim.field ? { field: claim.field } : {}),
      each: size(claim),
      count: 1,
    }));
  line(
    {
      resource: "persistentVolumeClaims",
      label: "volume claims",
      unit: "count",
      used: usage.persistentVolumeClaims,
      allowed: quota.persistentVolumeClaims,
    },
    () => claimParts(() => 1),
  );
  line(
    {
      resource: "requestsStorageBytes",
      label: "storage requests of all claims",
      unit: "bytes",
      used: usage.requestsStorageBytes,
      allowed: quota.requestsStorageBytes,
    },
    () => claimParts((claim) => parseQuantity(claim.storage)),
  );
  return excesses;
}
