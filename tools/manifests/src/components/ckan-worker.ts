// The background workers: the web image running `ckan jobs worker <queue>`. `ckan-worker` serves the
// `default` queue (XLoader's loads unless a queue takes them); each of `ckan.workerQueues` gets a
// Deployment of its own, `ckan-worker-<queue>`, with its own replicas and size.
import { CKAN_IMAGE, NAMES } from "../config/layout.ts";
import { SYNC_WAVES } from "../lib/argocd.ts";
import { execHandler, probes } from "../lib/probes.ts";
import { deployment, podDisruptionBudget } from "../lib/workload.ts";
import type { WorkloadSize } from "../settings/environment-settings.ts";
import { ckanContainer, ckanPodAnnotations, ckanVolumes } from "./ckan-pod.ts";
import { type Component, type StackContext, pinnedVersion } from "./component.ts";
import { DEFAULT_QUEUE, workerName } from "./worker-queues.ts";

interface QueueWorker {
  readonly queue: string;
  readonly replicas: number;
  readonly size: WorkloadSize;
}

function workerObjects(context: StackContext, { queue, replicas, size }: QueueWorker) {
  const identity = { name: workerName(queue), component: "worker", version: pinnedVersion(context, "ckan") };
  // A queue consumer has no HTTP port: the probe asks Redis whether this pod's worker heartbeats, which
  // RQ keeps doing while a job runs, so a long load never fails it.
  const probe = execHandler(CKAN_IMAGE.commands.workerProbe);
  const worker = deployment({
    identity,
    wave: SYNC_WAVES.application,
    replicas,
    spread: replicas > 1,
    strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    annotations: ckanPodAnnotations(context),
    // A job in progress gets time to finish; an interrupted one is re-queued by XLoader's retry.
    terminationGracePeriodSeconds: 120,
    containers: [
      {
        ...ckanContainer(
          context,
          { name: "worker", command: CKAN_IMAGE.commands.worker, args: [queue] },
          size,
        ),
        probes: probes({ readiness: probe, startupSeconds: 300, hungAfterSeconds: 180 }),
      },
    ],
    // With shared uploads the worker reads them from the volume, like every web pod.
    volumes: ckanVolumes(
      context,
      context.settings.storage.uploadsAccessMode === "ReadWriteMany"
        ? { claimName: NAMES.ckanStorage }
        : "scratch",
      "worker",
    ),
  });
  return [worker, ...(replicas > 1 ? [podDisruptionBudget(identity)] : [])];
}

export function ckanWorkerComponent(context: StackContext): Component {
  const { ckan, sizes } = context.settings;
  return {
    name: "ckan-worker",
    description:
      "CKAN background jobs workers (XLoader), one Deployment per queue, same image and settings as the web",
    objects: [
      ...workerObjects(context, {
        queue: DEFAULT_QUEUE,
        replicas: ckan.workerReplicas,
        size: sizes.ckanWorker,
      }),
      ...ckan.workerQueues.flatMap((queue) =>
        workerObjects(context, { queue: queue.name, replicas: queue.replicas, size: queue.size }),
      ),
    ],
  };
}
