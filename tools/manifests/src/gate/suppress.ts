// Suppressing a rule for one object, with a justification the gate prints:
//   metadata.annotations["ckan-openshift.io/gate-ignore"]: "pss/seccomp: <why this is safe>; other/rule: <why>"
import type { Finding, RenderedObject } from "./finding.ts";
import { objectName } from "./finding.ts";
import { RULES } from "./rules.ts";

export const IGNORE_ANNOTATION = "ckan-openshift.io/gate-ignore";

export interface Suppression {
  readonly overlay: string;
  readonly object: string;
  readonly rule: string;
  readonly reason: string;
}

export function suppressionsOf(
  objects: readonly RenderedObject[],
  overlay: string,
): { suppressions: Suppression[]; findings: Finding[] } {
  const suppressions: Suppression[] = [];
  const findings: Finding[] = [];
  for (const object of objects) {
    const value = object.metadata?.annotations?.[IGNORE_ANNOTATION];
    if (typeof value !== "string") continue;
    for (const entry of value
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [rule, ...rest] = entry.split(":");
      const reason = rest.join(":").trim();
      if (!reason) {
        findings.push({
          rule: "gate/ignore-without-reason",
          severity: "error",
          overlay,
          object: objectName(object),
          path: `metadata.annotations["${IGNORE_ANNOTATION}"]`,
          message: `"${entry}" ignores a rule without saying why`,
          why: "a suppression nobody can judge is a hidden defect",
          fix: RULES["gate/ignore-without-reason"].fix,
        });
        continue;
      }
      suppressions.push({ overlay, object: objectName(object), rule: rule!.trim(), reason });
    }
  }
  return { suppressions, findings };
}

export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
): Finding[] {
  return findings.filter(
    (finding) =>
      !suppressions.some(
        (s) => s.overlay === finding.overlay && s.object === finding.object && s.rule === finding.rule,
      ),
  );
}
