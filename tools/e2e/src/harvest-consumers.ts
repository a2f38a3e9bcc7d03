// The harvest queue consumers, started as the rendered gather and fetch Deployments start them, with
// their exec probes passing: the SDI journey harvests through them, the drills check that they stay up.
import { NAMES } from "@ckan-openshift/manifests/stack";
import { execProbe, startWorker } from "./ckan.ts";
import type { HostStack } from "./host-stack.ts";
import { waitFor } from "./processes.ts";
import { containerOf, setting } from "./rendered.ts";

/** Process name → rendered Deployment. */
export const HARVEST_CONSUMERS = {
  "harvest-gather": NAMES.harvestGather,
  "harvest-fetch": NAMES.harvestFetch,
} as const;
export type HarvestConsumer = keyof typeof HARVEST_CONSUMERS;

/** Starts one consumer with the stack's release (no wait). */
export async function startHarvestConsumer(context: HostStack, name: HarvestConsumer): Promise<void> {
  const container = containerOf(context.stack, HARVEST_CONSUMERS[name]);
  await startWorker(context.host, context.supervisor, container, name);
}

/** Starts both consumers and waits for their probes; the error names the queue settings. */
export async function startHarvestConsumers(context: HostStack): Promise<void> {
  const { host, supervisor } = context;
  for (const name of Object.keys(HARVEST_CONSUMERS) as HarvestConsumer[])
    await startHarvestConsumer(context, name);
  for (const [name, workload] of Object.entries(HARVEST_CONSUMERS)) {
    const container = containerOf(context.stack, workload);
    try {
      await waitFor(`the ${name} consumer's probe`, 180, async () => {
        if (!supervisor.isRunning(name)) throw new Error(`${name} exited:\n${supervisor.tail(name)}`);
        return (await execProbe(host, container, name)) ? true : undefined;
      });
    } catch (error) {
      throw new Error(
        `${container.workload} is not consuming: ${(error as Error).message}\n` +
          `  It queues on ${setting(container, "CKAN__HARVEST__MQ__TYPE")} at ${setting(container, "CKAN_REDIS_URL")}.`,
        { cause: error },
      );
    }
  }
}

export async function stopHarvestConsumers(context: HostStack): Promise<void> {
  await Promise.all(Object.keys(HARVEST_CONSUMERS).map((name) => context.supervisor.stop(name)));
}
