// Security contexts that pass OpenShift's restricted-v2 SCC and Pod Security "restricted".
// UIDs, GIDs and fsGroup are deliberately never set: OpenShift assigns them from the namespace range
// and rejects pinned values, so the images are built group-0 writable instead.
import type { IContainer, IPodSecurityContext, ISecurityContext } from "kubernetes-models/v1";

export const POD_SECURITY_CONTEXT: IPodSecurityContext = {
  runAsNonRoot: true,
  seccompProfile: { type: "RuntimeDefault" },
};

/**
 * A component may only loosen the container defaults through a named exception with its reason,
 * so the summary and the validation gate can list every loosening.
 */
export interface SecurityException {
  readonly readOnlyRootFilesystem: false;
  /** Why this container must write outside its mounted volumes. */
  readonly reason: string;
  /**
   * How much it writes there, counted in its ephemeral storage (lib/ephemeral-storage.ts); for a pod the
   * stack builds (an operator's sizes its own).
   */
  readonly writableRoot?: string;
}

export function containerSecurityContext(exception?: SecurityException): ISecurityContext {
  return {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    readOnlyRootFilesystem: exception ? exception.readOnlyRootFilesystem : true,
    runAsNonRoot: true,
    seccompProfile: { type: "RuntimeDefault" },
  };
}

/** The annotation that records a security exception's reason on the pod template. */
export const SECURITY_EXCEPTION_ANNOTATION = "ckan-openshift.io/security-exception";

export type SecureContainer = IContainer & { securityContext: ISecurityContext };
