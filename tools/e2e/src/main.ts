#!/usr/bin/env node
// npm run e2e: boots the rendered sandbox configuration with real CKAN, XLoader, DataStore, PostgreSQL,
// Redis and Solr on this host, drives it through the API, then tests the Government of Canada theme
// (pytest and a browser), and stops everything it started.
//   --set <configmap-or-secret>.<KEY>=<value>   change a rendered value first (repeatable)
//   --keep                                      keep the scratch directory
//   --theme-only                                only the theme's tests (npm run e2e:theme)
//   --external                                  PostgreSQL, Solr and Redis `provider: external` on other
//                                               addresses; the API journey only (external-services.ts)
import { parseArgs } from "node:util";
import { withHostStack } from "./host-stack.ts";
import { runExternalScenario, runScenario } from "./scenario.ts";
import { runThemeTests } from "./theme.ts";

const { values } = parseArgs({
  options: {
    set: { type: "string", multiple: true, default: [] },
    keep: { type: "boolean", default: false },
    "theme-only": { type: "boolean", default: false },
    external: { type: "boolean", default: false },
  },
});

await withHostStack({ set: values.set, keep: values.keep, external: values.external }, async (stack) => {
  if (values.external) return runExternalScenario(stack);
  if (!values["theme-only"]) await runScenario(stack);
  await runThemeTests(stack);
});
