// Boots the rendered sandbox configuration on this host (PostgreSQL, Redis, Solr, the bootstrap Job,
// web and worker), hands it to a journey (the end-to-end scenario, the benchmark or the day-two
// drills), and stops everything it started, keeping the logs of every service when something failed.
// A stack can change its CKAN release (another pin set of the ckan image) as a rollout would.
import { execFile } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { NAMES, readVersions } from "@ckan-openshift/manifests/stack";
import { parseEnvFile, secretsDirectory } from "@ckan-openshift/secrets";
import { CkanApi } from "./api.ts";
import { phase, seconds, type Phase } from "./api-journey.ts";
import {
  buildTemplate,
  ckanCli,
  claimDirectory,
  execProbe,
  runBootstrap,
  startWeb,
  startWorker,
  waitForWeb,
  type CkanHost,
} from "./ckan.ts";
import { addHostEntries, addressOf, removeHostEntries, TEST_HOSTS } from "./hosts.ts";
import {
  EXTERNAL,
  providedSecrets,
  startExternalServices,
  writeProvidedSecrets,
} from "./external-services.ts";
import { Supervisor, waitFor } from "./processes.ts";
import { containerOf, renderedStack, workersOf, type RenderedStack, type SecretStore } from "./rendered.ts";
import {
  ckanPins,
  ckanVirtualEnvironment,
  installExtensions,
  postgresDataDirectory,
  solrHome,
  startPostgres,
  startRedis,
  startSolr,
  type Paths,
} from "./services.ts";

const run = promisify(execFile);
export const REPO = path.resolve(import.meta.dirname, "../../..");
export const ENVIRONMENT = "sandbox";

export interface HostStack {
  readonly stack: RenderedStack;
  /** The CKAN release that web, worker and Jobs run; deployCkan changes it. */
  host: CkanHost;
  readonly paths: Paths;
  readonly supervisor: Supervisor;
  /** http://ckan:<port>, the Service as other pods reach it. */
  readonly api: CkanApi;
  readonly webPort: number;
  readonly phase: Phase;
  /** A sysadmin API token made with `ckan user token add`, as an operator would. */
  readonly sysadminToken: () => Promise<string>;
  /** What outlives the pods: PostgreSQL's cluster directory, the uploads volume, Solr's home. */
  readonly volumes: { readonly postgres: string; readonly uploads: string; readonly solr: string };
}

export interface BootOptions {
  /** `<configmap-or-secret>.<KEY>=<value>` changes applied to the rendered objects first. */
  readonly set?: readonly string[];
  /** Keep the scratch directory. */
  readonly keep?: boolean;
  /** Another pin set of the ckan image: overrides of images/ckan/versions.env. */
  readonly pins?: Readonly<Record<string, string>>;
  /** Run the bootstrap Job a second time, to prove it idempotent (default true). */
  readonly bootstrapTwice?: boolean;
  /**
   * Edits environments/sandbox.yaml in the stack's own workspace; the stack is then rendered there by
   * `npm run render`, so the edited settings reach the pods only through the rendered manifests.
   */
  readonly settings?: (text: string) => string;
  /**
   * PostgreSQL, Solr and Redis `provider: external`, on other addresses (external-services.ts): `settings`
   * must point them there (withExternalServices); the stack writes the Secrets their administrators would
   * hand over and starts the services as they run them.
   */
  readonly external?: boolean;
}

/**
 * Where this stack's Secrets are: the secrets tool's dry-run store in the stack's own workspace. It plays
 * the namespace's Secrets: the tool keeps what is there and composes only what is missing.
 */
export const stackSecretsDirectory = (paths: Paths) =>
  secretsDirectory(path.join(paths.scratch, "workspace"), ENVIRONMENT);

/**
 * The stack's workspace: the settings (edited by `settings`), and when they are edited, the manifests
 * rendered from them by the real render command, and the `provided` Secrets (what only an external
 * service's administrator knows) in the secrets tool's store. Returns the workspace the overlay is read from.
 */
async function prepareWorkspace(
  paths: Paths,
  settings: ((text: string) => string) | undefined,
  provided: ReadonlyMap<string, Record<string, string>>,
): Promise<string> {
  const workspace = path.join(paths.scratch, "workspace");
  await cp(path.join(REPO, "environments"), path.join(workspace, "environments"), { recursive: true });
  await writeProvidedSecrets(stackSecretsDirectory(paths), provided);
  if (!settings) return REPO;
  const file = path.join(workspace, "environments", `${ENVIRONMENT}.yaml`);
  await writeFile(file, settings(await readFile(file, "utf8")));
  for (const tree of ["manifests", "images"])
    await cp(path.join(REPO, tree), path.join(workspace, tree), { recursive: true });
  await run(
    process.execPath,
    [path.join(REPO, "tools/manifests/src/cli.ts"), "render", "--workspace", workspace],
    {
      maxBuffer: 16 * 2 ** 20,
    },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`render of the edited settings failed:\n${error.stdout ?? ""}${error.stderr ?? ""}`, {
      cause: error,
    });
  });
  return workspace;
}

