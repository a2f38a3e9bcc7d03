// The background worker: the web image running `ckan jobs worker`, which runs XLoader's loads.
import { CKAN_IMAGE, NAMES } from "../config/layout.ts";
import { SYNC_WAVES } from "../lib/argocd.ts";
import { execHandler, probes } from "../lib/probes.ts";
import { deployment, podDisruptionBudget } from "../lib/workload.ts";
import { ckanContainer, ckanPodAnnotations, ckanVolumes } from "./ckan-pod.ts";
import { type Component, type StackContext, pinnedVersion } from "./component.ts";

export function ckanWorkerComponent(context: StackContext): Component {
  const identity = { name: NAMES.worker, component: "worker", version: pinnedVersion(context, "ckan") };
  // A queue consumer has no HTTP port: the probe asks Redis whether this pod's worker heartbeats, which
  // RQ keeps doing while a job runs, so a long load never fails it.
  const probe = execHandler(CKAN_IMAGE.commands.workerProbe);
  const replicas = context.settings.ckan.workerReplicas;
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
          { name: "worker", command: CKAN_IMAGE.commands.worker, args: CKAN_IMAGE.workerQueues },
          context.settings.sizes.ckanWorker,
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
  return {
    name: "ckan-worker",
    description: "CKAN background jobs worker (XLoader), same image and settings as the web",
    objects: [worker, ...(replicas > 1 ? [podDisruptionBudget(identity)] : [])],
  };
}
