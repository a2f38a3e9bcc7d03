#!/usr/bin/env node
// npm run e2e: boots the rendered sandbox configuration with real CKAN, XLoader, DataStore, PostgreSQL,
// Redis and Solr on this host, drives it through the API, sends mail through a real SMTP server, then
// tests the Government of Canada theme (pytest and a browser), and stops everything it started.
//   --set <configmap-or-secret>.<KEY>=<value>   change a rendered value first (repeatable)
//   --keep                                      keep the scratch directory
//   --theme-only                                only the theme's tests (npm run e2e:theme)
//   --config-only                               only the ckan.config and ckan.plugins checks (npm run e2e:config)
//   --mail-only                                 only the mail tests
//   --external                                  PostgreSQL, Solr and Redis `provider: external` on other
//                                               addresses; the API journey only (external-services.ts)
//   --worker-queues                             only ckan.workerQueues: the sandbox with a second queue
//                                               for XLoader, one worker process per queue (npm run e2e:queues)
// The sandbox settings are booted with a few ckan.config keys and plugin changes (ckan-config-checks.ts)
// and ckan.mail pointed at the test's SMTP server (mail.ts), rendered by `npm run render`; first, the
// committed catalogue of CKAN's declarations must match the pinned CKAN's.
import { parseArgs } from "node:util";
import { phase } from "./api-journey.ts";
import { checkCatalogue } from "./ckan-config-catalogue.ts";
import { runConfigChecks, withConfigProof } from "./ckan-config-checks.ts";
import { withHostStack } from "./host-stack.ts";
import { withExternalServices } from "./external-services.ts";
import { provideMailPassword, runMailTests, withTestMail } from "./mail.ts";
import { runExternalScenario, runScenario } from "./scenario.ts";
import { runThemeTests } from "./theme.ts";
import { runWorkerQueuesScenario, withWorkerQueue } from "./worker-queues.ts";

const { values } = parseArgs({
  options: {
    set: { type: "string", multiple: true, default: [] },
    keep: { type: "boolean", default: false },
    "theme-only": { type: "boolean", default: false },
    "config-only": { type: "boolean", default: false },
    "mail-only": { type: "boolean", default: false },
    external: { type: "boolean", default: false },
    "worker-queues": { type: "boolean", default: false },
  },
});

try {
  await phase("the catalogue of CKAN's config declarations matches the pinned CKAN", () =>
    checkCatalogue((line) => console.log(`  ${line}`)),
  );
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
const mailPassword = provideMailPassword();
const settings = values.external
  ? withExternalServices
  : values["worker-queues"]
    ? withWorkerQueue
    : (text: string) => withTestMail(withConfigProof(text));
const boot = {
  set: values.set,
  keep: values.keep,
  settings,
  external: values.external,
  bootstrapTwice: !values["worker-queues"],
};
await withHostStack(boot, async (stack) => {
  if (values.external) return runExternalScenario(stack);
  if (values["worker-queues"]) return runWorkerQueuesScenario(stack);
  const only = values["theme-only"] || values["config-only"] || values["mail-only"];
  if (!only || values["config-only"]) await runConfigChecks(stack);
  if (!only) await runScenario(stack);
  if (!only || values["mail-only"]) await runMailTests(stack, mailPassword);
  if (!only || values["theme-only"]) await runThemeTests(stack);
});
