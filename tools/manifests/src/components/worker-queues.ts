// The job queues and the worker Deployments that serve them (`ckan.workerQueues`): their names, for the
// workers themselves (ckan-worker.ts), XLoader's setting (config.ts) and the NetworkPolicies (network.ts).
import { CKAN_IMAGE, NAMES } from "../config/layout.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";

/** The queue `ckan-worker` serves, CKAN's and XLoader's default. */
export const DEFAULT_QUEUE = CKAN_IMAGE.workerQueues[0];

/** The Deployment that serves a queue: `ckan-worker` for the default one, `ckan-worker-<queue>` else. */
export const workerName = (queue: string): string =>
  queue === DEFAULT_QUEUE ? NAMES.worker : `${NAMES.worker}-${queue}`;

/** Every worker Deployment's name, the default queue's first. */
export const workerNames = (settings: EnvironmentSettings): string[] => [
  NAMES.worker,
  ...settings.ckan.workerQueues.map((queue) => workerName(queue.name)),
];

/** `ckanext.xloader.queue_names`: the queues marked `xloader`, or none set (XLoader's default, `default`). */
export function xloaderQueueNames(settings: EnvironmentSettings): string | undefined {
  const queues = settings.ckan.workerQueues.filter((queue) => queue.xloader).map((queue) => queue.name);
  return queues.length > 0 ? queues.join(" ") : undefined;
}
