// Ephemeral storage: what a container writes on the node rather than on a claim. Its emptyDirs, its log
// and, with a writable root filesystem, its own layer. Each container requests, and is limited to,
// exactly the sum of those, so the scheduler places the pod where the room is, the kubelet evicts only
// a pod that writes more than its emptyDirs' sizeLimits allow, and a platform quota on ephemeral storage
// (the Developer Sandbox has one) counts what the pods can really use.
import type { IContainer, IVolume } from "kubernetes-models/v1";
import { canonicalBytes, parseQuantity } from "./quantity.ts";

const Mi = 2 ** 20;

/** The kubelet rotates a container's log at 10Mi and keeps 5 (containerLogMaxSize, containerLogMaxFiles). */
export const CONTAINER_LOG_BYTES = 5 * 10 * Mi;

/** An emptyDir for scratch space the read-only root filesystem does not offer, capped at `sizeLimit`. */
export function scratchVolume(name: string, sizeLimit: string): IVolume {
  return { name, emptyDir: { sizeLimit } };
}

/** The emptyDirs on the node's disk (not in memory) that a container mounts. */
function mountedScratch(container: Pick<IContainer, "volumeMounts">, volumes: readonly IVolume[]): IVolume[] {
  const mounted = new Set((container.volumeMounts ?? []).map((mount) => mount.name));
  return volumes.filter(
    (volume) => mounted.has(volume.name) && volume.emptyDir && volume.emptyDir.medium !== "Memory",
  );
}

/**
 * A container's ephemeral storage: its scratch volumes' sizeLimits, its log, and `writableRoot` (what it
 * writes to its own layer when its root filesystem is writable). Throws for an emptyDir without a
 * sizeLimit: nothing would bound it.
 */
export function ephemeralStorage(
  container: Pick<IContainer, "name" | "volumeMounts">,
  volumes: readonly IVolume[],
  writableRoot = "0",
): string {
  const scratch = mountedScratch(container, volumes).map((volume) => {
    const limit = volume.emptyDir?.sizeLimit;
    if (limit === undefined)
      throw new Error(
        `container ${container.name}: emptyDir ${volume.name} has no sizeLimit (use scratchVolume())`,
      );
    return parseQuantity(String(limit));
  });
  const bytes =
    scratch.reduce((sum, size) => sum + size, 0) + CONTAINER_LOG_BYTES + parseQuantity(writableRoot);
  // Whole mebibytes, as the sizes themselves are.
  return canonicalBytes(Math.ceil(bytes / Mi) * Mi, true);
}
