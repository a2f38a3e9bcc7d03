// Each container's peak memory, read from the kernel (the kubelet's cgroupfs hierarchy), beside what the
// manifest requests and limits: do the sandbox's sizes fit what CKAN uses?
import { existsSync, readFileSync } from "node:fs";
import { parseQuantity } from "@ckan-openshift/manifests/kube-api";
import { getJson } from "./kube.ts";

interface Pod {
  metadata: { name: string; uid: string };
  spec: {
    containers: {
      name: string;
      resources?: { requests?: { memory?: string }; limits?: { memory?: string } };
    }[];
  };
  status: { qosClass?: string; containerStatuses?: { name: string; containerID?: string }[] };
}

export interface MemoryUse {
  readonly pod: string;
  readonly container: string;
  readonly peakBytes: number;
  readonly requestBytes?: number;
  readonly limitBytes?: number;
}

/** cgroup v1 (this machine) keeps the high-water mark; v2 has memory.peak. */
function peakOf(podUid: string, qos: string, containerId: string): number | undefined {
  const level = qos === "Guaranteed" ? "" : `${qos.toLowerCase()}/`;
  for (const file of [
    `/sys/fs/cgroup/memory/kubepods/${level}pod${podUid}/${containerId}/memory.max_usage_in_bytes`,
    `/sys/fs/cgroup/kubepods/${level}pod${podUid}/${containerId}/memory.peak`,
  ]) {
    if (existsSync(file)) return Number(readFileSync(file, "utf8").trim());
  }
  return undefined;
}

const bytes = (quantity?: string) => (quantity === undefined ? undefined : parseQuantity(quantity));

export async function memoryUse(namespace: string): Promise<MemoryUse[]> {
  const pods = await getJson<{ items: Pod[] }>(["pods", "-n", namespace]);
  const uses: MemoryUse[] = [];
  for (const pod of pods.items) {
    for (const status of pod.status.containerStatuses ?? []) {
      const id = status.containerID?.replace(/^\w+:\/\//, "");
      const peak = id ? peakOf(pod.metadata.uid, pod.status.qosClass ?? "Burstable", id) : undefined;
      if (peak === undefined) continue;
      const resources = pod.spec.containers.find((c) => c.name === status.name)?.resources;
      uses.push({
        pod: pod.metadata.name,
        container: status.name,
        peakBytes: peak,
        requestBytes: bytes(resources?.requests?.memory),
        limitBytes: bytes(resources?.limits?.memory),
      });
    }
  }
  return uses;
}

const mib = (value?: number) => (value === undefined ? "-" : `${Math.round(value / 2 ** 20)} MiB`);

export function formatMemory(uses: readonly MemoryUse[]): string {
  const rows = uses.map((use) => {
    const ofLimit = use.limitBytes ? `${Math.round((100 * use.peakBytes) / use.limitBytes)}%` : "-";
    return [
      `${use.pod}/${use.container}`,
      mib(use.peakBytes),
      mib(use.requestBytes),
      mib(use.limitBytes),
      ofLimit,
    ];
  });
  const header = ["container", "peak", "request", "limit", "peak/limit"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  return [header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")).join("\n");
}

/**
 * Reads every container's high-water mark every `everyMs` while the journey runs, so that pods it
 * deletes are reported too; `stop` gives the highest reading of each container.
 */
export function sampleMemory(namespace: string, everyMs = 3000): { stop: () => Promise<MemoryUse[]> } {
  const highest = new Map<string, MemoryUse>();
  const read = async () => {
    for (const use of await memoryUse(namespace).catch(() => [])) {
      const key = `${use.pod}/${use.container}`;
      if ((highest.get(key)?.peakBytes ?? -1) < use.peakBytes) highest.set(key, use);
    }
  };
  const timer = setInterval(() => void read(), everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await read();
      return [...highest.values()].sort((a, b) =>
        `${a.pod}/${a.container}`.localeCompare(`${b.pod}/${b.container}`),
      );
    },
  };
}
