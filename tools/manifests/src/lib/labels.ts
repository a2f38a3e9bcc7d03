// The standard app.kubernetes.io labels, on every object and pod template.
// Selectors use only name and instance: the other labels may change between releases, selectors may not.
import { INSTANCE, MANAGED_BY, PART_OF } from "../config/layout.ts";

export const VERSION_LABEL = "app.kubernetes.io/version";

export interface Identity {
  /** app.kubernetes.io/name: what the workload is (ckan, ckan-worker, postgres …). */
  readonly name: string;
  /** app.kubernetes.io/component: its role in the stack (web, worker, database …). */
  readonly component: string;
  /**
   * app.kubernetes.io/version: the version of the software it runs, from the environment's image pin
   * (settings/image-pins.ts tagVersion). Unknown in the base, which no pin applies to.
   */
  readonly version?: string;
}

/** The labels of every object. No version: a Service, a claim or a ConfigMap runs no software. */
export function labels(identity: Identity): Record<string, string> {
  return {
    "app.kubernetes.io/name": identity.name,
    "app.kubernetes.io/instance": INSTANCE,
    "app.kubernetes.io/component": identity.component,
    "app.kubernetes.io/part-of": PART_OF,
    "app.kubernetes.io/managed-by": MANAGED_BY,
  };
}

/**
 * The labels of what runs software (a workload, its pod template, an operator's resource that makes pods):
 * labels() and, when known, app.kubernetes.io/version. The overlays set it (emit/version-labels.ts).
 */
export function runningLabels(identity: Identity): Record<string, string> {
  return { ...labels(identity), ...(identity.version ? { [VERSION_LABEL]: identity.version } : {}) };
}

export function selectorLabels(identity: Pick<Identity, "name">): Record<string, string> {
  return { "app.kubernetes.io/name": identity.name, "app.kubernetes.io/instance": INSTANCE };
}
