#!/usr/bin/env node
// Generates typed, validating models (like kubernetes-models' own) for the CRDs vendored in ../crds.
// Output: src/generated/crd-models/ (committed JavaScript + declarations, so render needs no build step).
//
// Two upstream quirks are handled here rather than by hand-editing the vendored CRDs:
// - @kubernetes-models/generate 2.5 crashes on `null` schema values (openshift/api writes `anyOf: null`
//   and `enum: [null]`); nulls are dropped, and `enum: [null]` (present only when null) becomes `not: {}`,
//   which is equivalent for objects read from YAML where an absent field is never null.
// - its TypeScript imports relative modules without extensions, which Node's ESM loader rejects;
//   the script adds `.js` before compiling with tsc.
import { mkdtemp, readFile, readdir, rm, writeFile, rename, mkdir } from "node:fs/promises";
import path from "node:path";
import { $ } from "zx";
import YAML from "yaml";

const projectRoot = path.resolve(import.meta.dirname, "..");
const crdDir = path.join(projectRoot, "crds");
const outDir = path.join(projectRoot, "src/generated/crd-models");

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(dropNulls);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.enum) && record.enum.length === 1 && record.enum[0] === null) return { not: {} };
    return Object.fromEntries(
      Object.entries(record)
        .filter(([, item]) => item !== null)
        .map(([key, item]) => [key, dropNulls(item)]),
    );
  }
  return value;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

// Inside the project so that tsc resolves @kubernetes-models/* from node_modules.
const work = await mkdtemp(path.join(projectRoot, ".crd-models-"));
try {
  const inputs: string[] = [];
  for (const file of (await readdir(crdDir)).filter((f) => f.endsWith(".yaml")).sort()) {
    const crd = YAML.parse(await readFile(path.join(crdDir, file), "utf8"));
    const cleaned = path.join(work, "input", file);
    await mkdir(path.dirname(cleaned), { recursive: true });
    await writeFile(cleaned, YAML.stringify(dropNulls(crd)));
    inputs.push("--input", cleaned);
  }
  const source = path.join(work, "src");
  $.verbose = false;
  await $`crd-generate ${inputs} --output ${source}`;

  for (const file of await listFiles(source)) {
    if (!file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/from "(\.{1,2}\/[^"]+?)"/g, 'from "$1.js"'));
  }
  const compiled = path.join(work, "out");
  await $`tsc --outDir ${compiled} --rootDir ${source} --declaration --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck --allowJs false ${(await listFiles(source)).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))}`;
  for (const file of await listFiles(path.join(source, "_schemas"))) {
    const relative = path.relative(source, file);
    await mkdir(path.dirname(path.join(compiled, relative)), { recursive: true });
    await writeFile(path.join(compiled, relative), await readFile(file));
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.dirname(outDir), { recursive: true });
  await rename(compiled, outDir);
  console.log(`✓ CRD models written to ${path.relative(process.cwd(), outDir)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
