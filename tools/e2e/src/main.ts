#!/usr/bin/env node
// npm run e2e: boots the rendered sandbox configuration with real CKAN, XLoader, DataStore, PostgreSQL,
// Redis and Solr on this host, drives it through the API, then tests the Government of Canada theme
// (pytest and a browser), and stops everything it started.
//   --set <configmap-or-secret>.<KEY>=<value>   change a rendered value first (repeatable)
//   --keep                                      keep the scratch directory
//   --theme-only                                only the theme's tests (npm run e2e:theme)
//   --worker-queues                             only ckan.workerQueues: the sandbox with a second queue
//                                               for XLoader, one worker process per queue (npm run e2e:queues)
import { parseArgs } from "node:util";
import { withHostStack, withScratch, startHostStack, REPO } from "./host-stack.ts";
import { runScenario } from "./scenario.ts";
import { runThemeTests } from "./theme.ts";
import { runWorkerQueuesScenario, workspaceWithQueue } from "./worker-queues.ts";

const { values } = parseArgs({
  options: {
    set: { type: "string", multiple: true, default: [] },
    keep: { type: "boolean", default: false },
    "theme-only": { type: "boolean", default: false },
    "worker-queues": { type: "boolean", default: false },
  },
});

if (values["worker-queues"]) {
  await withScratch({ keep: values.keep }, async (scratch, supervisor) => {
    const workspace = await workspaceWithQueue(scratch);
    const stack = await startHostStack({ repo: REPO, scratch }, supervisor, {
      set: values.set,
      workspace,
      bootstrapTwice: false,
    });
    await runWorkerQueuesScenario(stack);
  });
} else {
  await withHostStack({ set: values.set, keep: values.keep }, async (stack) => {
    if (!values["theme-only"]) await runScenario(stack);
    await runThemeTests(stack);
  });
}
