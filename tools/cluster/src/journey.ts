#!/usr/bin/env node
// The user's journey against the sandbox running in the local cluster, through the `ckan` Service's
// cluster IP. Runs inside the node's network namespace (main.ts starts it with `nsenter --net`), where
// kube-proxy's rules route Service addresses as they would for another pod.
//   journey.ts --namespace <ns> --base-url http://<cluster IP>:<port>
// Then the pods are deleted in the middle of a load: the uploads must still be on the volume and every
// row must reach the DataStore. Tokens are made inside the web pod and never printed.
import { parseArgs } from "node:util";
import {
  check,
  CkanApi,
  csv,
  dataJourney,
  phase,
  seconds,
  upload,
  waitFor,
  type XloaderStatus,
} from "@ckan-openshift/e2e";
import { kubectl } from "./kube.ts";
import * as pods from "./pods.ts";

const { values } = parseArgs({ options: { namespace: { type: "string" }, "base-url": { type: "string" } } });
const namespace = values.namespace;
const baseUrl = values["base-url"];
if (!namespace || !baseUrl) {
  console.error("usage: journey.ts --namespace <ns> --base-url <url>");
  process.exit(2);
}

const inPod = (workload: string, script: string) => pods.inPod(namespace, workload, script);
const logsOf = (workload: string) => pods.logsOf(namespace, workload);
const sysadminToken = () => pods.sysadminToken(namespace, "cluster-tier");

/** Deletes the pods of a Deployment (as a node drain or an eviction would) without waiting. */
async function deletePods(deployment: string): Promise<string[]> {
  const selector = (
    await kubectl`kubectl get deployment/${deployment} -n ${namespace} -o jsonpath={.spec.selector.matchLabels}`
  ).stdout;
  const labels = Object.entries(JSON.parse(selector) as Record<string, string>)
    .map(([key, value]) => `${key}=${value}`)
    .join(",");
  const names = (await kubectl`kubectl get pods -n ${namespace} -l ${labels} -o name`).stdout
    .trim()
    .split("\n");
  await kubectl`kubectl delete -n ${namespace} ${names} --wait=false`;
  return names;
}

async function rollout(deployment: string): Promise<void> {
  await kubectl`kubectl rollout status -n ${namespace} deployment/${deployment} --timeout=600s`;
}

const started = performance.now();
try {
  const { api, resourceId } = await dataJourney({
    api: new CkanApi(baseUrl),
    phase,
    sysadminToken,
    hints: {
      plugins: () => "CKAN__PLUGINS in ConfigMap ckan-config",
      solr: () => "CKAN_SOLR_URL in ConfigMap ckan-config; kubectl logs statefulset/solr",
      xloader: () => "kubectl logs deployment/ckan-worker",
    },
  }).catch(async (error: Error) => {
    if (/XLoader/.test(error.message)) error.message += `\n${await logsOf("deployment/ckan-worker")}`;
    throw error;
  });

  await phase("the DataStore read-only user cannot write (psql in the web pod)", async () => {
    const psql = (sql: string) =>
      inPod(
        "deployment/ckan",
        `psql -X -v ON_ERROR_STOP=1 -qtA "$CKAN_DATASTORE_READ_URL" -c '${sql.replaceAll("'", "'\\''")}' 2>&1; echo "exit=$?"`,
      );
    const read = await psql(`SELECT count(*) FROM "${resourceId}"`);
    check(/^5\n/.test(read) && /exit=0/.test(read), `the read-only user reads: ${read.trim()}`);
    for (const sql of [
      `INSERT INTO "${resourceId}" (city) VALUES ('intruder')`,
      "CREATE TABLE intruder (id int)",
    ]) {
      const out = await psql(sql);
      check(
        /permission denied/.test(out) && !/exit=0/.test(out),
        `the read-only user could run: ${sql}: ${out.trim()}`,
      );
    }
  });

  const small = csv(5);
  await phase("delete the web and worker pods in the middle of a load: nothing lost", async () => {
    const rows = 200_000;
    const bigId = await upload(api, "e2e-cities", "cities-large.csv", csv(rows));
    await waitFor("the large load to start", 180, async () => {
      const { status } = await api.action<XloaderStatus>("xloader_status", { resource_id: bigId });
      if (status === "complete")
        throw new Error(`the ${rows}-row load ended before the pods were deleted: use more rows`);
      return status === "running" ? true : undefined;
    });
    const deleted = [...(await deletePods("ckan-worker")), ...(await deletePods("ckan"))];
    process.stdout.write(`  deleted ${deleted.join(", ")}\n`);
    await rollout("ckan");
    await rollout("ckan-worker");
    await waitFor(
      "the web Service to answer again",
      300,
      async () =>
        await api.action("status_show").then(
          () => true,
          () => undefined,
        ),
    );
    await waitFor(`XLoader to finish the ${rows}-row load`, 900, async () => {
      const { status } = await api.action<XloaderStatus>("xloader_status", { resource_id: bigId });
      return status === "complete" ? true : undefined;
    }).catch(async (error: Error) => {
      throw new Error(`${error.message}\n  worker log:\n${await logsOf("deployment/ckan-worker")}`);
    });
    const { total } = await api.action<{ total: number }>("datastore_search", {
      resource_id: bigId,
      limit: 0,
    });
    check(total === rows, `after the pods were deleted the DataStore has ${total} of ${rows} rows`);

    const resource = await api.action<{ url: string }>("resource_show", { id: resourceId });
    const download = new URL(resource.url);
    const response = await api.get(download.pathname);
    const body = await response.text();
    check(
      response.status === 200 && body === small,
      `the upload ${download.pathname} is not on the volume after the web pod was replaced (HTTP ${response.status}, ${body.length} bytes)`,
    );
    const me = await api.action<{ name: string }>("user_show", { id: "ckan_admin" }).catch(() => undefined);
    check(me !== undefined, "the API token no longer works after the web pod was replaced");
  });
  console.log(`✓ the journey passed through ${baseUrl} in ${seconds(started)}`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
