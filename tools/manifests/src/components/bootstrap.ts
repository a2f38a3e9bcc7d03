// The bootstrap Job: what must happen once per release, before the web rolls out — database migrations,
// DataStore permissions, the sysadmin and the XLoader API token. Idempotent, so it may run on every sync.
import { CKAN_IMAGE, NAMES } from "../config/layout.ts";
import { SYNC_WAVES } from "../lib/argocd.ts";
import { syncHookJob } from "../lib/workload.ts";
import { ckanContainer, ckanPodAnnotations, ckanVolumes } from "./ckan-pod.ts";
import { type Component, type StackContext, pinnedVersion } from "./component.ts";

/** The script waits up to 5 minutes for PostgreSQL and Solr; migrations of a large site take longer. */
export const BOOTSTRAP_DEADLINE_SECONDS = 1800;

export function bootstrapComponent(context: StackContext): Component {
  const identity = {
    name: NAMES.bootstrapJob,
    component: "bootstrap",
    version: pinnedVersion(context, "ckan"),
  };
  const job = syncHookJob({
    identity,
    wave: SYNC_WAVES.bootstrap,
    annotations: ckanPodAnnotations(context),
    activeDeadlineSeconds: BOOTSTRAP_DEADLINE_SECONDS,
    containers: [
      ckanContainer(
        context,
        { name: "bootstrap", command: CKAN_IMAGE.commands.bootstrap },
        context.settings.sizes.bootstrap,
      ),
    ],
    volumes: ckanVolumes(context, "scratch", "other"),
  });
  return {
    name: "bootstrap",
    description: "Once-per-release Job: migrations, DataStore permissions, sysadmin, XLoader token",
    objects: [job],
  };
}
