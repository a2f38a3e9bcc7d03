// What each platform allows a namespace. Quotas change (the Developer Sandbox's did in 2024-11, 2025-02
// and 2025-11), so they live here, once, and tests read them from here.

export interface QuotaScope {
  /** Sum of CPU requests, millicores. */
  readonly requestsCpuMillicores: number;
  /** Sum of memory requests, bytes. */
  readonly requestsMemoryBytes: number;
  /** Sum of CPU limits, millicores (containers without one get the LimitRange default). */
  readonly limitsCpuMillicores: number;
  /** Sum of memory limits, bytes. */
  readonly limitsMemoryBytes: number;
}

export interface PlatformQuota {
  /** Long-running pods: Deployments, StatefulSets (ResourceQuota scope NotTerminating). */
  readonly notTerminating: QuotaScope;
  /** Pods with activeDeadlineSeconds, such as the bootstrap Job's (scope Terminating). */
  readonly terminating: QuotaScope;
  readonly persistentVolumeClaims: number;
  readonly requestsStorageBytes: number;
  /**
   * Ephemeral storage (emptyDirs, logs, writable layers) of every pod, whatever its scope; absent where the
   * quota sets none. A container that requests none counts nothing: quota admission does not require it.
   */
  readonly ephemeralStorage?: { readonly requestsBytes: number; readonly limitsBytes: number };
  /** Defaults the LimitRange fills in for a container that sets no limit. */
  readonly defaultLimit: { readonly cpuMillicores: number; readonly memoryBytes: number };
}

export interface Platform {
  readonly title: string;
  readonly quota: PlatformQuota;
  /** Registries whose images this platform pulls. */
  readonly allowedRegistries: readonly string[];
  /** Whether the platform runs the operators (Crunchy PGO, CloudNativePG, Solr Operator). */
  readonly operators: boolean;
}

const Gi = 2 ** 30;
const Mi = 2 ** 20;

export const PLATFORMS = {
  /** codeready-toolchain/host-operator, tier base1ns (read 2026-11). */
  "developer-sandbox": {
    title: "Red Hat Developer Sandbox",
    quota: {
      notTerminating: {
        requestsCpuMillicores: 3000,
        requestsMemoryBytes: 30 * Gi,
        limitsCpuMillicores: 30000,
        limitsMemoryBytes: 30 * Gi,
      },
      terminating: {
        requestsCpuMillicores: 3000,
        requestsMemoryBytes: 14 * Gi,
        limitsCpuMillicores: 20000,
        limitsMemoryBytes: 14 * Gi,
      },
      // The tier's `storage` ResourceQuota: claims, their storage and the pods' ephemeral storage.
      persistentVolumeClaims: 10,
      requestsStorageBytes: 80 * Gi,
      ephemeralStorage: { requestsBytes: 15 * Gi, limitsBytes: 15 * Gi },
      defaultLimit: { cpuMillicores: 1000, memoryBytes: 1000 * Mi },
    },
    allowedRegistries: [
      "quay.io",
      "docker.io",
      "registry.redhat.io",
      "image-registry.openshift-image-registry.svc:5000",
    ],
    operators: false,
  },
  /**
   * An OpenShift namespace the platform team provisions (gov-dev). The figures are the team's dev-namespace
   * ResourceQuota; check yours with `oc describe quota` and change them here.
   */
  openshift: {
    title: "OpenShift namespace",
    quota: {
      notTerminating: {
        requestsCpuMillicores: 8000,
        requestsMemoryBytes: 32 * Gi,
        limitsCpuMillicores: 32000,
        limitsMemoryBytes: 64 * Gi,
      },
      terminating: {
        requestsCpuMillicores: 4000,
        requestsMemoryBytes: 16 * Gi,
        limitsCpuMillicores: 16000,
        limitsMemoryBytes: 32 * Gi,
      },
      persistentVolumeClaims: 20,
      requestsStorageBytes: 500 * Gi,
      defaultLimit: { cpuMillicores: 1000, memoryBytes: 1000 * Mi },
    },
    allowedRegistries: [
      "quay.io",
      "docker.io",
      "registry.redhat.io",
      "registry.developers.crunchydata.com",
      "ghcr.io",
      "image-registry.openshift-image-registry.svc:5000",
    ],
    operators: true,
  },
} as const satisfies Record<string, Platform>;

export type PlatformName = keyof typeof PLATFORMS;
