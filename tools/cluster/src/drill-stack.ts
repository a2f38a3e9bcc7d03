// The stack in the cluster as the day-two drills see it (@ckan-openshift/e2e's DrillStack): the API
// through the `ckan` Service, the DataStore's read-only user and the uploads volume through
// `kubectl exec` in the web pod, as an operator would look at them.
import { CkanApi, phase, type DrillStack, type VolumeFile } from "@ckan-openshift/e2e";
import { getJson } from "./kube.ts";
import { inPod, logsOf, sysadminToken } from "./pods.ts";

/**
 * Every file under the uploads volume but webassets/, with its size and SHA-256, one per line:
 * `<bytes> <sha256>  ./<path>` (GNU find, stat and sha256sum, which the ckan image has).
 */
export const LIST_UPLOADS = `set -eu
cd "\${CKAN_STORAGE_PATH:-/var/lib/ckan}"
find . -path ./webassets -prune -o -type f -exec sh -c 'for f do printf "%s " "$(stat -c %s "$f")"; sha256sum "$f"; done' sh {} +`;

/** Parses LIST_UPLOADS's output into paths relative to the volume. */
export function parseUploads(stdout: string): Record<string, VolumeFile> {
  const files: Record<string, VolumeFile> = {};
  for (const line of stdout.split("\n")) {
    if (!line.trim()) continue;
    const match = /^(\d+) ([0-9a-f]{64}) [ *]\.\/(.+)$/.exec(line);
    if (!match) throw new Error(`listing the uploads volume: cannot read the line ${JSON.stringify(line)}`);
    files[match[3]!] = { bytes: Number(match[1]), sha256: match[2]! };
  }
  return files;
}

/** http://<cluster IP>:<port> of the `ckan` Service (a new namespace gives it a new address). */
export async function webServiceUrl(namespace: string): Promise<string> {
  const service = await getJson<{ spec: { clusterIP: string; ports: { port: number }[] } }>([
    "service/ckan",
    "-n",
    namespace,
  ]);
  return `http://${service.spec.clusterIP}:${service.spec.ports[0]!.port}`;
}

export function clusterDrillStack(namespace: string, baseUrl: string): DrillStack {
  return {
    api: new CkanApi(baseUrl),
    phase,
    sysadminToken: () => sysadminToken(namespace, "day-two-drill"),
    readOnlySql: (sql) =>
      inPod(
        namespace,
        "deployment/ckan",
        'exec psql -X -v ON_ERROR_STOP=1 -qtA "$CKAN_DATASTORE_READ_URL" -c "$1"',
        [sql],
      ),
    uploadedFiles: async () => parseUploads(await inPod(namespace, "deployment/ckan", LIST_UPLOADS)),
    workerLog: () => logsOf(namespace, "deployment/ckan-worker"),
  };
}
