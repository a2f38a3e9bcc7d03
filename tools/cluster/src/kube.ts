// kubectl against the local cluster, as the admin, with objects passed on stdin.
import { $ } from "zx";
import { kubeconfig } from "./paths.ts";

export const kubectl = $({ quiet: true, env: { ...process.env, KUBECONFIG: kubeconfig } });

/** Any object with toJSON (kubernetes-models) or plain data. */
type Manifest = { toJSON?: () => unknown } | Record<string, unknown>;

/**
 * A List in JSON, not YAML: kubectl reads YAML 1.1, where an unquoted `no` (Redis's `--appendonly no`)
 * is a boolean, and the yaml package writes YAML 1.2, where it is a string.
 */
export function toJsonList(objects: readonly Manifest[]): string {
  const items = objects.map((object) => (typeof object.toJSON === "function" ? object.toJSON() : object));
  return JSON.stringify({ apiVersion: "v1", kind: "List", items });
}

/** Server-side apply of typed objects; kubernetes-models validated them when they were built. */
export async function apply(objects: readonly Manifest[], fieldManager = "ckan-cluster-tier"): Promise<void> {
  // An empty input would leave kubectl reading the terminal.
  if (objects.length === 0) return;
  await kubectl({
    input: toJsonList(objects),
  })`kubectl apply --server-side --force-conflicts --field-manager=${fieldManager} -f -`;
}

export async function getJson<T>(args: string[]): Promise<T> {
  return JSON.parse((await kubectl`kubectl get ${args} -o json`).stdout) as T;
}
