// What a user does with the stack, through the API, each check failing with the setting to look at.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CkanApi, isLoggedIn, logIn } from "./api.ts";
import { check, csv, dataJourney, upload, waitForLoad, type XloaderStatus } from "./api-journey.ts";
import { execProbe, startWeb, startWorker, waitForWeb } from "./ckan.ts";
import type { HostStack } from "./host-stack.ts";
import { waitFor } from "./processes.ts";
import { containerOf, setting } from "./rendered.ts";
import { runSdiScenario } from "./sdi.ts";

const run = promisify(execFile);

type ScenarioContext = HostStack;

/** XLoader's load of a resource, naming the worker's settings and log when it fails. */
function waitForXloader(
  context: ScenarioContext,
  api: CkanApi,
  resourceId: string,
  timeoutSeconds: number,
  workerName = "worker",
) {
  return waitForLoad(api, resourceId, timeoutSeconds, () => xloaderHint(context, workerName));
}

function xloaderHint(context: ScenarioContext, workerName: string): string {
  const worker = containerOf(context.stack, "ckan-worker");
  return (
    `  The worker downloads the file and calls back through ${setting(worker, "CKANEXT__XLOADER__SITE_URL")};\n` +
    `  it writes with ${setting(worker, "CKAN_DATASTORE_WRITE_URL")} and queues on ${setting(worker, "CKAN_REDIS_URL")}.\n` +
    `  worker log:\n${context.supervisor.tail(workerName, 15)}`
  );
}

/** The bootstrap's DataStore permissions: the read-only role reads the loaded table and writes nothing. */
async function readOnlyPhase(context: ScenarioContext, resourceId: string): Promise<void> {
  const web = containerOf(context.stack, "ckan");
  await context.phase("the DataStore read-only user cannot write", async () => {
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
}

/** The API journey (upload, XLoader, DataStore and Solr search), then the read-only user refused a write. */
async function journeyAndReadOnly(context: ScenarioContext): Promise<{ api: CkanApi; resourceId: string }> {
  const web = containerOf(context.stack, "ckan");
  const result = await dataJourney({
    api: context.api,
    phase: context.phase,
    sysadminToken: context.sysadminToken,
    hints: {
      plugins: () => setting(web, "CKAN__PLUGINS"),
      solr: () => setting(web, "CKAN_SOLR_URL"),
      xloader: () => xloaderHint(context, "worker"),
    },
  });
  await readOnlyPhase(context, result.resourceId);
  return result;
}

/**
 * `--external`: the API journey (dataset, upload, XLoader load through the worker and Redis, DataStore and
 * Solr search) on the external services, then the bootstrap's DataStore permissions on the external
 * database, and CKAN's own connections there proven to be TLS.
 */
export async function runExternalScenario(context: ScenarioContext): Promise<void> {
  const { stack, phase } = context;
  const web = containerOf(stack, "ckan");
  await phase("the overlay runs no PostgreSQL, Solr or Redis and has no Service for them", async () => {
    for (const name of ["postgres", "solr", "redis"]) {
      check(!stack.containers.has(name), `the external overlay still runs a workload ${name}`);
      check(!stack.services.has(name), `the external overlay still has a Service ${name}`);
    }
  });
  await journeyAndReadOnly(context);
  await phase("CKAN's connections to the external PostgreSQL are TLS", async () => {
    const url = web.env.CKAN_SQLALCHEMY_URL!;
    const { stdout } = await run("psql", [
      ...["-X", "-v", "ON_ERROR_STOP=1", "-qtAc"],
      "SELECT count(*) FILTER (WHERE NOT s.ssl), count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.usename = current_user AND a.backend_type = 'client backend'",
      url,
    ]);
    const [plain, total] = stdout.trim().split("|").map(Number);
    check(
      total! > 1 && plain === 0,
      `${plain} of ${total} connections are not TLS; ${setting(web, "CKAN_SQLALCHEMY_URL")}`,
    );
  });
}

export async function runScenario(context: ScenarioContext): Promise<void> {
  const { stack, host, supervisor, phase } = context;
  const web = containerOf(stack, "ckan");
  const worker = containerOf(stack, "ckan-worker");

  const { api } = await journeyAndReadOnly(context);

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

  await runSdiScenario(context, api);
}
