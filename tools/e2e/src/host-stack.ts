// Boots the rendered sandbox configuration on this host (PostgreSQL, Redis, Solr, the bootstrap Job,
// web and worker), hands it to a journey (the end-to-end scenario or the benchmark), and stops
// everything it started, keeping the logs of every service when something failed.
import { execFile } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { readVersions } from "@ckan-openshift/manifests/config/versions.ts";
import { parseEnvFile } from "@ckan-openshift/secrets/store-files.ts";
import { CkanApi } from "./api.ts";
import { phase, seconds, type Phase } from "./api-journey.ts";
import {
  buildTemplate,
  ckanCli,
  execProbe,
  runBootstrap,
  startWeb,
  startWorker,
  waitForWeb,
  type CkanHost,
} from "./ckan.ts";
import { addHostEntries, addressOf, removeHostEntries, TEST_HOSTS } from "./hosts.ts";
import { Supervisor, waitFor } from "./processes.ts";
import { containerOf, renderedStack, type RenderedStack, type SecretStore } from "./rendered.ts";
import {
  ckanVirtualEnvironment,
  installExtensions,
  startPostgres,
  startRedis,
  startSolr,
  type Paths,
} from "./services.ts";

const run = promisify(execFile);
export const REPO = path.resolve(import.meta.dirname, "../../..");
const ENVIRONMENT = "sandbox";

export interface HostStack {
  readonly stack: RenderedStack;
  readonly host: CkanHost;
  readonly supervisor: Supervisor;
  /** http://ckan:<port>, the Service as other pods reach it. */
  readonly api: CkanApi;
  readonly webPort: number;
  readonly phase: Phase;
  /** A sysadmin API token made with `ckan user token add`, as an operator would. */
  readonly sysadminToken: () => Promise<string>;
}

export interface BootOptions {
  /** `<configmap-or-secret>.<KEY>=<value>` changes applied to the rendered objects first. */
  readonly set?: readonly string[];
  /** Keep the scratch directory. */
  readonly keep?: boolean;
}

/** The Secrets as the project's secrets tool makes them (dry run, in a scratch copy of the settings). */
async function secretsFromTool(scratch: string): Promise<Map<string, Record<string, string>>> {
  const workspace = path.join(scratch, "workspace");
  await cp(path.join(REPO, "environments"), path.join(workspace, "environments"), { recursive: true });
  await run(process.execPath, [
    path.join(REPO, "tools/secrets/src/cli.ts"),
    ENVIRONMENT,
    "--dry-run",
    "--workspace",
    workspace,
  ]);
  const directory = path.join(workspace, ".secrets", ENVIRONMENT);
  const secrets = new Map<string, Record<string, string>>();
  for (const name of ["postgres-secrets", "redis-secrets", "ckan-secrets"]) {
    const file = path.join(directory, `${name}.env`);
    secrets.set(name, parseEnvFile(await readFile(file, "utf8"), file));
  }
  return secrets;
}

function parseChanges(assignments: readonly string[]): Map<string, Record<string, string>> {
  const changes = new Map<string, Record<string, string>>();
  for (const assignment of assignments) {
    const match = /^([a-z0-9-]+)\.([A-Za-z0-9_]+)=(.*)$/.exec(assignment);
    if (!match) throw new Error(`--set ${assignment}: expected <configmap-or-secret>.<KEY>=<value>`);
    const [, object, key, value] = match;
    changes.set(object!, { ...changes.get(object!), [key!]: value! });
  }
  return changes;
}

