// The standard app.kubernetes.io labels, on every object and pod template.
// Selectors use only name and instance: the other labels may change between releases, selectors may not.
import { INSTANCE, MANAGED_BY, PART_OF } from "../config/stack.ts";

export interface Identity {
  /** app.kubernetes.io/name: what the workload is (ckan, ckan-worker, postgres …). */
  readonly name: string;
  /** app.kubernetes.io/component: its role in the stack (web, worker, database …). */
  readonly component: string;
  /** app.kubernetes.io/version: the version of the software it runs. */
  readonly version: string;
}

export function labels(identity: Identity): Record<string, string> {
  return {
    "app.kubernetes.io/name": identity.name,
    "app.kubernetes.io/instance": INSTANCE,
    "app.kubernetes.io/component": identity.component,
    "app.kubernetes.io/part-of": PART_OF,
    "app.kubernetes.io/managed-by": MANAGED_BY,
    "app.kubernetes.io/version": identity.version,
  };
}

export function selectorLabels(identity: Pick<Identity, "name">): Record<string, string> {
  return { "app.kubernetes.io/name": identity.name, "app.kubernetes.io/instance": INSTANCE };
}
