// The known upgrade blockers (tools/e2e/src/upgrade-blockers.ts), seen on the cluster: the harvest
// consumers' Deployments restart when their queue is idle, and ckanext-spatial's import stage is
// replayed in the web pod. One observer per blocker id; a blocker without one fails the drill.
import { setTimeout as sleep } from "node:timers/promises";
import {
  IDLE_SECONDS,
  SPATIAL_UNCHANGED_RECORD,
  UPGRADE_BLOCKERS,
  type UpgradeBlocker,
} from "@ckan-openshift/e2e";
import { getJson, kubectl } from "./kube.ts";

const HARVEST_CONSUMERS = ["ckan-harvest-gather", "ckan-harvest-fetch"];

interface Pod {
  metadata: { name: string; labels?: Record<string, string>; deletionTimestamp?: string };
  status: { containerStatuses?: { name: string; restartCount: number }[] };
}

async function podsOf(namespace: string, deployment: string): Promise<Pod[]> {
  const { spec } = await getJson<{ spec: { selector: { matchLabels: Record<string, string> } } }>([
    `deployment/${deployment}`,
    "-n",
    namespace,
  ]);
  const selector = Object.entries(spec.selector.matchLabels)
    .map(([key, value]) => `${key}=${value}`)
    .join(",");
  const { items } = await getJson<{ items: Pod[] }>(["pods", "-n", namespace, "-l", selector]);
  return items.filter((pod) => !pod.metadata.deletionTimestamp);
}

type Observer = (namespace: string) => Promise<string | undefined>;

const OBSERVERS: Record<string, Observer> = {
  /** A consumer pod restarted after its queue stayed idle: the error its last run logged. */
  async "harvest-consumers-idle"(namespace) {
    await sleep((IDLE_SECONDS + 20) * 1000);
    const dead: string[] = [];
    for (const deployment of HARVEST_CONSUMERS)
      for (const pod of await podsOf(namespace, deployment)) {
        const restarts = pod.status.containerStatuses?.reduce((sum, c) => sum + c.restartCount, 0) ?? 0;
        if (restarts === 0) continue;
        const log = await kubectl({
          nothrow: true,
        })`kubectl logs -n ${namespace} ${pod.metadata.name} --previous --tail=40`;
        const error = log.stdout.split("\n").findLast((line) => /Error/.test(line)) ?? "exited";
        dead.push(`pod ${pod.metadata.name} restarted ${restarts}×: ${error.trim()}`);
      }
    return dead.length > 0 ? `idle for ${IDLE_SECONDS + 20}s: ${dead.join("; ")}` : undefined;
  },
  /** ckanext-spatial's import stage for an unchanged record, replayed in the web pod. */
  async "spatial-unchanged-record"(namespace) {
    const result = await kubectl({
      nothrow: true,
    })`kubectl exec -n ${namespace} deployment/ckan -- python -c ${SPATIAL_UNCHANGED_RECORD} drill-extent`;
    if (result.exitCode === 3) return `the fetch consumer's call refused: ${result.stdout.trim()}`;
    if (result.exitCode === 0) return undefined;
    throw new Error(
      `replaying ckanext-spatial's import stage in deployment/ckan failed (exit ${result.exitCode}):\n${result.stderr.slice(-2000)}`,
    );
  },
};

/** Each known blocker and what shows it on the cluster now (undefined: it does not show). */
export async function observeBlockers(
  namespace: string,
): Promise<{ blocker: UpgradeBlocker; seen: string | undefined }[]> {
  const seen = [];
  for (const blocker of UPGRADE_BLOCKERS) {
    const observe = OBSERVERS[blocker.id];
    if (!observe)
      throw new Error(
        `the known blocker ${blocker.id} has no way to be seen on the cluster: add one to tools/cluster/src/upgrade-blockers.ts`,
      );
    seen.push({ blocker, seen: await observe(namespace) });
  }
  return seen;
}