async function boot(paths: Paths, supervisor: Supervisor, options: BootOptions): Promise<HostStack> {
  const changes = parseChanges(options.set ?? []);
  const secrets = await phase(
    "render the sandbox overlay; secrets from the secrets tool (dry run)",
    async () => {
      const store = await secretsFromTool(paths.scratch);
      for (const [name, data] of changes)
        if (store.has(name)) store.set(name, { ...store.get(name), ...data });
      return store as SecretStore;
    },
  );
  const stack = await renderedStack(REPO, ENVIRONMENT, secrets, changes);
  const port = (service: string) => {
    const value = stack.services.get(service);
    if (value === undefined) throw new Error(`the rendered overlay has no Service ${service}`);
    return value;
  };

  await phase("map the Service names to their own loopback addresses (/etc/hosts)", () =>
    addHostEntries([...stack.services.keys(), ...TEST_HOSTS]),
  );
  const venv = await phase("CKAN virtual environment with the ckan image's pins", () =>
    ckanVirtualEnvironment(REPO, (line) => console.log(`  ${line}`)),
  );
  await phase("the repository's CKAN extensions: assets bundled, catalogues compiled, installed", () =>
    installExtensions(REPO, venv),
  );
  await phase("PostgreSQL, Redis and Solr, as the manifests start them", async () => {
    await Promise.all([
      startPostgres(supervisor, paths, containerOf(stack, "postgres"), port("postgres")),
      startRedis(supervisor, paths, containerOf(stack, "redis"), port("redis")),
      startSolr(supervisor, paths, venv, port("solr"), containerOf(stack, "solr").readiness?.httpPath ?? ""),
    ]);
  });

  const plugins = readVersions(REPO, "ckan").CKAN_PLUGINS ?? "";
  const template = await phase("bake the config template (ckan-build-config, as the image build does)", () =>
    buildTemplate(paths, venv, plugins),
  );
  const host: CkanHost = { paths, venv, template };
  const bootstrap = containerOf(stack, "ckan-bootstrap");
  await phase("bootstrap Job (first run)", () => runBootstrap(host, supervisor, bootstrap, 1));
  await phase("bootstrap Job again: idempotent", () => runBootstrap(host, supervisor, bootstrap, 2));

  const api = new CkanApi(`http://ckan:${port("ckan")}`);
  const web = containerOf(stack, "ckan");
  const worker = containerOf(stack, "ckan-worker");
  await phase("web and worker start; readiness and liveness probes pass", async () => {
    await startWeb(host, supervisor, web, port("ckan"));
    await startWorker(host, supervisor, worker);
    await waitForWeb({ api, supervisor }, web, "web");
    await waitFor("the worker's liveness probe", 300, async () => {
      if (!supervisor.isRunning("worker"))
        throw new Error(`the worker exited:\n${supervisor.tail("worker")}`);
      return (await execProbe(host, worker, "worker")) ? true : undefined;
    });
  });

  const sysadminToken = async () => {
    const output = await ckanCli(host, web, "web", [
      "user",
      "token",
      "add",
      web.env.CKAN_SYSADMIN_NAME!,
      "e2e",
    ]);
    const match = /\b(eyJ[\w-]+\.[\w-]+\.[\w-]+)\b/.exec(output);
    if (!match) throw new Error("ckan user token add printed no token");
    return match[1]!;
  };
  return { stack, host, supervisor, api, webPort: port("ckan"), phase, sysadminToken };
}

/** Boots the stack, runs `journey` against it, stops everything; sets process.exitCode on failure. */
export async function withHostStack(
  options: BootOptions,
  journey: (stack: HostStack) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  const scratch = await mkdtemp(path.join(tmpdir(), "ckan-e2e-"));
  await chmod(scratch, 0o755); // PostgreSQL runs as its own user and must reach its directory
  const logDir = path.join(scratch, "logs");
  await mkdir(logDir, { recursive: true });
  const supervisor = new Supervisor(logDir);
  let failed = false;

  const cleanUp = async () => {
    await supervisor.stopAll();
    await removeHostEntries().catch(() => undefined);
    if (failed) {
      const kept = path.join(REPO, ".e2e-logs", new Date().toISOString().replace(/[:.]/g, "-"));
      await mkdir(path.dirname(kept), { recursive: true });
      await cp(logDir, kept, { recursive: true });
      console.error(`  logs of every service kept in ${path.relative(process.cwd(), kept)}`);
    }
    if (!options.keep) await rm(scratch, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      failed = true;
      console.error(`\n✗ interrupted (${signal}); stopping everything`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    const stack = await boot({ repo: REPO, scratch }, supervisor, options);
    await journey(stack);
    const addresses = ["postgres", "redis", "solr", "ckan"].map(addressOf).join(", ");
    console.log(`✓ passed in ${seconds(started)} (services on ${addresses})`);
  } catch (error) {
    failed = true;
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}
