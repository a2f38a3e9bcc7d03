#!/usr/bin/env node
// npm run doctor -- <environment> [--json] [--context <name>]: read-only checks of the cluster an
// environment deploys to, with the user's own credentials (KUBECONFIG, as `oc login` leaves it). One
// line per check (✓ passed, ✗ failed with its fix, - skipped with why); exit 1 on any ✗.
import { homedir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { kustomizeBuild } from "@ckan-openshift/manifests/kustomize";
import { connectionFrom, Discovery, KubeApiError } from "@ckan-openshift/manifests/kube-api";
import { loadSettings, SettingsError } from "@ckan-openshift/manifests/settings";
import type { Check, DoctorContext, Obj, Result } from "./check.ts";
import { argocdCheck } from "./checks/argocd.ts";
import { crdCheck } from "./checks/crds.ts";
import { imageCheck } from "./checks/images.ts";
import { namespaceCheck } from "./checks/namespace.ts";
import { quotaCheck } from "./checks/quota.ts";
import { sealedSecretCheck } from "./checks/sealed-secrets.ts";
import { secretCheck } from "./checks/secrets.ts";
import { storageCheck } from "./checks/storage.ts";

const USAGE = `usage: npm run doctor -- <environment> [--json] [--context <kubeconfig context>]
  Read-only checks of the environment's cluster and namespace: namespace, quota and LimitRange,
  the kinds the overlay needs, StorageClasses, Secrets (key names only), SealedSecrets, Argo CD,
  and the pinned images. Exit codes: 0 no failure, 1 a check failed, 2 usage.`;

function usage(message: string): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      context: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      workspace: { type: "string", default: path.resolve(import.meta.dirname, "../../..") },
    },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1)
  usage(
    positionals.length === 0
      ? "name the environment (environments/<name>.yaml)"
      : `one environment at a time, not ${positionals.join(" ")}`,
  );
const environment = positionals[0]!;
const workspace = path.resolve(values.workspace);

function checks(): Check[] {
  return [
    namespaceCheck,
    quotaCheck,
    crdCheck,
    storageCheck,
    secretCheck,
    sealedSecretCheck,
    argocdCheck(workspace),
    imageCheck,
  ];
}

const SYMBOL = { ok: "✓", fail: "✗", skipped: "-" } as const;

async function main(): Promise<number> {
  const settings = await loadSettings(workspace, environment);
  const overlay = path.join(workspace, "manifests/overlays", environment);
  const objects = (await kustomizeBuild(overlay)) as Obj[];
  const kubeconfig =
    process.env.KUBECONFIG?.split(path.delimiter)[0] || path.join(homedir(), ".kube", "config");
  const connection = connectionFrom(kubeconfig, values.context);
  const discovery = await Discovery.of(connection);
  const context: DoctorContext = { environment, settings, objects, connection, discovery };
  const results: Result[] = [];
  for (const check of checks()) results.push(...(await check(context)));
  const failed = results.filter((result) => result.outcome === "fail").length;
  if (values.json) {
    console.log(
      JSON.stringify({ environment, server: connection.server, ok: failed === 0, results }, null, 2),
    );
  } else {
    console.log(`doctor: ${environment} on ${connection.server} (namespace ${settings.namespace})`);
    for (const result of results) {
      console.log(`${SYMBOL[result.outcome]} ${result.check}: ${result.message}`);
      if (result.fix && result.outcome !== "ok")
        console.log(`    ${result.outcome === "fail" ? "fix" : "to run it"}: ${result.fix}`);
    }
    const skippedCount = results.filter((result) => result.outcome === "skipped").length;
    console.log(
      `${failed === 0 ? "✓" : "✗"} ${results.length - failed - skippedCount} passed, ${failed} failed, ${skippedCount} skipped`,
    );
  }
  return failed === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof SettingsError) console.error(`✗ invalid settings:\n${error.message}`);
  else if (error instanceof KubeApiError) console.error(`✗ ${error.message}`);
  else console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
