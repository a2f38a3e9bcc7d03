// kubectl against the local cluster, as the admin, with objects passed on stdin.
import { stringify } from "yaml";
import { $ } from "zx";
import { kubeconfig } from "./paths.ts";

export const kubectl = $({ quiet: true, env: { ...process.env, KUBECONFIG: kubeconfig } });

/** Any object with toJSON (kubernetes-models) or plain data. */
type Manifest = { toJSON?: () => unknown } | Record<string, unknown>;

export function toYaml(objects: readonly Manifest[]): string {
  return objects
    .map((object) => stringify(typeof object.toJSON === "function" ? object.toJSON() : object))
    .join("---\n");
}

/** Server-side apply of typed objects; kubernetes-models validated them when they were built. */
export async function apply(objects: readonly Manifest[], fieldManager = "ckan-cluster-tier"): Promise<void> {
  // An empty input would leave kubectl reading the terminal.
  if (objects.length === 0) return;
  await kubectl({
    input: toYaml(objects),
  })`kubectl apply --server-side --force-conflicts --field-manager=${fieldManager} -f -`;
}

export async function getJson<T>(args: string[]): Promise<T> {
  return JSON.parse((await kubectl`kubectl get ${args} -o json`).stdout) as T;
}
