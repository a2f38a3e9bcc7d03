import { createHash } from "node:crypto";

/**
 * Rolls pods when their ConfigMap changes: the pod template carries a digest of the data, so a changed
 * value changes the template. Names stay stable (no kustomize hash suffix), which Argo CD needs.
 */
export const CONFIG_CHECKSUM_ANNOTATION = "ckan-openshift.io/config-checksum";

export function configChecksum(data: Readonly<Record<string, string>>): string {
  const canonical = JSON.stringify(
    Object.keys(data)
      .sort()
      .map((key) => [key, data[key]]),
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
