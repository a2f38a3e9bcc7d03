// Each claim's StorageClass exists (or a default one does), and a ReadWriteMany claim is not given to a
// provisioner that only makes single-node volumes.
import { fail, forbidden, ok, read, type Check, type Obj, type Result } from "../check.ts";

/** Provisioners whose volumes attach to one node at a time (no ReadWriteMany). */
const SINGLE_NODE = [
  "ebs.csi.aws.com",
  "kubernetes.io/aws-ebs",
  "pd.csi.storage.gke.io",
  "kubernetes.io/gce-pd",
  "disk.csi.azure.com",
  "kubernetes.io/azure-disk",
  "openshift-storage.rbd.csi.ceph.com",
  "cinder.csi.openstack.org",
  "kubernetes.io/no-provisioner",
  "rancher.io/local-path",
];
const DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

/** The claims of the overlay and those of its StatefulSets' claim templates. */
function claimsOf(objects: readonly Obj[]): { name: string; className?: string; accessModes: string[] }[] {
  const templates = objects
    .filter((o) => o.kind === "StatefulSet")
    .flatMap((o) =>
      (o.spec.volumeClaimTemplates ?? []).map((t: Obj) => ({
        ...t,
        metadata: { name: `${o.metadata.name}/${t.metadata.name}` },
      })),
    );
  return [...objects.filter((o) => o.kind === "PersistentVolumeClaim"), ...templates].map((claim) => ({
    name: String(claim.metadata.name),
    className: claim.spec.storageClassName as string | undefined,
    accessModes: (claim.spec.accessModes ?? []) as string[],
  }));
}

export const storageCheck: Check = async (context) => {
  const claims = claimsOf(context.objects);
  if (claims.length === 0) return [ok("storage", "the overlay claims no volumes")];
  const classes = await read<{ items: Obj[] }>(context, "/apis/storage.k8s.io/v1/storageclasses");
  if (classes.status !== 200) return [forbidden("storage", "list", "storageclasses")];
  const byName = new Map(classes.body!.items.map((c) => [String(c.metadata.name), c]));
  const defaults = classes.body!.items.filter((c) => c.metadata.annotations?.[DEFAULT_CLASS] === "true");
  return claims.map((claim): Result => {
    const check = `storage/${claim.name}`;
    const storageClass = claim.className === undefined ? defaults[0] : byName.get(claim.className);
    if (!storageClass) {
      const known = [...byName.keys()].join(", ") || "none";
      return claim.className === undefined
        ? fail(
            check,
            "the claim names no StorageClass and the cluster has no default one",
            `set storage.storageClass in environments/${context.environment}.yaml to one of: ${known}`,
          )
        : fail(
            check,
            `StorageClass ${claim.className} does not exist`,
            `set storage.storageClass in environments/${context.environment}.yaml to one of: ${known}`,
          );
    }
    const provisioner = String(storageClass.provisioner);
    if (claim.accessModes.includes("ReadWriteMany") && SINGLE_NODE.includes(provisioner))
      return fail(
        check,
        `ReadWriteMany on ${storageClass.metadata.name} (${provisioner}), whose volumes attach to one node at a time`,
        "use a file StorageClass (CephFS, NFS, EFS, Azure Files) for the uploads, or one web replica with ReadWriteOnce",
      );
    return ok(check, `${claim.accessModes.join(", ")} on ${storageClass.metadata.name} (${provisioner})`);
  });
};
