// What the validation gate reports: one finding per broken rule, naming the rule, where (overlay,
// object, field path), why it matters and how to fix it.
import type { RuleId } from "./rules.ts";

export type Severity = "error" | "warning";

export interface Finding {
  /** Stable rule id of rules.ts, e.g. `pss/allow-privilege-escalation`, `schema/unknown-field`, `shellcheck/SC2086`. */
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The overlay (environment) the object was rendered for, or "" for files outside the overlays. */
  readonly overlay: string;
  /** `Kind/name` of the object, or a file path (`images/ckan/Dockerfile`, `.github/workflows/ci.yml`). */
  readonly object: string;
  /** Field path in the object (`spec.template.spec.containers[ckan].securityContext`) or `line:column`. */
  readonly path: string;
  /** What is wrong, with the offending value. */
  readonly message: string;
  /** Why the rule exists: the consequence of breaking it. */
  readonly why: string;
  /** How to fix it. */
  readonly fix: string;
}

/** A rendered object as parsed from kustomize's output. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RenderedObject = Record<string, any>;

export function objectName(object: RenderedObject): string {
  return `${String(object.kind)}/${String(object.metadata?.name ?? "?")}`;
}

/** Records an error finding about `object`: rule, field path, what is wrong, why it matters, how to fix it. */
export type EmitError = (
  object: RenderedObject,
  rule: RuleId,
  path: string,
  message: string,
  why: string,
  fix: string,
) => void;

/** An `EmitError` that appends to `findings`, for `overlay`. */
export function errorEmitter(findings: Finding[], overlay: string): EmitError {
  return (object, rule, path, message, why, fix) =>
    findings.push({ rule, severity: "error", overlay, object: objectName(object), path, message, why, fix });
}
