// PostgreSQL (Debian's server), Redis (Debian's) and Solr (tools/e2e/solr), started the way the rendered
// manifests start them, each on its own loopback address; and the CKAN virtual environment, installed by
// the ckan image's own install script with the image's pins.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { readCkanInstallerPins, readVersions } from "@ckan-openshift/manifests/stack";
import { addressOf } from "./hosts.ts";
import { Supervisor, waitFor } from "./processes.ts";
import type { RenderedContainer } from "./rendered.ts";

const run = promisify(execFile);

export interface Paths {
  readonly repo: string;
  readonly scratch: string;
}

export const cacheDir = () =>
  path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"), "ckan-openshift-e2e");

/**
 * The ckan image's pins: those ckan-install installs (its pins=(...), which the gate checks against the
 * Dockerfile and versions.env), valued from images/ckan/versions.env with `overrides` applied (another pin
 * set, such as the upgrade drill's previous release line). CKAN_PLUGINS and PYTHON_IMAGE are not among
 * them: the image's configuration and base, not something ckan-install installs.
 */
export function ckanPins(
  repo: string,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const values = { ...readVersions(repo, "ckan"), ...overrides };
  return Object.fromEntries(
    readCkanInstallerPins(repo)
      .filter((key) => values[key] !== undefined)
      .map((key) => [key, values[key]!]),
  );
}

/**
 * A test server's own virtual environment (`<name>-venv-<digest>` in the cache), with exactly the pins of
 * its requirements file; reused while that file is unchanged.
 */
export async function requirementsVirtualEnvironment(
  name: string,
  requirements: string,
  log: (line: string) => void,
): Promise<string> {
  const key = createHash("sha256").update(readFileSync(requirements)).digest("hex").slice(0, 12);
  const venv = path.join(cacheDir(), `${name}-venv-${key}`);
  const complete = path.join(venv, ".e2e-complete");
  if (existsSync(complete)) return venv;
  await rm(venv, { recursive: true, force: true });
  await mkdir(path.dirname(venv), { recursive: true });
  log(`installing ${name} into ${venv} (once)`);
  try {
    await run(process.env.CKAN_PYTHON ?? "python3.11", ["-m", "venv", venv]);
    await run(
      path.join(venv, "bin/pip"),
      ["install", "--disable-pip-version-check", "-q", "-r", requirements],
      {
        maxBuffer: 16 * 2 ** 20,
      },
    );
  } catch (error) {
    const output = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`installing ${name} failed:\n${output.split("\n").slice(-15).join("\n")}`, {
      cause: error,
    });
  }
  await writeFile(complete, "");
  return venv;
}

/** The venv for a pin set (ckanPins); reused while those pins and the install script are unchanged. */
export async function ckanVirtualEnvironment(
  repo: string,
  pins: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<string> {
  const installer = path.join(repo, "images/ckan/scripts/ckan-install");
  const pinLines = Object.entries(pins)
    .map(([key, value]) => `${key}=${value}\n`)
    .sort()
    .join("");
  const key = createHash("sha256")
    .update(pinLines)
    .update(readFileSync(installer))
    .digest("hex")
    .slice(0, 12);
  const venv = path.join(cacheDir(), `venv-${key}`);
  // A venv hard-codes its own path, so it is built in place; the marker says the install finished.
  const complete = path.join(venv, ".e2e-complete");
  if (existsSync(complete)) return venv;
  await rm(venv, { recursive: true, force: true });
  await mkdir(path.dirname(venv), { recursive: true });
  log(
    `installing CKAN ${pins.CKAN_VERSION} into ${venv} with images/ckan/scripts/ckan-install (a few minutes, once)`,
  );
  try {
    // ckan-install takes each pin from the environment first.
    await run(installer, [], {
      env: {
        ...process.env,
        ...pins,
        CKAN_VENV: venv,
        CKAN_PYTHON: process.env.CKAN_PYTHON ?? "python3.11",
      },
      maxBuffer: 64 * 2 ** 20,
    });
  } catch (error) {
    const output = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`images/ckan/scripts/ckan-install failed:\n${output.split("\n").slice(-15).join("\n")}`, {
      cause: error,
    });
  }
  await writeFile(complete, "");
  return venv;
}

const EXTENSIONS = "images/ckan/extensions";
/** What a build leaves in an extension's tree: not part of what is installed from it. */
const BUILD_LEFTOVERS = /(^|\/)(node_modules|build|__pycache__|\.pytest-storage|[^/]*\.egg-info)(\/|$)|\.mo$/;

