// What a user does with the stack, through the API, each check failing with the setting to look at.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CkanApi, isLoggedIn, logIn } from "./api.ts";
import { execProbe, startWeb, startWorker, waitForWeb } from "./ckan.ts";
import type { HostStack } from "./host-stack.ts";
import { waitFor } from "./processes.ts";
import { containerOf, type RenderedContainer } from "./rendered.ts";

const run = promisify(execFile);

type ScenarioContext = HostStack;

/** Names a setting and its rendered value, for failure messages. */
export function setting(container: RenderedContainer, name: string): string {
  const value = container.env[name] ?? "(unset)";
  const shown = /PASSWORD|SECRET|_URL$|URI$/.test(name)
    ? value.replace(/\/\/([^:@/]*):[^@]*@/, "//$1:***@")
    : value;
  return `${name}=${shown} (from ${container.envSource[name] ?? "nowhere"})`;
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

interface XloaderStatus {
  status: string;
  error?: unknown;
}

async function waitForXloader(
  context: ScenarioContext,
  api: CkanApi,
  resourceId: string,
  timeoutSeconds: number,
  workerName = "worker",
) {
  const worker = containerOf(context.stack, "ckan-worker");
  let last: XloaderStatus | undefined;
  try {
    await waitFor("XLoader to load the resource", timeoutSeconds, async () => {
      last = await api.action<XloaderStatus>("xloader_status", { resource_id: resourceId });
      if (last.status === "error") throw new Error(`job error: ${JSON.stringify(last.error)}`);
      return last.status === "complete" ? true : undefined;
    });
  } catch (error) {
    throw new Error(
      `XLoader did not load resource ${resourceId} (last status ${last?.status ?? "none"}): ${(error as Error).message}\n` +
        `  The worker downloads the file and calls back through ${setting(worker, "CKANEXT__XLOADER__SITE_URL")};\n` +
        `  it writes with ${setting(worker, "CKAN_DATASTORE_WRITE_URL")} and queues on ${setting(worker, "CKAN_REDIS_URL")}.\n` +
        `  worker log:\n${context.supervisor.tail(workerName, 15)}`,
      { cause: error },
    );
  }
}

/** A CSV of `rows` cities: id, name, population and a date. */
export function csv(rows: number): string {
  const lines = ["id,city,population,measured_on"];
  for (let i = 1; i <= rows; i++)
    lines.push(`${i},city-${i},${1000 + i},2024-01-${String((i % 28) + 1).padStart(2, "0")}`);
  return `${lines.join("\n")}\n`;
}

/** Uploads a CSV as a new resource of the dataset (multipart, as the web form does). */
export async function upload(
  api: CkanApi,
  packageId: string,
  name: string,
  content: string,
): Promise<string> {
  const form = new FormData();
  form.set("package_id", packageId);
  form.set("name", name);
  form.set("format", "CSV");
  form.set("upload", new Blob([content], { type: "text/csv" }), name);
  return (await api.action<{ id: string }>("resource_create", form)).id;
}

export async function runScenario(context: ScenarioContext): Promise<void> {
  const { stack, host, supervisor, phase } = context;
  const web = containerOf(stack, "ckan");
  const worker = containerOf(stack, "ckan-worker");

  await phase("status_show through the web Service", async () => {
    const result = await context.api.action<{ ckan_version: string; extensions: string[] }>("status_show");
    check(
      result.extensions.includes("datastore") && result.extensions.includes("xloader"),
      `datastore and xloader must be enabled: ${setting(web, "CKAN__PLUGINS")}`,
    );
  });

  const token = await phase(
    "a sysadmin API token (ckan user token add, as an operator would)",
    context.sysadminToken,
  );
  const api = context.api.withToken(token);

  const small = csv(5);
  const resourceId = await phase("organisation, dataset and a CSV upload (multipart)", async () => {
    await api.action("organization_create", { name: "e2e-org", title: "End-to-end" });
    await api.action("package_create", {
      name: "e2e-cities",
      title: "Cities",
      owner_org: "e2e-org",
      notes: "populations",
    });
    return upload(api, "e2e-cities", "cities.csv", small);
  });

  await phase("XLoader loads the CSV into the DataStore", () => waitForXloader(context, api, resourceId, 60));

  await phase("datastore_search returns the rows, values and types", async () => {
    const result = await api.action<{
      total: number;
      fields: { id: string; type: string }[];
      records: Record<string, unknown>[];
    }>("datastore_search", { resource_id: resourceId, sort: "_id" });
    check(result.total === 5, `expected 5 rows, DataStore has ${result.total}`);
    const fields = Object.fromEntries(result.fields.map((field) => [field.id, field.type]));
    check(
      JSON.stringify(fields) ===
        JSON.stringify({ _id: "int", id: "text", city: "text", population: "text", measured_on: "text" }),
      `unexpected DataStore column types ${JSON.stringify(fields)}`,
    );
    const first = result.records[0]!;
    check(
      first.city === "city-1" && first.population === "1001" && first.measured_on === "2024-01-02",
      `row 1 is ${JSON.stringify(first)}`,
    );
  });

  await phase("package_search finds the dataset (Solr)", async () => {
    const result = await api.action<{ count: number; results: { name: string }[] }>("package_search", {
      q: "populations",
    });
    check(
      result.count === 1 && result.results[0]!.name === "e2e-cities",
      `package_search found ${result.count} dataset(s); Solr is ${setting(web, "CKAN_SOLR_URL")}`,
    );
  });

  await phase("the DataStore read-only user cannot write", async () => {
    const url = web.env.CKAN_DATASTORE_READ_URL!;
    const psql = (sql: string) => run("psql", ["-X", "-v", "ON_ERROR_STOP=1", "-qtAc", sql, url]);
    const { stdout } = await psql(`SELECT count(*) FROM "${resourceId}"`);
    check(stdout.trim() === "5", `the read-only user reads ${stdout.trim()} rows`);
    for (const sql of [
      `INSERT INTO "${resourceId}" (city) VALUES ('intruder')`,
      "CREATE TABLE intruder (id int)",
    ]) {
      const denied = await psql(sql).then(
        () => false,
        (error: { stderr?: string }) => /permission denied/.test(error.stderr ?? ""),
      );
      check(denied, `the read-only user could run: ${sql}; ${setting(web, "CKAN_DATASTORE_READ_URL")}`);
    }
  });

  await phase("restart the worker in the middle of a load: no rows lost", async () => {
    const rows = 200_000;
    const bigId = await upload(api, "e2e-cities", "cities-large.csv", csv(rows));
    await waitFor("the large load to start", 120, async () => {
      const { status } = await api.action<XloaderStatus>("xloader_status", { resource_id: bigId });
      if (status === "complete")
        throw new Error(`the ${rows}-row load ended before the restart: use more rows`);
      return status === "running" ? true : undefined;
    });
    // What a rollout does: SIGTERM (RQ finishes the job in hand first), a new pod starts beside it.
    const stopping = supervisor.stop("worker", 120);
    await startWorker(host, supervisor, worker, "worker-2");
    await stopping;
    await waitForXloader(context, api, bigId, 600, "worker-2");
    const { total } = await api.action<{ total: number }>("datastore_search", {
      resource_id: bigId,
      limit: 0,
    });
    check(total === rows, `after the worker restart the DataStore has ${total} of ${rows} rows`);
    check(await execProbe(host, worker, "worker-2"), "the new worker's liveness probe fails");
  });

  await phase("restart the web: API tokens and sessions survive", async () => {
    const anonymous = new CkanApi(context.api.baseUrl);
    const cookies = await logIn(anonymous, web.env.CKAN_SYSADMIN_NAME!, web.env.CKAN_SYSADMIN_PASSWORD ?? "");
    check(await isLoggedIn(anonymous, cookies), "the session cookie does not open the dashboard");
    await supervisor.stop("web");
    await startWeb(host, supervisor, web, context.webPort, "web-2");
    await waitForWeb(context, web, "web-2");
    const me = await api.action<{ name: string }>("user_show", { id: web.env.CKAN_SYSADMIN_NAME });
    check(me.name === web.env.CKAN_SYSADMIN_NAME, "the API token no longer works after the restart");
    check(
      await isLoggedIn(anonymous, cookies),
      `the session did not survive the restart: ${setting(web, "CKAN___SECRET_KEY")} must be shared by every pod`,
    );
  });
}
