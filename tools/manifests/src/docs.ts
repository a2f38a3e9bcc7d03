// The generated reference documents: docs/settings.md from the settings schema, docs/gate-rules.md from
// the gate's rule registry. `npm run docs` writes them, `npm run check` (and a test) fails when the
// committed ones differ.
import { randomUUID } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gateRulesReference } from "./gate/rules-reference.ts";
import { settingsReference } from "./settings/settings-reference.ts";

/** Each generated document, relative to the workspace root, and what makes it. */
export const GENERATED_DOCS: Readonly<Record<string, () => string>> = {
  "docs/settings.md": settingsReference,
  "docs/gate-rules.md": gateRulesReference,
};

async function readOrUndefined(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The generated documents whose committed text differs from a fresh generation (or is missing). */
export async function docsDrift(workspaceRoot: string): Promise<string[]> {
  const drifted: string[] = [];
  for (const [file, generate] of Object.entries(GENERATED_DOCS)) {
    if ((await readOrUndefined(path.join(workspaceRoot, file))) !== generate()) drifted.push(file);
  }
  return drifted;
}

/** Writes the documents that differ, each atomically (a temporary file, then a rename); returns them. */
export async function writeDocs(workspaceRoot: string): Promise<string[]> {
  const generated = Object.entries(GENERATED_DOCS).map(([file, generate]) => [file, generate()] as const);
  const written: string[] = [];
  for (const [file, text] of generated) {
    const target = path.join(workspaceRoot, file);
    if ((await readOrUndefined(target)) === text) continue;
    const temporary = `${target}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, text);
      await rename(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
    written.push(file);
  }
  return written;
}
