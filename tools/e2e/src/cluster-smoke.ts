#!/usr/bin/env node
// The API journey of the host tier (api-journey.ts) against CKAN running in a cluster, reached through a
// port-forward: the kind job of .github/workflows/e2e-kind.yml runs it.
//   usage: node tools/e2e/src/cluster-smoke.ts --base-url http://127.0.0.1:5000 --namespace <ns> [--context <kube-context>]
// The sysadmin token is made inside the web pod (`ckan user token add`), as an operator would, and never printed.
import { execFile } from "node:child_process";
import { parseArgs, promisify } from "node:util";
import { CkanApi } from "./api.ts";
import { dataJourney, phase, seconds } from "./api-journey.ts";

const run = promisify(execFile);

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    namespace: { type: "string" },
    context: { type: "string" },
  },
});
const baseUrl = values["base-url"];
const namespace = values.namespace;
if (!baseUrl || !namespace) {
  console.error(
    "usage: cluster-smoke.ts --base-url <url> --namespace <namespace> [--context <kube-context>]",
  );
  process.exit(2);
}

const kubectl = (...args: string[]) =>
  run(
    "kubectl",
    [...(values.context ? ["--context", values.context] : []), "--namespace", namespace, ...args],
    {
      maxBuffer: 16 * 2 ** 20,
    },
  );
const workloadLogs = async (workload: string) =>
  (
    await kubectl("logs", workload, "--tail=15").catch((error: { stderr?: string }) => ({
      stdout: error.stderr ?? "",
    }))
  ).stdout;

/** A token for the sysadmin the bootstrap Job made; the pod's own environment names the config and user. */
async function sysadminToken(): Promise<string> {
  const { stdout } = await kubectl(
    "exec",
    "deployment/ckan",
    "--",
    "sh",
    "-c",
    'ckan -c "$CKAN_INI" user token add "$CKAN_SYSADMIN_NAME" cluster-smoke',
  );
  const match = /\b(eyJ[\w-]+\.[\w-]+\.[\w-]+)\b/.exec(stdout);
  if (!match) throw new Error("ckan user token add printed no token");
  return match[1]!;
}

const started = performance.now();
try {
  await dataJourney({
    api: new CkanApi(baseUrl),
    phase,
    sysadminToken,
    hints: {
      plugins: () => "CKAN__PLUGINS in ConfigMap ckan-config",
      solr: () => "CKAN_SOLR_URL in ConfigMap ckan-config; kubectl logs statefulset/solr",
      xloader: () => `  kubectl logs deployment/ckan-worker (last lines follow)`,
    },
  }).catch(async (error: Error) => {
    if (/XLoader/.test(error.message)) error.message += `\n${await workloadLogs("deployment/ckan-worker")}`;
    throw error;
  });
  console.log(`✓ the API journey passed against ${baseUrl} in ${seconds(started)}`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
