// Runs the ckan image's own scripts on this host with the environment a pod gets. Only what the image
// and the pod's volumes provide is mapped: /srv/app/bin → images/ckan/scripts, the venv, one scratch
// directory per pod for each emptyDir (config, tmp) and one per PersistentVolumeClaim, shared by every
// pod that mounts it (the uploads volume outlives a web pod, as in the cluster).
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { CKAN_IMAGE } from "@ckan-openshift/manifests/stack";
import { addressOf } from "./hosts.ts";
import type { CkanApi } from "./api.ts";
import { waitFor, type Supervisor } from "./processes.ts";
import type { RenderedContainer } from "./rendered.ts";
import type { Paths } from "./services.ts";

const run = promisify(execFile);
const IMAGE_BIN = "/srv/app/bin/";
const SCRIPTS = path.resolve(import.meta.dirname, "../../../images/ckan/scripts");

export interface CkanHost {
  readonly paths: Paths;
  readonly venv: string;
  /** The baked config template, made once by ckan-build-config, as the image build does. */
  readonly template: string;
  /** CKAN's version in the venv (its pin). */
  readonly version: string;
}

/** The image's command mapped to the script in the repository. */
export function hostCommand(container: RenderedContainer): [string, string[]] {
  const [command, ...rest] = container.command;
  if (!command?.startsWith(IMAGE_BIN)) {
    throw new Error(
      `${container.workload}: command ${command} is not one of the ckan image's scripts in ${IMAGE_BIN}`,
    );
  }
  return [path.join(SCRIPTS, command.slice(IMAGE_BIN.length)), [...rest, ...container.args]];
}

/** Where a PersistentVolumeClaim's content lives on this host. */
export const claimDirectory = (paths: Paths, claim: string) => path.join(paths.scratch, "volumes", claim);

/** The pod's environment plus the image's ENV and volumes: `<scratch>/<pod>/…`, claims in `<scratch>/volumes/`. */
export async function podEnvironment(
  host: CkanHost,
  container: RenderedContainer,
  pod: string,
): Promise<Record<string, string>> {
  const root = path.join(host.paths.scratch, pod);
  const storageClaim = container.claims[container.env.CKAN_STORAGE_PATH ?? CKAN_IMAGE.storagePath];
  const directories = {
    config: path.join(root, "config"),
    tmp: path.join(root, "tmp"),
    storage: storageClaim ? claimDirectory(host.paths, storageClaim) : path.join(root, "storage"),
  };
  for (const directory of Object.values(directories)) await mkdir(directory, { recursive: true });
  return {
    ...container.env,
    PATH: `${SCRIPTS}:${path.join(host.venv, "bin")}:${process.env.PATH ?? ""}`,
    CKAN_INI_TEMPLATE: host.template,
    CKAN_INI: path.join(directories.config, "ckan.ini"),
    CKAN_STORAGE_PATH: directories.storage,
    CKAN_WSGI_DIR: path.resolve(SCRIPTS, ".."),
    CKAN_TMP_DIR: directories.tmp,
    TMPDIR: directories.tmp,
    HOME: directories.tmp,
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONUNBUFFERED: "1",
  };
}

/** ckan-build-config, as the Dockerfile runs it, with the plugin list from versions.env; one per venv (release). */
export async function buildTemplate(paths: Paths, venv: string, plugins: string): Promise<string> {
  const template = path.join(paths.scratch, `image-${path.basename(venv)}`, "ckan.ini");
  await run(path.join(SCRIPTS, "ckan-build-config"), [], {
    env: {
      PATH: `${SCRIPTS}:${path.join(venv, "bin")}:${process.env.PATH ?? ""}`,
      CKAN_INI_TEMPLATE: template,
      CKAN_PLUGINS: plugins,
      HOME: paths.scratch,
    },
  });
  return template;
}

/** Runs a Job's (or CronJob's) container to completion as pod `name`; throws with its log's tail on failure. */
export async function runToCompletion(
  host: CkanHost,
  supervisor: Supervisor,
  container: RenderedContainer,
  name: string,
) {
  const [command, args] = hostCommand(container);
  const child = supervisor.start(name, command, args, { env: await podEnvironment(host, container, name) });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`${container.workload} exited with ${code}:\n${supervisor.tail(name)}`);
  await supervisor.stop(name);
}

/** Runs the bootstrap Job's container to completion. */
export async function runBootstrap(
  host: CkanHost,
  supervisor: Supervisor,
  container: RenderedContainer,
  run: number | string,
) {
  await runToCompletion(host, supervisor, container, `bootstrap-${run}`);
}

/** Starts the web Deployment's container, bound to the ckan Service's address. */
export async function startWeb(
  host: CkanHost,
  supervisor: Supervisor,
  container: RenderedContainer,
  port: number,
  name = "web",
) {
  const [command, args] = hostCommand(container);
  const env = await podEnvironment(host, container, name);
  supervisor.start(name, command, args, {
    env: { ...env, CKAN_BIND_ADDRESS: addressOf("ckan"), CKAN_PORT: String(port) },
  });
}

export async function startWorker(
  host: CkanHost,
  supervisor: Supervisor,
  container: RenderedContainer,
  name = "worker",
) {
  const [command, args] = hostCommand(container);
  supervisor.start(name, command, args, { env: await podEnvironment(host, container, name) });
}

/** Runs a container's exec probe (such as the worker's) in that container's environment. */
export async function execProbe(host: CkanHost, container: RenderedContainer, pod: string): Promise<boolean> {
  const probe = container.liveness?.exec;
  if (!probe) throw new Error(`${container.workload} has no exec liveness probe`);
  const [command, args] = hostCommand({ ...container, command: probe, args: [] });
  try {
    await run(command, args, { env: await podEnvironment(host, container, pod) });
    return true;
  } catch {
    return false;
  }
}

/** `ckan` CLI in a pod's environment, as an operator would run it with `oc exec`. */
export async function ckanCli(
  host: CkanHost,
  container: RenderedContainer,
  pod: string,
  args: string[],
): Promise<string> {
  const env = await podEnvironment(host, container, pod);
  const { stdout } = await run(path.join(host.venv, "bin/ckan"), ["-c", env.CKAN_INI!, ...args], {
    env,
    maxBuffer: 16 * 2 ** 20,
  });
  return stdout;
}

/** Waits for the web's HTTP readiness probe, as the kubelet would, on the Service's address. */
export async function waitForWeb(
  context: { readonly api: CkanApi; readonly supervisor: Supervisor },
  web: RenderedContainer,
  name: string,
) {
  const probePath = web.readiness?.httpPath;
  if (!probePath) throw new Error(`${web.workload} has no HTTP readiness probe`);
  await waitFor(`the web's readiness probe (${probePath})`, 300, async () => {
    if (!context.supervisor.isRunning(name))
      throw new Error(`the web exited:\n${context.supervisor.tail(name)}`);
    const response = await context.api.get(probePath);
    return response.ok ? true : undefined;
  });
}
