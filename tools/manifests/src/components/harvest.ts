// ckanext-harvest (SDI): the gather and fetch queue consumers and the CronJob that runs `harvester run`.
// Same image, ConfigMap and Secret as the web; the queues live in the same Redis (ckan.harvest.mq.type
// = redis, through CKAN_REDIS_URL).
import { CronJob } from "kubernetes-models/batch/v1/CronJob";
import { CKAN_IMAGE, NAMES } from "../config/layout.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { runningLabels } from "../lib/labels.ts";
import { execHandler, probes } from "../lib/probes.ts";
import { deployment, podTemplate } from "../lib/workload.ts";
import type { WorkloadSize } from "../settings/environment-settings.ts";
import { ckanContainer, ckanPodAnnotations, ckanVolumes } from "./ckan-pod.ts";
import { type Component, type StackContext, pinnedVersion } from "./component.ts";

/** `harvester run` only queues jobs and marks finished ones: minutes are plenty. */
export const HARVEST_RUN_DEADLINE_SECONDS = 600;

const RUNS_TO_COMPLETION = "a run-to-completion pod serves nothing; activeDeadlineSeconds bounds it";

function consumer(context: StackContext, queue: "gather" | "fetch", name: string, size: WorkloadSize) {
  const identity = { name, component: `harvest-${queue}`, version: pinnedVersion(context, "ckan") };
  // A queue consumer has no port: the probe asks Redis whether this pod's consumer connection is there,
  // which a fetch in progress keeps open.
  const probe = execHandler([...CKAN_IMAGE.commands.harvesterProbe, queue]);
  return deployment({
    identity,
    wave: SYNC_WAVES.application,
    strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    annotations: ckanPodAnnotations(context),
    // A fetch in progress gets time to finish its object before the pod stops.
    terminationGracePeriodSeconds: 60,
    containers: [
      {
        ...ckanContainer(
          context,
          { name: `harvest-${queue}`, command: CKAN_IMAGE.commands.harvester, args: [`${queue}-consumer`] },
          size,
        ),
        probes: probes({ readiness: probe, startupSeconds: 300, hungAfterSeconds: 180 }),
      },
    ],
    volumes: ckanVolumes(context, "scratch", "other"),
  });
}

function harvestRun(context: StackContext): CronJob {
  const identity = {
    name: NAMES.harvestRun,
    component: "harvest-run",
    version: pinnedVersion(context, "ckan"),
  };
  return new CronJob({
    metadata: {
      name: NAMES.harvestRun,
      labels: runningLabels(identity),
      annotations: {
        ...syncWave(SYNC_WAVES.application),
        "ignore-check.kube-linter.io/no-liveness-probe": RUNS_TO_COMPLETION,
        "ignore-check.kube-linter.io/no-readiness-probe": RUNS_TO_COMPLETION,
      },
    },
    spec: {
      schedule: context.settings.harvest.schedule,
      timeZone: "Etc/UTC",
      // Two runs at once would send the same new jobs to the gather queue twice.
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 300,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        metadata: { labels: runningLabels(identity) },
        spec: {
          backoffLimit: 1,
          template: podTemplate({
            identity,
            annotations: ckanPodAnnotations(context),
            restartPolicy: "Never",
            // Also the Terminating quota scope, as the bootstrap Job.
            activeDeadlineSeconds: HARVEST_RUN_DEADLINE_SECONDS,
            containers: [
              ckanContainer(
                context,
                { name: "harvest-run", command: CKAN_IMAGE.commands.harvester, args: ["run"] },
                context.settings.sizes.harvestRun,
              ),
            ],
            volumes: ckanVolumes(context, "scratch", "other"),
          }),
        },
      },
    },
  });
}

export function harvestComponent(context: StackContext): Component {
  const { sizes } = context.settings;
  return {
    name: "harvest",
    description: "ckanext-harvest: gather and fetch queue consumers, and the `harvester run` CronJob",
    objects: [
      consumer(context, "gather", NAMES.harvestGather, sizes.harvestGather),
      consumer(context, "fetch", NAMES.harvestFetch, sizes.harvestFetch),
      harvestRun(context),
    ],
  };
}