/** A hash of every file of the repository's extensions, bundled assets included. */
function extensionsDigest(repo: string): string {
  const root = path.join(repo, EXTENSIONS);
  const hash = createHash("sha256");
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !BUILD_LEFTOVERS.test(file))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)));
  return hash.digest("hex").slice(0, 12);
}

/**
 * The repository's own extensions (images/ckan/extensions): their Nx `assets` target, then the image's
 * ckan-install-extensions into the venv, again whenever a file of theirs changed, so an edited
 * template or stylesheet is what the run serves without a new CKAN install.
 */
export async function installExtensions(repo: string, venv: string): Promise<void> {
  const nx = path.join(repo, "node_modules/.bin/nx");
  await run(nx, ["run-many", "--targets=assets", "--outputStyle=static"], {
    cwd: repo,
    env: { ...process.env, NX_DAEMON: "false" },
  }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`nx run-many --targets=assets failed:\n${error.stdout ?? ""}${error.stderr ?? ""}`, {
      cause: error,
    });
  });
  const marker = path.join(venv, `.e2e-extensions-${extensionsDigest(repo)}`);
  if (existsSync(marker)) return;
  await run(path.join(repo, "images/ckan/scripts/ckan-install-extensions"), [path.join(repo, EXTENSIONS)], {
    env: { ...process.env, CKAN_VENV: venv },
    maxBuffer: 16 * 2 ** 20,
  }).catch((error: { stderr?: string }) => {
    const tail = (error.stderr ?? "").split("\n").slice(-15).join("\n");
    throw new Error(`images/ckan/scripts/ckan-install-extensions failed:\n${tail}`, { cause: error });
  });
  for (const old of readdirSync(venv).filter((file) => file.startsWith(".e2e-extensions-")))
    await rm(path.join(venv, old));
  await writeFile(marker, "");
}

function postgresBinaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions
    .map((version) => path.join(root, version, "bin"))
    .find((dir) => existsSync(path.join(dir, "initdb")));
  if (!bin) throw new Error("PostgreSQL server binaries not found: apt-get install postgresql");
  return bin;
}

/** The PostgreSQL cluster directory (the pg-data volume's PGDATA). */
export const postgresDataDirectory = (paths: Paths) => path.join(paths.scratch, "postgres", "data");

/** Where the server's Unix socket is (the pod's /var/run/postgresql emptyDir). */
export const postgresSocketDirectory = (paths: Paths) => path.join(paths.scratch, "postgres", "run");

/** Solr's home: solr.xml and the core (the solr-data volume). */
export const solrHome = (paths: Paths) => path.join(paths.scratch, "solr");

/**
 * A throw-away cluster, then the postgres image's init scripts as its entrypoint runs them: as the
 * superuser over the local socket, with the container's environment (postgres-config, postgres-secrets).
 */
export async function startPostgres(
  supervisor: Supervisor,
  paths: Paths,
  container: Pick<RenderedContainer, "workload" | "env">,
  port: number,
  /** An external server's (external-services.ts): its address, server options and pg_hba.conf. */
  elsewhere: { address: string; serverArgs: readonly string[]; hba: string } | undefined = undefined,
) {
  const bin = postgresBinaries();
  const dir = path.join(paths.scratch, "postgres");
  const data = postgresDataDirectory(paths);
  const socket = postgresSocketDirectory(paths);
  await mkdir(socket, { recursive: true });
  const superuser = container.env.POSTGRES_USER ?? "postgres";
  const password = container.env.POSTGRES_PASSWORD;
  if (!password) throw new Error(`${container.workload}: POSTGRES_PASSWORD is missing from its environment`);
  await writeFile(path.join(dir, "pwfile"), `${password}\n`, { mode: 0o600 });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const uid = Number(stdout.trim());
    for (const target of [dir, socket, path.join(dir, "pwfile")]) await chown(target, uid, 0);
  }
  const asPostgres = (command: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", command, ...args]) : run(command, args);
  await asPostgres(path.join(bin, "initdb"), [
    `--pgdata=${data}`,
    `--username=${superuser}`,
    `--pwfile=${path.join(dir, "pwfile")}`,
    "--auth-local=trust",
    "--auth-host=scram-sha-256",
    "--encoding=UTF8",
    "--locale=C.UTF-8",
  ]);
  const address = elsewhere?.address ?? addressOf("postgres");
  if (elsewhere) await writeFile(path.join(data, "pg_hba.conf"), elsewhere.hba);
  supervisor.start(
    "postgres",
    path.join(bin, "postgres"),
    [
      "-D",
      data,
      "-c",
      `listen_addresses=${address}`,
      "-p",
      String(port),
      "-k",
      socket,
      ...(elsewhere?.serverArgs ?? []),
    ],
    {
      env: { PATH: process.env.PATH ?? "" },
      user: asRoot ? "postgres" : undefined,
    },
  );
  await waitFor("PostgreSQL to accept connections", 60, async () => {
    await run(path.join(bin, "pg_isready"), ["--quiet", `--host=${address}`, `--port=${port}`]);
    return true;
  });
  const initdb = path.join(paths.repo, "images/postgres/initdb");
  for (const script of readdirSync(initdb)
    .filter((file) => file.endsWith(".sh"))
    .sort()) {
    await run(path.join(initdb, script), [], {
      env: {
        ...container.env,
        PATH: process.env.PATH ?? "",
        PGHOST: socket,
        PGPORT: String(port),
        PGUSER: superuser,
        PGDATABASE: "postgres",
      },
    }).catch((error: { stderr?: string }) => {
      throw new Error(`images/postgres/initdb/${script} failed: ${error.stderr?.trim()}`, { cause: error });
    });
  }
}

