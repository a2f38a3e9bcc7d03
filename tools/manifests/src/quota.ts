// What an environment asks of its namespace's quota, from the rendered objects: every pod that can run
// at once (replicas, plus the extra pod a rolling update starts, plus the bootstrap Job's pod).
import type { PlatformQuota, QuotaScope } from "./config/platforms.ts";
import { parseQuantity, toMillicores } from "./lib/quantity.ts";
import { objectName } from "./gate/finding.ts";
import { operatorEstimates, type OperatorClaim } from "./quota-operators.ts";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- rendered YAML

export interface WorkloadUsage {
  readonly object: string;
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
}

export interface QuotaUsage {
  readonly workloads: readonly WorkloadUsage[];
  readonly notTerminating: QuotaScope;
  readonly terminating: QuotaScope;
  /** The claims in the overlay and those the operators create. */
  readonly claims: readonly OperatorClaim[];
  readonly persistentVolumeClaims: number;
  readonly requestsStorageBytes: number;
}

export interface QuotaExcess {
  readonly resource: string;
  readonly used: number;
  readonly allowed: number;
}

function surgeOf(deployment: Obj, replicas: number): number {
  const strategy = deployment.spec?.strategy ?? {};
  if (strategy.type === "Recreate") return 0;
  const maxSurge = strategy.rollingUpdate?.maxSurge ?? "25%";
  if (typeof maxSurge === "number") return maxSurge;
  return Math.ceil((replicas * Number(String(maxSurge).replace("%", ""))) / 100);
}

/** The most pods a workload can have: an autoscaler's maximum, else its replicas. */
/** A CronJob with concurrencyPolicy Forbid runs one Job at a time: counted as that Job. */
function podSpecOf(object: Obj): Obj {
  return (object.kind === "CronJob" ? object.spec.jobTemplate.spec : object.spec).template.spec;
}

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

export function workloadUsage(objects: readonly Obj[], quota: PlatformQuota): WorkloadUsage[] {
  const usages: WorkloadUsage[] = [];
  for (const object of objects) {
    if (!["Deployment", "StatefulSet", "Job", "CronJob"].includes(object.kind)) continue;
    const pod = podSpecOf(object);
    const replicas = replicasOf(object, objects);
    const surge = object.kind === "Deployment" ? surgeOf(object, replicas) : 0;
    const sum = (pick: (container: Obj) => number) =>
      [...(pod.initContainers ?? []), ...pod.containers].reduce(
        (total: number, c: Obj) => total + pick(c),
        0,
      );
    usages.push({
      object: objectName(object),
      replicas,
      surge,
      scope: typeof pod.activeDeadlineSeconds === "number" ? "terminating" : "notTerminating",
      images: pod.containers.map((c: Obj) => c.image),
      requestsCpuMillicores: sum((c) => toMillicores(c.resources?.requests?.cpu ?? 0)),
      requestsMemoryBytes: sum((c) => parseQuantity(c.resources?.requests?.memory ?? 0)),
      limitsCpuMillicores: sum((c) =>
        c.resources?.limits?.cpu ? toMillicores(c.resources.limits.cpu) : quota.defaultLimit.cpuMillicores,
      ),
      limitsMemoryBytes: sum((c) =>
        c.resources?.limits?.memory
          ? parseQuantity(c.resources.limits.memory)
          : quota.defaultLimit.memoryBytes,
      ),
    });
  }
  for (const pods of operatorEstimates(objects).pods) {
    const sum = (pick: (resources: Obj) => number) =>
      pods.containers.reduce((total: number, resources: Obj) => total + pick(resources), 0);
    usages.push({
      object: pods.object,
      replicas: pods.replicas,
      surge: 0,
      scope: pods.scope,
      images: pods.images,
      requestsCpuMillicores: sum((r) => toMillicores(r.requests?.cpu ?? 0)),
      requestsMemoryBytes: sum((r) => parseQuantity(r.requests?.memory ?? 0)),
      limitsCpuMillicores: sum((r) =>
        r.limits?.cpu ? toMillicores(r.limits.cpu) : quota.defaultLimit.cpuMillicores,
      ),
      limitsMemoryBytes: sum((r) =>
        r.limits?.memory ? parseQuantity(r.limits.memory) : quota.defaultLimit.memoryBytes,
      ),
    });
  }
  return usages;
}

export function quotaUsage(objects: readonly Obj[], quota: PlatformQuota): QuotaUsage {
  const workloads = workloadUsage(objects, quota);
  const total = (scope: WorkloadUsage["scope"]): QuotaScope => {
    const inScope = workloads.filter((w) => w.scope === scope);
    const add = (pick: (w: WorkloadUsage) => number) =>
      inScope.reduce((sum, w) => sum + pick(w) * (w.replicas + w.surge), 0);
    return {
      requestsCpuMillicores: add((w) => w.requestsCpuMillicores),
      requestsMemoryBytes: add((w) => w.requestsMemoryBytes),
      limitsCpuMillicores: add((w) => w.limitsCpuMillicores),
      limitsMemoryBytes: add((w) => w.limitsMemoryBytes),
    };
  };
  const claims = [
    ...objects
      .filter((o) => o.kind === "PersistentVolumeClaim")
      .map((o) => ({ name: String(o.metadata.name), storage: String(o.spec.resources.requests.storage) })),
    ...operatorEstimates(objects).claims,
  ];
  return {
    workloads,
    notTerminating: total("notTerminating"),
    terminating: total("terminating"),
    claims,
    persistentVolumeClaims: claims.length,
    requestsStorageBytes: claims.reduce((sum, c) => sum + parseQuantity(c.storage), 0),
  };
}

/** Every quota line the usage exceeds. */
export function quotaExcesses(usage: QuotaUsage, quota: PlatformQuota): QuotaExcess[] {
  const lines: [string, number, number][] = [];
  for (const scope of ["notTerminating", "terminating"] as const) {
    for (const key of Object.keys(quota[scope]) as (keyof QuotaScope)[]) {
      lines.push([`${scope}.${key}`, usage[scope][key], quota[scope][key]]);
    }
  }
  lines.push(["persistentVolumeClaims", usage.persistentVolumeClaims, quota.persistentVolumeClaims]);
  lines.push(["requestsStorageBytes", usage.requestsStorageBytes, quota.requestsStorageBytes]);
  return lines
    .filter(([, used, allowed]) => used > allowed)
    .map(([resource, used, allowed]) => ({ resource, used, allowed }));
}
