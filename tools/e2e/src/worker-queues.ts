// ckan.workerQueues on the host stack: the sandbox's settings with a second queue that XLoader enqueues
// on, rendered like any environment; the stack starts one worker process per rendered worker Deployment,
// from its command and arguments. An XLoader load must be run by the `bulk` worker, a default-queue job
// by `ckan-worker`, and Redis must list each worker on its own queue only.
import { execFile } from "node:child_process";
import path from "node:path";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { NAMES } from "@ckan-openshift/manifests/stack";
import { parseDocument } from "yaml";
import { check, csv, upload, waitForLoad } from "./api-journey.ts";
import { ckanCli } from "./ckan.ts";
import { workerProcess, type HostStack } from "./host-stack.ts";
import { waitFor } from "./processes.ts";
import { containerOf, setting } from "./rendered.ts";

const run = promisify(execFile);
export const QUEUE = "bulk";
const QUEUE_WORKER = `${NAMES.worker}-${QUEUE}`;

/**
 * The sandbox's settings with a `bulk` queue for XLoader (the settings edit for BootOptions), rendered like
 * any environment by the real CLI (quota and gate included). The Developer Sandbox's 15Gi of ephemeral
 * storage has no room for a second worker Deployment (each worker pod reserves /tmp for two of XLoader's
 * largest files, its rollout's surge pod too), so they are rendered for platform `openshift`: the same
 * pods and processes, another quota.
 */
export function withWorkerQueue(text: string): string {
  const document = parseDocument(text);
  document.set("platform", "openshift");
  document.setIn(
    ["ckan", "workerQueues"],
    [{ name: QUEUE, replicas: 1, size: { cpu: "200m", memory: "512Mi", memoryLimit: "1Gi" }, xloader: true }],
  );
  return document.toString();
}

/** The RQ queues each registered worker listens on, as Redis holds them (RQ's own view, in the venv). */
async function rqWorkerQueues(venv: string, redisUrl: string): Promise<string[][]> {
  const script = [
    "import json, os, redis, rq",
    "connection = redis.Redis.from_url(os.environ['CKAN_REDIS_URL'])",
    "print(json.dumps([w.queue_names() for w in rq.Worker.all(connection=connection)]))",
  ].join("\n");
  const { stdout } = await run(path.join(venv, "bin/python"), ["-c", script], {
    env: { CKAN_REDIS_URL: redisUrl },
  });
  return JSON.parse(stdout) as string[][];
}

/** Whether a worker's log has ckan.lib.jobs' line for finishing job `id` taken from `queue`. */
const finished = (log: string, id: string, queue: string) =>
  log
    .split("\n")
    .some((line) => line.includes(`has finished job ${id} `) && line.endsWith(`from queue "${queue}"`));

export async function runWorkerQueuesScenario(stack: HostStack): Promise<void> {
  const { phase, supervisor, host } = stack;
  const web = containerOf(stack.stack, "ckan");
  const worker = containerOf(stack.stack, NAMES.worker);
  const bulk = containerOf(stack.stack, QUEUE_WORKER);
  const siteId = web.env.CKAN_SITE_ID!;
  const rqQueue = (queue: string) => `ckan:${siteId}:${queue}`;
  const log = (name: string) => readFile(supervisor.logFile(workerProcess(name)), "utf8");

  await phase(`each worker Deployment's process serves its own queue (Redis: rq:workers)`, async () => {
    check(
      JSON.stringify(worker.args) === '["default"]' && JSON.stringify(bulk.args) === `["${QUEUE}"]`,
      `the rendered workers' args are ${JSON.stringify(worker.args)} and ${JSON.stringify(bulk.args)}`,
    );
    const queues = (await rqWorkerQueues(host.venv, worker.env.CKAN_REDIS_URL!))
      .map((q) => q.join(" "))
      .sort();
    check(
      JSON.stringify(queues) === JSON.stringify([rqQueue("default"), rqQueue(QUEUE)].sort()),
      `Redis lists workers on ${JSON.stringify(queues)}; expected one on ${rqQueue("default")} and one on ${rqQueue(QUEUE)}`,
    );
  });

  const api = stack.api.withToken(await stack.sysadminToken());
  await phase(`an XLoader load is enqueued on ${QUEUE} and run by ${QUEUE_WORKER}`, async () => {
    await api.action("organization_create", { name: "e2e-queues", title: "Queues" });
    await api.action("package_create", { name: "e2e-queues-cities", owner_org: "e2e-queues" });
    const resourceId = await upload(api, "e2e-queues-cities", "cities.csv", csv(50));
    await waitForLoad(api, resourceId, 120, () =>
      [
        `  XLoader enqueues on ${setting(web, "CKANEXT__XLOADER__QUEUE_NAMES")}`,
        `  ${QUEUE_WORKER} log:\n${supervisor.tail(workerProcess(QUEUE_WORKER), 15)}`,
      ].join("\n"),
    );
    const { job_id: jobId } = await api.action<{ job_id: string }>("xloader_status", {
      resource_id: resourceId,
    });
    check(Boolean(jobId), "xloader_status names no job");
    check(
      finished(await log(QUEUE_WORKER), jobId, QUEUE),
      `${QUEUE_WORKER}'s log does not say it finished XLoader's job ${jobId} from queue ${QUEUE}`,
    );
    check(!(await log(NAMES.worker)).includes(jobId), `${NAMES.worker} ran XLoader's job ${jobId}`);
  });

  await phase(`a default-queue job still runs on ${NAMES.worker} (ckan jobs test)`, async () => {
    const output = await ckanCli(host, web, "web", ["jobs", "test"]);
    const jobId = /Added test job ([0-9a-f-]{36}) to queue "default"/.exec(output)?.[1];
    check(jobId !== undefined, `ckan jobs test printed no job id: ${output}`);
    await waitFor(`${NAMES.worker} to finish test job ${jobId}`, 60, async () =>
      finished(await log(NAMES.worker), jobId, "default") ? true : undefined,
    );
    check(!(await log(QUEUE_WORKER)).includes(jobId), `${QUEUE_WORKER} ran the default queue's job ${jobId}`);
  });
}
