// Waiting for the rendered workloads, and saying why one is not coming up: each cause names the object
// and what the cluster said (a refused pod, a missing Secret key, a crash and its last log lines, a
// failing probe), so a broken manifest or image fails the tier with a sentence, not a timeout.
import { setTimeout as sleep } from "node:timers/promises";
import { getJson, kubectl } from "./kube.ts";

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}
interface Workload {
  kind: string;
  metadata: { name: string; uid: string; generation?: number };
  spec: { replicas?: number; selector?: { matchLabels?: Record<string, string> } };
  status?: {
    readyReplicas?: number;
    availableReplicas?: number;
    updatedReplicas?: number;
    observedGeneration?: number;
    succeeded?: number;
    failed?: number;
    conditions?: Condition[];
  };
}
interface ContainerStatus {
  name: string;
  ready: boolean;
  restartCount: number;
  state?: {
    waiting?: { reason?: string; message?: string };
    terminated?: { reason?: string; exitCode?: number; message?: string };
  };
  lastState?: { terminated?: { reason?: string; exitCode?: number } };
}
interface Pod {
  metadata: { name: string; ownerReferences?: { kind: string; name: string }[]; deletionTimestamp?: string };
  status: {
    phase: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}
interface Event {
  involvedObject: { kind: string; name: string };
  reason: string;
  message: string;
  type: string;
  count?: number;
}
interface List<T> {
  items: T[];
}

/** A workload to wait for, as `Kind/name`. */
export type Target = `${"Deployment" | "StatefulSet" | "Job"}/${string}`;

export class WorkloadError extends Error {}

function isReady(workload: Workload): boolean {
  const status = workload.status ?? {};
  if (workload.kind === "Job") return (status.succeeded ?? 0) > 0;
  const wanted = workload.spec.replicas ?? 1;
  return (
    (status.observedGeneration ?? 0) >= (workload.metadata.generation ?? 0) &&
    (status.readyReplicas ?? 0) >= wanted &&
    (status.updatedReplicas ?? 0) >= wanted
  );
}

/** Reasons a container will not get better by waiting. */
const HOPELESS = new Set([
  "CreateContainerConfigError",
  "CreateContainerError",
  "InvalidImageName",
  "ErrImageNeverPull",
  "RunContainerError",
]);
const PULL = new Set(["ErrImagePull", "ImagePullBackOff"]);

async function lastLog(
  namespace: string,
  pod: string,
  container: string,
  previous: boolean,
): Promise<string> {
  const result = await kubectl({
    nothrow: true,
  })`kubectl logs -n ${namespace} ${pod} -c ${container} --tail=8 ${previous ? ["--previous"] : []}`;
  return result.stdout.trim().split("\n").filter(Boolean).slice(-8).join("\n      ");
}

/**
 * Whether a pod whose owner reference names `ownerName` belongs to workload `kind`/`name`. A Job's and a
 * StatefulSet's pods name it; a Deployment's name one of its ReplicaSets, `<name>-<pod-template-hash>`,
 * and the hash has no `-`: Deployment ckan must not claim ckan-worker's or ckan-harvest-fetch's pods.
 */
export function ownedBy(kind: string, name: string, ownerName: string): boolean {
  if (ownerName === name) return true;
  if (kind !== "Deployment" || !ownerName.startsWith(`${name}-`)) return false;
  return /^[a-z0-9]+$/.test(ownerName.slice(name.length + 1));
}

/**
 * Why `owner` (a workload) is not ready, if the cluster already shows it will not be: refused pods,
 * configuration errors, crash loops, image pulls. `patience` true also reports causes that may still
 * clear (a failing probe, a pod still pending), for the final message after a timeout.
 */
async function causes(namespace: string, owner: string, patience: boolean): Promise<string[]> {
  const [kind, name] = owner.split("/") as [string, string];
  const [pods, events] = await Promise.all([
    getJson<List<Pod>>(["pods", "-n", namespace]),
    getJson<List<Event>>(["events", "-n", namespace]),
  ]);
  const owned = (ownerName: string) => ownedBy(kind, name, ownerName);
  const found: string[] = [];
  for (const event of events.items) {
    const about = event.involvedObject;
    if (event.type !== "Warning" || !owned(about.name)) continue;
    // FailedScheduling often clears by itself (a claim binds a moment later): reported only on timeout.
    const hopeless = event.reason === "FailedCreate" || event.reason === "BackoffLimitExceeded";
    if (hopeless || (patience && event.reason === "FailedScheduling"))
      found.push(`${about.kind} ${about.name}: ${event.reason}: ${event.message}`);
  }
  for (const pod of pods.items) {
    const ownerName = pod.metadata.ownerReferences?.[0]?.name ?? "";
    if (!owned(ownerName) || pod.metadata.deletionTimestamp) continue;
    for (const status of [
      ...(pod.status.initContainerStatuses ?? []),
      ...(pod.status.containerStatuses ?? []),
    ]) {
      const waiting = status.state?.waiting;
      const where = `pod ${pod.metadata.name} container ${status.name}`;
      if (waiting?.reason && HOPELESS.has(waiting.reason)) {
        found.push(`${where}: ${waiting.reason}: ${waiting.message ?? ""}`);
      } else if (waiting?.reason && PULL.has(waiting.reason)) {
        found.push(`${where}: ${waiting.reason}: ${waiting.message ?? ""}`);
      } else if (waiting?.reason === "CrashLoopBackOff" && (patience || status.restartCount >= 2)) {
        const exit = status.lastState?.terminated;
        found.push(
          `${where}: CrashLoopBackOff (exit ${exit?.exitCode ?? "?"}, ${status.restartCount} restarts); last log:\n      ${await lastLog(namespace, pod.metadata.name, status.name, true)}`,
        );
      } else if (status.state?.terminated && status.state.terminated.exitCode !== 0 && kind === "Job") {
        found.push(
          `${where}: exited ${status.state.terminated.exitCode}; last log:\n      ${await lastLog(namespace, pod.metadata.name, status.name, false)}`,
        );
      } else if (patience && !status.ready) {
        const unhealthy = events.items.filter(
          (event) => event.involvedObject.name === pod.metadata.name && event.reason === "Unhealthy",
        );
        const probe = unhealthy.at(-1)?.message ?? `not ready (${waiting?.reason ?? "running"})`;
        found.push(`${where}: ${probe}`);
      }
    }
    if (patience && pod.status.phase === "Pending" && !pod.status.containerStatuses) {
      const scheduled = pod.status.conditions?.find((condition) => condition.type === "PodScheduled");
      if (scheduled?.status === "False")
        found.push(`pod ${pod.metadata.name}: ${scheduled.message ?? "not scheduled"}`);
    }
  }
  return [...new Set(found)];
}

/**
 * Waits until every target is ready (a Job: succeeded). Fails early, naming the object and the cause,
 * when the cluster shows a target cannot come up; after `timeoutSeconds`, fails with what is still wrong.
 */
export async function waitForWorkloads(
  namespace: string,
  targets: readonly Target[],
  timeoutSeconds: number,
): Promise<void> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  for (;;) {
    const pending: Target[] = [];
    for (const target of targets) {
      const workload = await getJson<Workload>([target, "-n", namespace]).catch(() => undefined);
      if (!workload)
        throw new WorkloadError(`${target.replace("/", " ")}: not found in namespace ${namespace}`);
      if (!isReady(workload)) pending.push(target);
      if (workload.kind === "Job" && (workload.status?.failed ?? 0) > 0 && !isReady(workload)) {
        const found = await causes(namespace, target, true);
        throw new WorkloadError(`${target.replace("/", " ")} failed:\n  ${found.join("\n  ")}`);
      }
    }
    if (pending.length === 0) return;
    for (const target of pending) {
      const found = await causes(namespace, target, false);
      if (found.length > 0)
        throw new WorkloadError(`${target.replace("/", " ")} cannot start:\n  ${found.join("\n  ")}`);
    }
    if (performance.now() > deadline) {
      const report: string[] = [];
      for (const target of pending)
        report.push(
          `${target.replace("/", " ")}:\n  ${(await causes(namespace, target, true)).join("\n  ") || "no pod yet"}`,
        );
      throw new WorkloadError(`not ready after ${timeoutSeconds}s:\n${report.join("\n")}`);
    }
    await sleep(3000);
  }
}