/** The Secrets as the project's secrets tool makes them (dry run, in the stack's workspace). */
async function secretsFromTool(paths: Paths): Promise<Map<string, Record<string, string>>> {
  const workspace = path.join(paths.scratch, "workspace");
  await run(process.execPath, [
    path.join(REPO, "tools/secrets/src/cli.ts"),
    ENVIRONMENT,
    "--dry-run",
    "--workspace",
    workspace,
  ]);
  const directory = stackSecretsDirectory(paths);
  const secrets = new Map<string, Record<string, string>>();
  // Every Secret the settings need (the catalog's, as `npm run secrets` decided), not a fixed list.
  for (const entry of (await readdir(directory)).filter((name) => name.endsWith(".env"))) {
    const file = path.join(directory, entry);
    secrets.set(entry.slice(0, -".env".length), parseEnvFile(await readFile(file, "utf8"), file));
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

/**
 * A CKAN release as the ckan image would hold it: the venv for the pin set (cached), the repository's
 * extensions installed into it, and the config template baked from it.
 */
export async function prepareRelease(
  paths: Paths,
  overrides: Readonly<Record<string, string>> = {},
): Promise<CkanHost> {
  const pins = ckanPins(REPO, overrides);
  const venv = await phase(`CKAN ${pins.CKAN_VERSION}: virtual environment with the ckan image's pins`, () =>
    ckanVirtualEnvironment(REPO, pins, (line) => console.log(`  ${line}`)),
  );
  await phase("the repository's CKAN extensions: assets bundled, catalogues compiled, installed", () =>
    installExtensions(REPO, venv),
  );
  const plugins = { ...readVersions(REPO, "ckan"), ...overrides }.CKAN_PLUGINS ?? "";
  const template = await phase("bake the config template (ckan-build-config, as the image build does)", () =>
    buildTemplate(paths, venv, plugins),
  );
  return { paths, venv, template, version: pins.CKAN_VERSION! };
}

/** The process of a worker Deployment: `worker` for `ckan-worker`, else the Deployment's name. */
export const workerProcess = (deployment: string) => (deployment === NAMES.worker ? "worker" : deployment);

/** Stops the web and every worker, as scaling their Deployments to zero would. */
export async function stopCkan(stack: HostStack): Promise<void> {
  const workers = workersOf(stack.stack).map(([name]) => workerProcess(name));
  await Promise.all(["web", ...workers].map((name) => stack.supervisor.stop(name)));
}

/**
 * Rolls out a release: web and worker stopped, the bootstrap Job run with the new release (migrations),
 * web and worker started on it and their probes passing.
 */
export async function deployCkan(
  stack: HostStack,
  host: CkanHost,
  options: { readonly bootstrapRuns?: number } = {},
): Promise<void> {
  const { supervisor } = stack;
  await stopCkan(stack);
  stack.host = host;
  const bootstrap = containerOf(stack.stack, NAMES.bootstrapJob);
  const runs = options.bootstrapRuns ?? 1;
  for (let i = 1; i <= runs; i++)
    await phase(i === 1 ? `bootstrap Job (CKAN ${host.version})` : "bootstrap Job again: idempotent", () =>
      runBootstrap(host, supervisor, bootstrap, `${host.version}-${i}`),
    );
  await startCkan(stack);
}

/**
 * Starts web and every worker Deployment (one process each, from its rendered command and arguments)
 * with the stack's release and waits for their probes.
 */
export async function startCkan(stack: HostStack): Promise<void> {
  const { supervisor, host } = stack;
  const web = containerOf(stack.stack, "ckan");
  const workers = workersOf(stack.stack);
  if (!workers.some(([name]) => name === NAMES.worker))
    throw new Error(`the rendered overlay has no worker Deployment ${NAMES.worker}`);
  const names = workers.map(([name]) => name).join(", ");
  await phase(
    `web and ${names} start (CKAN ${host.version}); readiness and liveness probes pass`,
    async () => {
      await startWeb(host, supervisor, web, stack.webPort);
      for (const [name, worker] of workers) await startWorker(host, supervisor, worker, workerProcess(name));
      await waitForWeb(stack, web, "web");
      for (const [name, worker] of workers) {
        const pod = workerProcess(name);
        await waitFor(`${name}'s liveness probe`, 300, async () => {
          if (!supervisor.isRunning(pod)) throw new Error(`${name} exited:\n${supervisor.tail(pod)}`);
          return (await execProbe(host, worker, pod)) ? true : undefined;
        });
      }
    },
  );
}

/** Boots the whole stack in `paths.scratch`: its Secrets are whatever its store holds, else fresh ones. */
export async function startHostStack(
  paths: Paths,
  supervisor: Supervisor,
  options: BootOptions = {},
): Promise<HostStack> {
  const changes = parseChanges(options.set ?? []);
  let workspace = REPO;
  const provided = options.external ? providedSecrets() : new Map<string, Record<string, string>>();
  const secrets = await phase(
    options.settings
      ? "render the edited sandbox settings (npm run render); secrets from the secrets tool (dry run)"
      : "render the sandbox overlay; secrets from the secrets tool (dry run)",
    async () => {
      workspace = await prepareWorkspace(paths, options.settings, provided);
      const store = await secretsFromTool(paths);
      for (const [name, data] of changes)
        if (store.has(name)) store.set(name, { ...store.get(name), ...data });
      return store as SecretStore;
    },
  );
  const rendered = await renderedStack(workspace, ENVIRONMENT, secrets, changes);
  const port = (service: string) => {
    const value = rendered.services.get(service);
    if (value === undefined) throw new Error(`the rendered overlay has no Service ${service}`);
    return value;
  };

  await phase("map the Service names to their own loopback addresses (/etc/hosts)", () =>
    addHostEntries([...rendered.services.keys(), ...TEST_HOSTS]),
  );
  const host = await prepareRelease(paths, options.pins);
  if (options.external)
    await phase("the external PostgreSQL (TLS only), Redis and Solr, as their administrators run them", () =>
      startExternalServices(supervisor, paths, host.venv, provided),
    );
  else
    await phase("PostgreSQL, Redis and Solr, as the manifests start them", async () => {
      await Promise.all([
        startPostgres(supervisor, paths, containerOf(rendered, "postgres"), port("postgres")),
        startRedis(supervisor, paths, containerOf(rendered, "redis"), port("redis")),
        startSolr(
          supervisor,
          paths,
          host.venv,
          port("solr"),
          containerOf(rendered, "solr").readiness?.httpPath ?? "",
        ),
      ]);
    });

  const web = containerOf(rendered, "ckan");
  const stack: HostStack = {
    stack: rendered,
    host,
    paths,
    supervisor,
    api: new CkanApi(`http://ckan:${port("ckan")}`),
    webPort: port("ckan"),
    phase,
    sysadminToken: async () => {
      const output = await ckanCli(stack.host, web, "web", [
        "user",
        "token",
        "add",
        web.env.CKAN_SYSADMIN_NAME!,
        "e2e",
      ]);
      const match = /\b(eyJ[\w-]+\.[\w-]+\.[\w-]+)\b/.exec(output);
      if (!match) throw new Error("ckan user token add printed no token");
      return match[1]!;
    },
    volumes: {
      postgres: postgresDataDirectory(paths),
      uploads: claimDirectory(paths, NAMES.ckanStorage),
      solr: solrHome(paths),
    },
  };
  await deployCkan(stack, host, { bootstrapRuns: options.bootstrapTwice === false ? 1 : 2 });
  return stack;
}

/**
 * A scratch directory and a supervisor for `body`; afterwards every process is stopped, the host
 * entries removed, and on failure the logs kept. Sets process.exitCode on failure.
 */
export async function withScratch(
  options: Pick<BootOptions, "keep" | "external">,
  body: (scratch: string, supervisor: Supervisor) => Promise<void>,
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
    await body(scratch, supervisor);
    const addresses = options.external
      ? [
          ...Object.entries(EXTERNAL).map(([name, { host, port }]) => `${name} ${host}:${port} (external)`),
          `ckan ${addressOf("ckan")}`,
        ].join(", ")
      : ["postgres", "redis", "solr", "ckan"].map(addressOf).join(", ");
    console.log(`✓ passed in ${seconds(started)} (services on ${addresses})`);
  } catch (error) {
    failed = true;
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

/** Boots the stack, runs `journey` against it, stops everything; sets process.exitCode on failure. */
export async function withHostStack(
  options: BootOptions,
  journey: (stack: HostStack) => Promise<void>,
): Promise<void> {
  await withScratch(options, async (scratch, supervisor) => {
    const stack = await startHostStack({ repo: REPO, scratch }, supervisor, options);
    await journey(stack);
  });
}
