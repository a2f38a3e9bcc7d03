// The background worker: the web image running `ckan jobs worker`, which runs XLoader's loads.
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { CKAN_IMAGE, NAMES } from "../config/stack.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { configChecksum, CONFIG_CHECKSUM_ANNOTATION } from "../lib/checksum.ts";
import { labels, selectorLabels } from "../lib/labels.ts";
import { execProbes } from "../lib/probes.ts";
import { podTemplate } from "../lib/workload.ts";
import { ckanContainer, ckanVolumes } from "./ckan-pod.ts";
import type { Component, StackContext } from "./component.ts";
import { ckanConfigData } from "./config.ts";

export function ckanWorkerComponent(context: StackContext): Component {
  const identity = { name: NAMES.worker, component: "worker", version: context.versions.ckan };
  const size = context.settings.sizes.ckanWorker;
  // A queue consumer has no HTTP port: the probe asks Redis whether this pod's worker heartbeats.
  const probe = CKAN_IMAGE.commands.workerProbe;
  const deployment = new Deployment({
    metadata: { name: identity.name, labels: labels(identity), annotations: syncWave(SYNC_WAVES.application) },
    spec: {
      replicas: 1,
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      selector: { matchLabels: selectorLabels(identity) },
      template: podTemplate({
        identity,
        annotations: { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(ckanConfigData(context)) },
        // A job in progress gets time to finish; an interrupted one is re-queued by XLoader's retry.
        terminationGracePeriodSeconds: 120,
        containers: [
          {
            ...ckanContainer(
              { name: "worker", command: CKAN_IMAGE.commands.worker, args: CKAN_IMAGE.workerQueues },
              size,
            ),
            probes: execProbes(probe, probe, { startupSeconds: 300 }),
          },
        ],
        volumes: ckanVolumes("scratch"),
      }),
    },
  });
  return {
    name: "ckan-worker",
    description: "CKAN background jobs worker (XLoader), same image and settings as the web",
    objects: [deployment],
  };
}
