#!/usr/bin/env node
// npm run e2e: boots the rendered sandbox configuration with real CKAN, XLoader, DataStore, PostgreSQL,
// Redis and Solr on this host, drives it through the API, and stops everything it started.
//   --set <configmap-or-secret>.<KEY>=<value>   change a rendered value first (repeatable)
//   --keep                                      keep the scratch directory
import { parseArgs } from "node:util";
import { withHostStack } from "./host-stack.ts";
import { runScenario } from "./scenario.ts";

const { values } = parseArgs({
  options: {
    set: { type: "string", multiple: true, default: [] },
    keep: { type: "boolean", default: false },
  },
});

await withHostStack({ set: values.set, keep: values.keep }, runScenario);