/** redis-server with the rendered command and arguments, bound to its own address. */
export async function startRedis(
  supervisor: Supervisor,
  paths: Paths,
  container: RenderedContainer,
  port: number,
) {
  const dir = path.join(paths.scratch, "redis");
  await mkdir(dir, { recursive: true });
  const [command = "redis-server", ...commandArgs] = container.command;
  const address = addressOf("redis");
  // In a pod Redis listens on the pod's address; here that is the Service's loopback address.
  supervisor.start("redis", command, [...commandArgs, ...container.args, "--bind", address, "--dir", dir], {
    env: { PATH: process.env.PATH ?? "" },
  });
  await waitFor("Redis to answer PING", 30, async () => {
    const { stdout } = await run("redis-cli", ["-h", address, "-p", String(port), "ping"], {
      env: { ...process.env, REDISCLI_AUTH: container.env.REDISCLI_AUTH ?? "" },
    });
    return stdout.trim() === "PONG" ? true : undefined;
  });
}

/**
 * The pinned CKAN's schema under the name the solr image's base gives it (`ckan-2.11` for
 * ckan/ckan-solr:2.11-solr9.8): the solr image keeps the CKAN line it was built for while CKAN moves on
 * (CKAN 2.12's schema.xml is 2.11's but for its name), and CKAN checks that name at start.
 */
export function asSolrImageSchema(repo: string, schema: string): string {
  const line = /:(\d+\.\d+)-solr/.exec(readVersions(repo, "solr").SOLR_BASE_IMAGE ?? "")?.[1];
  return line ? schema.replace(/<schema name="ckan-[0-9.]+"/, `<schema name="ckan-${line}"`) : schema;
}

/**
 * A real Solr 9 with the CKAN schema of the pinned CKAN, plus the spatial fields the solr image adds
 * (the same script, images/solr/scripts/solr-schema-add-spatial), and the core the solr image creates.
 */
export async function startSolr(
  supervisor: Supervisor,
  paths: Paths,
  venv: string,
  port: number,
  readinessPath: string,
  address = addressOf("solr"),
) {
  const ckanSchema = path.join(
    venv,
    "lib",
    readdirSync(path.join(venv, "lib")).find((dir) => dir.startsWith("python"))!,
    "site-packages/ckan/config/solr/schema.xml",
  );
  const schema = path.join(paths.scratch, "solr-schema.xml");
  await writeFile(schema, asSolrImageSchema(paths.repo, await readFile(ckanSchema, "utf8")));
  await run(path.join(paths.repo, "images/solr/scripts/solr-schema-add-spatial"), [schema]);
  supervisor.start(
    "solr",
    path.join(paths.repo, "tools/e2e/solr/run-solr"),
    ["--host", address, "--port", String(port), "--home", solrHome(paths), "--schema", schema],
    { env: { ...(process.env as Record<string, string>) } },
  );
  await waitFor(`Solr's readiness probe (${readinessPath})`, 600, async () => {
    if (!supervisor.isRunning("solr")) throw new Error(`Solr exited:\n${supervisor.tail("solr")}`);
    const response = await fetch(`http://${address}:${port}${readinessPath}`);
    return response.ok ? true : undefined;
  });
}
