// The scripts of tools/cluster and the repository's own CLIs, as the tier runs them.
import path from "node:path";
import { $ } from "zx";
import { cluster, kubeconfig, repoRoot, toolRoot } from "./paths.ts";

const script = (...parts: string[]) => path.join(toolRoot, ...parts);
const sh = $({
  quiet: true,
  cwd: repoRoot,
  env: { ...process.env, CKAN_CLUSTER_REGISTRY: cluster.registry },
});

/** Output of a failed command, for an error message: the last lines of its standard error. */
export function tail(error: unknown, lines = 25): string {
  const { stderr = "", stdout = "" } = error as { stderr?: string; stdout?: string };
  return (stderr || stdout).trim().split("\n").slice(-lines).join("\n    ");
}

export const buildKubernetes = () => sh`${script("scripts/build-kubernetes.sh")}`;
export const clusterUp = () => sh`${script("node/cluster.sh")} up`;
export const clusterDown = () => sh({ nothrow: true })`${script("node/cluster.sh")} down`;
export const engineUp = () => sh`${script("engine/engine.sh")} up`;
export const engineDown = () => sh({ nothrow: true })`${script("engine/engine.sh")} down`;
export const buildStandins = () => sh`${script("standins/build.sh")}`;

/** The engine's CONTAINERS_* variables (its state lives in the cluster cache, not the host's). */
export async function engineEnv(): Promise<Record<string, string>> {
  const { stdout } = await sh`${script("engine/engine.sh")} env`;
  const env: Record<string, string> = {};
  for (const match of stdout.matchAll(/^export ([A-Z_]+)=(.*)$/gm))
    env[match[1]!] = match[2]!.replace(/^'(.*)'$/, "$1");
  return env;
}

/** `npm run <script> -- args` in the repository, with the engine's and the cluster's environment. */
export function npm(scriptName: string, args: string[], env: Record<string, string> = {}) {
  return $({
    quiet: true,
    cwd: repoRoot,
    env: { ...process.env, ...env, KUBECONFIG: kubeconfig },
  })`npm run --silent ${scriptName} -- ${args}`;
}

/** A command inside the node's network namespace (where Service addresses route). */
export function inNode(command: string[], env: Record<string, string> = {}) {
  return $({
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, ...env, KUBECONFIG: kubeconfig },
  })`nsenter --net=/run/netns/${cluster.netns} -- ${command}`;
}

/** An image's size in the engine's storage, in bytes. */
export async function imageSize(reference: string, env: Record<string, string>): Promise<number> {
  const { stdout } = await $({
    quiet: true,
    env: { ...process.env, ...env },
  })`podman image inspect --format {{.Size}} ${reference}`;
  return Number(stdout.trim());
}

/** A vitest suite that needs the cluster (KUBECONFIG set to it); its report is printed as it runs. */
export function vitest(config: string) {
  return $({
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, KUBECONFIG: kubeconfig },
  })`${process.execPath} node_modules/vitest/vitest.mjs run --config ${config}`;
}

/** An Nx command of the workspace (the same targets CI runs). */
export function nx(args: string[]) {
  return $({
    quiet: true,
    cwd: repoRoot,
    env: { ...process.env, NX_DAEMON: "false" },
  })`${process.execPath} node_modules/nx/dist/bin/nx.js ${args}`;
}
