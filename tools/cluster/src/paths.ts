// Where the cluster tier keeps things, and the facts of tools/cluster/cluster.env, read once.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseVersionsFile } from "@ckan-openshift/manifests/stack";

export const toolRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(toolRoot, "../..");

const envFile = path.join(toolRoot, "cluster.env");
const env = parseVersionsFile(readFileSync(envFile, "utf8"), "tools/cluster/cluster.env");
function fact(key: string): string {
  const value = env[key];
  if (!value) throw new Error(`tools/cluster/cluster.env: ${key} is missing`);
  return value;
}

export const cluster = {
  kubernetesVersion: fact("KUBERNETES_VERSION"),
  netns: fact("NETNS"),
  hostAddress: fact("HOST_ADDRESS"),
  nodeAddress: fact("NODE_ADDRESS"),
  registry: `${fact("HOST_ADDRESS")}:${fact("REGISTRY_PORT")}`,
} as const;

export const cache = process.env.CKAN_CLUSTER_CACHE ?? path.join(homedir(), ".cache/ckan-openshift-cluster");
export const state = process.env.CKAN_CLUSTER_STATE ?? path.join(cache, "state");
export const run = path.join(state, "run");
export const kubeconfig = path.join(run, "admin.kubeconfig");
