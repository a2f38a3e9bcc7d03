// The sandbox's namespace made as OpenShift makes a project (openshift-like.ts), the overlay applied in
// it, and the whole of it deleted as losing the account would: the namespace with every claim, the
// local volumes behind them and their directories on the node.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Platform } from "@ckan-openshift/manifests/stack";
import { apply, kubectl } from "./kube.ts";
import { platformLimits, project, volumeFor } from "./openshift-like.ts";
import { run } from "./paths.ts";
import { claims, type Rendered } from "./sandbox.ts";

/** The node's directory behind a claim's local PersistentVolume. */
export const volumeDirectory = (namespace: string, claim: string) =>
  path.join(run, "volumes", namespace, claim);
const volumeName = (namespace: string, claim: string) => `${namespace}-${claim}`;

/** The namespace (a new random UID range), its quota and LimitRange, and a volume for each claim. */
export async function makeProject(namespace: string, rendered: Rendered, platform: Platform): Promise<void> {
  await apply([project(namespace)]);
  await apply(platformLimits(namespace, platform));
  const volumes = claims(rendered).map((claim) => {
    const directory = volumeDirectory(namespace, claim.name);
    mkdirSync(directory, { recursive: true });
    return volumeFor(namespace, claim, directory, "localhost");
  });
  await apply(volumes);
}

/** `kubectl apply` of the rendered overlay, as Argo CD's sync would apply it. */
export async function applyOverlay(namespace: string, rendered: Rendered): Promise<void> {
  await kubectl({
    input: rendered.yaml,
  })`kubectl apply --server-side --field-manager=ckan-cluster-tier -n ${namespace} -f -`;
}

/**
 * Deletes the namespace (its claims, Secrets, everything in it), then each claim's PersistentVolume and
 * its directory: nothing of the stack's data is left on the cluster. Throws naming what is still there.
 */
export async function destroyProject(namespace: string, rendered: Rendered): Promise<string[]> {
  await kubectl`kubectl delete namespace ${namespace} --wait=true --timeout=600s`;
  const deleted: string[] = [`namespace ${namespace}`];
  for (const { name } of claims(rendered)) {
    await kubectl`kubectl delete persistentvolume ${volumeName(namespace, name)} --ignore-not-found --wait=true --timeout=300s`;
    rmSync(volumeDirectory(namespace, name), { recursive: true, force: true });
    deleted.push(`PersistentVolume ${volumeName(namespace, name)} and ${volumeDirectory(namespace, name)}`);
  }
  const left: string[] = [];
  const namespaceLeft = await kubectl({ nothrow: true })`kubectl get namespace ${namespace} -o name`;
  if (namespaceLeft.exitCode === 0) left.push(`namespace ${namespace} (${namespaceLeft.stdout.trim()})`);
  for (const { name } of claims(rendered)) {
    const volume = await kubectl({
      nothrow: true,
    })`kubectl get persistentvolume ${volumeName(namespace, name)} -o name`;
    if (volume.exitCode === 0) left.push(`PersistentVolume ${volumeName(namespace, name)}`);
    if (existsSync(volumeDirectory(namespace, name)))
      left.push(`directory ${volumeDirectory(namespace, name)}`);
  }
  if (left.length > 0) throw new Error(`still there after deleting everything: ${left.join(", ")}`);
  return deleted;
}
