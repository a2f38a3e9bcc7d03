// What both commands print: paths as the user reads them, errors with their fix, and the summary table.
import path from "node:path";
import { SettingsError } from "@ckan-openshift/manifests/settings";
import type { Outcome, SecretValues } from "./generate.ts";

/** The wording of the expected failures of both commands (exit 1). */
export function explainFailure(error: unknown): string | undefined {
  if (error instanceof SettingsError) return `✗ nothing was written:\n${error.message}`;
  return undefined;
}

/** A path as the user should read it: relative to the working directory when under it. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

export const ROTATE_WARNING =
  "⚠ --rotate replaces every value. PostgreSQL keeps its role passwords in the database and running pods keep\n" +
  "  their old environment: on a running stack, change the role passwords and restart the pods as\n" +
  '  tools/secrets/README.md ("Rotation") describes, or CKAN cannot connect.';

const MARKS: Record<Outcome, string> = {
  created: "✓ created",
  kept: "= kept",
  completed: "+ completed",
  rotated: "↻ rotated",
};

export interface SummaryEntry {
  readonly name: string;
  readonly outcome: Outcome;
  readonly keys: readonly string[];
  /** The keys this run added to a Secret that existed (shown when completed). */
  readonly added: readonly string[];
  /** The values, printed only when given (`--show`). */
  readonly values?: SecretValues;
}

/** One line per Secret (keys, never values unless given), then the counts and `footer`. */
export function summary(entries: readonly SummaryEntry[], footer: string): string {
  const width = Math.max(...entries.map((entry) => entry.name.length));
  const lines = entries.flatMap((entry) => {
    const added = entry.outcome === "completed" ? ` (added ${entry.added.join(", ")})` : "";
    const line = `  ${MARKS[entry.outcome].padEnd(11)}  ${entry.name.padEnd(width)}  ${entry.keys.join(", ")}${added}`;
    const values = entry.values;
    return values ? [line, ...entry.keys.map((key) => `      ${key}=${values[key]}`)] : [line];
  });
  const counts = (Object.keys(MARKS) as Outcome[])
    .map((outcome) => [outcome, entries.filter((entry) => entry.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  return [...lines, `${entries.length} Secrets: ${counts.join(", ")}.${footer}`].join("\n");
}
