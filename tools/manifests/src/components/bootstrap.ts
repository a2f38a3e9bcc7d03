// The bootstrap Job: what must happen once per release, before the web rolls out — database migrations,
// DataStore permissions, the sysadmin and the XLoader API token. Idempotent, so it may run on every sync.
import { Job } from "kubernetes-models/batch/v1/Job";
import { CKAN_IMAGE, NAMES } from "../config/stack.ts";
import { syncWave, SYNC_HOOK, SYNC_WAVES } from "../lib/argocd.ts";
import { labels } from "../lib/labels.ts";
import { podTemplate } from "../lib/workload.ts";
import { ckanContainer, ckanPodAnnotations, ckanVolumes } from "./ckan-pod.ts";
import type { Component, StackContext } from "./component.ts";

/** The script waits up to 5 minutes for PostgreSQL and Solr; migrations of a large site take longer. */
export const BOOTSTRAP_DEADLINE_SECONDS = 1800;

const RUNS_TO_COMPLETION = "a run-to-completion pod serves nothing; activeDeadlineSeconds bounds it";

export function bootstrapComponent(context: StackContext): Component {
  const identity = { name: NAMES.bootstrapJob, component: "bootstrap", version: context.versions.ckan };
  const job = new Job({
    metadata: {
      // A fixed name: Argo CD re-creates it on each sync (BeforeHookCreation), and a random one would
      // leave the application permanently out of sync.
      name: NAMES.bootstrapJob,
      labels: labels(identity),
      annotations: {
        ...syncWave(SYNC_WAVES.bootstrap),
        ...SYNC_HOOK,
        "ignore-check.kube-linter.io/no-liveness-probe": RUNS_TO_COMPLETION,
        "ignore-check.kube-linter.io/no-readiness-probe": RUNS_TO_COMPLETION,
      },
    },
    spec: {
      backoffLimit: 3,
      template: podTemplate({
        identity,
        annotations: ckanPodAnnotations(context),
        restartPolicy: "Never",
        // Also moves the pod into the Terminating quota scope, which the sandbox budgets separately.
        activeDeadlineSeconds: BOOTSTRAP_DEADLINE_SECONDS,
        containers: [
          ckanContainer(
            context,
            { name: "bootstrap", command: CKAN_IMAGE.commands.bootstrap },
            context.settings.sizes.bootstrap,
          ),
        ],
        volumes: ckanVolumes(context, "scratch"),
      }),
    },
  });
  return {
    name: "bootstrap",
    description: "Once-per-release Job: migrations, DataStore permissions, sysadmin, XLoader token",
    objects: [job],
  };
}
