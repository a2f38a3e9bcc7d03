// Findings for people: grouped by overlay and object, each with its rule, path, why and fix.
import type { Finding } from "./finding.ts";
import type { Suppression } from "./suppress.ts";

export function formatFindings(
  findings: readonly Finding[],
  suppressions: readonly Suppression[] = [],
): string {
  const lines: string[] = [];
  const byOverlay = Map.groupBy(findings, (finding) => finding.overlay || "repository");
  for (const [overlay, overlayFindings] of [...byOverlay].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${overlay}:`);
    for (const [object, objectFindings] of Map.groupBy(overlayFindings, (finding) => finding.object)) {
      lines.push(`  ${object}`);
      for (const finding of objectFindings) {
        lines.push(`    ${finding.severity === "error" ? "✗" : "!"} ${finding.rule}  ${finding.path}`);
        lines.push(`        ${finding.message}`);
        lines.push(`        why: ${finding.why}`);
        lines.push(`        fix: ${finding.fix}`);
      }
    }
  }
  if (suppressions.length > 0) {
    lines.push("suppressed (with their reasons):");
    for (const s of suppressions) lines.push(`  ${s.overlay} ${s.object} ${s.rule}: ${s.reason}`);
  }
  return lines.join("\n");
}
