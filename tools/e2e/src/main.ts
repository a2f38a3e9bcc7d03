#!/usr/bin/env node
// npm run e2e: boots the rendered sandbox configuration with real CKAN, XLoader, DataStore, PostgreSQL,
// Redis and Solr on this host, drives it through the API, sends mail through a real SMTP server, then
// tests the Government of Canada theme (pytest and a browser), and stops everything it started.
//   --set <configmap-or-secret>.<KEY>=<value>   change a rendered value first (repeatable)
//   --keep                                      keep the scratch directory
//   --theme-only                                only the theme's tests (npm run e2e:theme)
//   --mail-only                                 only the mail tests
import { parseArgs } from "node:util";
import { withHostStack } from "./host-stack.ts";
import { provideMailPassword, runMailTests, withTestMail } from "./mail.ts";
import { runScenario } from "./scenario.ts";
import { runThemeTests } from "./theme.ts";

const { values } = parseArgs({
  options: {
    set: { type: "string", multiple: true, default: [] },
    keep: { type: "boolean", default: false },
    "theme-only": { type: "boolean", default: false },
    "mail-only": { type: "boolean", default: false },
  },
});

// The sandbox's settings with ckan.mail pointed at the test's SMTP server, rendered by `npm run render`.
const mailPassword = provideMailPassword();
await withHostStack({ set: values.set, keep: values.keep, settings: withTestMail }, async (stack) => {
  const only = values["theme-only"] || values["mail-only"];
  if (!only) await runScenario(stack);
  if (!values["theme-only"]) await runMailTests(stack, mailPassword);
  if (!values["mail-only"]) await runThemeTests(stack);
});
