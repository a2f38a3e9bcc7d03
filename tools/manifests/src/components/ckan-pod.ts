// What the CKAN web, worker and bootstrap pods share: the same image, the same ConfigMap and Secret
// (site id, Redis URL and JWT/session secrets must match or jobs and tokens break), the same mounts.
import type { IVolume } from "kubernetes-models/v1";
import path from "node:path";
import { BASE_IMAGES, CA_BUNDLE_FILE, CKAN_IMAGE, NAMES, XLOADER } from "../config/layout.ts";
import { configChecksum, CONFIG_CHECKSUM_ANNOTATION } from "../lib/checksum.ts";
import type { StackContext } from "./component.ts";
import { CA_BUNDLE_DIR, ckanConfigData } from "./config.ts";
import { postgresProvider } from "./postgres.ts";
import { solrProvider } from "./solr.ts";
import { externalRedisEnv } from "./external.ts";
import type { WorkloadSize } from "../settings/environment-settings.ts";
import type { ContainerProps } from "../lib/workload.ts";
import { scratchVolume } from "../lib/ephemeral-storage.ts";
import { canonicalBytes } from "../lib/quantity.ts";

/** Rolls web, worker and bootstrap together whenever ckan-config changes. */
export function ckanPodAnnotations(context: StackContext): Record<string, string> {
  return { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(ckanConfigData(context)) };
}

const VOLUMES = { config: "config", tmp: "tmp", storage: "storage", trustedCa: "trusted-ca" } as const;

/**
 * A CKAN container: the image, ckan-config and ckan-secrets (and ckan-mail when mail has a login: every
 * CKAN pod loads the same smtp.* settings, and CKAN refuses smtp.user without smtp.password), then the
 * providers' overrides (an operator's or an external database's URLs, an external Solr's or Redis's
 * credentials).
 */
export function ckanContainer(
  context: StackContext,
  role: { name: string; command: readonly string[]; args?: readonly string[] },
  size: WorkloadSize,
): ContainerProps {
  const databaseEnv = [
    ...postgresProvider(context).ckanEnv,
    ...solrProvider(context).ckanEnv,
    ...externalRedisEnv(context.settings),
  ];
  return {
    name: role.name,
    image: BASE_IMAGES.ckan,
    size,
    command: role.command,
    ...(role.args ? { args: role.args } : {}),
    envFrom: [
      { configMapRef: { name: NAMES.ckanConfig } },
      { secretRef: { name: NAMES.ckanSecret } },
      ...(context.settings.ckan.mail?.user ? [{ secretRef: { name: NAMES.mailSecret } }] : []),
    ],
    ...(databaseEnv.length > 0 ? { env: [...databaseEnv] } : {}),
    volumeMounts: [
      { name: VOLUMES.config, mountPath: CKAN_IMAGE.configDir },
      { name: VOLUMES.tmp, mountPath: "/tmp" },
      { name: VOLUMES.storage, mountPath: CKAN_IMAGE.storagePath },
      ...(context.settings.trustedCaBundle
        ? [{ name: VOLUMES.trustedCa, mountPath: CA_BUNDLE_DIR, readOnly: true }]
        : []),
    ],
  };
}

const Mi = 2 ** 20;
/** Python's and the libraries' own temporary files, besides what a role writes to /tmp itself. */
const PYTHON_TMP_BYTES = 64 * Mi;

/** What each kind of CKAN pod writes to /tmp, in bytes: the emptyDir's sizeLimit. */
export const CKAN_TMP_BYTES = {
  /**
   * Uploads in flight: werkzeug spools a request body over 500 KB to a temporary file, so at most one
   * upload of ckan.maxUploadSizeMb (CKAN's megabytes are MiB) per gunicorn worker.
   */
  web: ({ ckan }: StackContext["settings"]) => ckan.webWorkers * ckan.maxUploadSizeMb * Mi + PYTHON_TMP_BYTES,
  /** XLoader downloads a resource to a temporary file, and may write it again converted to CSV. */
  worker: () => 2 * XLOADER.maxContentBytes + PYTHON_TMP_BYTES,
  /** The harvesters and the bootstrap keep what they fetch in memory. */
  other: () => 4 * PYTHON_TMP_BYTES,
} as const;

/**
 * The web pod keeps uploads on its PVC; the other CKAN pods only need scratch space there (webassets and
 * i18n files CKAN writes at start), since the worker fetches uploads over HTTP. `role` sizes /tmp.
 */
export function ckanVolumes(
  context: StackContext,
  storage: { claimName: string } | "scratch",
  role: keyof typeof CKAN_TMP_BYTES,
): IVolume[] {
  const { trustedCaBundle } = context.settings;
  const tmp = Math.ceil(CKAN_TMP_BYTES[role](context.settings) / Mi) * Mi;
  return [
    // The runtime ckan.ini and who.ini: a few kilobytes.
    scratchVolume(VOLUMES.config, "16Mi"),
    scratchVolume(VOLUMES.tmp, canonicalBytes(tmp, true)),
    storage === "scratch"
      ? scratchVolume(VOLUMES.storage, "512Mi")
      : { name: VOLUMES.storage, persistentVolumeClaim: { claimName: storage.claimName } },
    ...(trustedCaBundle
      ? [
          {
            name: VOLUMES.trustedCa,
            configMap: {
              name: trustedCaBundle.configMap,
              items: [{ key: trustedCaBundle.key, path: path.basename(CA_BUNDLE_FILE) }],
            },
          },
        ]
      : []),
  ];
}
