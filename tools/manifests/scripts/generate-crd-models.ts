#!/usr/bin/env node
// Generates typed, validating models (like kubernetes-models' own) for the CRDs vendored in ../crds, and the
// structural schemas the gate's strict walker reads (src/gate/schema/).
// Output (committed, so render needs no build step):
// - src/generated/crd-models/: JavaScript + declarations, one model per served version of each kind;
// - src/generated/crd-schemas/: each served version's openAPIV3Schema reduced to what decides which fields
//   exist (type, properties, items, additionalProperties, allOf/anyOf/oneOf, the x-kubernetes-* markers), as
//   compact JSON, and index.json listing every apiVersion and kind.
//
// Upstream quirks are handled here rather than by hand-editing the vendored CRDs:
// - @kubernetes-models/generate 2.5 crashes on `null` schema values (openshift/api writes `anyOf: null`
//   and `enum: [null]`); nulls are dropped, and `enum: [null]` (present only when null) becomes `not: {}`,
//   which is equivalent for objects read from YAML where an absent field is never null.
// - versions with `served: false` (external-secrets.io v1beta1) are dropped: the API server refuses them, so
//   an object using one must be reported, not validated.
// - its TypeScript imports relative modules without extensions, which Node's ESM loader rejects;
//   the script adds `.js` before compiling with tsc (`--ignoreConfig`: TypeScript 6 otherwise refuses
//   explicit files next to the workspace's tsconfig.json).
import { mkdtemp, readFile, readdir, rm, writeFile, rename, mkdir } from "node:fs/promises";
import path from "node:path";
import { $ } from "zx";
import YAML from "yaml";

const projectRoot = path.resolve(import.meta.dirname, "..");
const crdDir = path.join(projectRoot, "crds");
const outDir = path.join(projectRoot, "src/generated/crd-models");
const schemaOutDir = path.join(projectRoot, "src/generated/crd-schemas");

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

type Schema = Record<string, unknown>;

const MARKERS = [
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-int-or-string",
  "x-kubernetes-embedded-resource",
];

/** The part of a schema that decides which fields exist; undefined when nothing of it is left. */
function structural(schema: Schema): Schema | undefined {
  const out: Schema = {};
  if (typeof schema.type === "string") out.type = schema.type;
  for (const marker of MARKERS) if (schema[marker] === true) out[marker] = true;
  if (schema.properties && typeof schema.properties === "object") {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, Schema>).map(([name, child]) => [
        name,
        structural(child) ?? {},
      ]),
    );
  }
  if (schema.items && typeof schema.items === "object") out.items = structural(schema.items as Schema) ?? {};
  if (typeof schema.additionalProperties === "boolean")
    out.additionalProperties = schema.additionalProperties;
  else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    out.additionalProperties = structural(schema.additionalProperties as Schema) ?? {};
  }
  for (const combinator of ["allOf", "anyOf", "oneOf"]) {
    const members = ((schema[combinator] as Schema[] | undefined) ?? [])
      .map(structural)
      .filter(
        (member): member is Schema =>
          member !== undefined &&
          ("properties" in member || "items" in member || "additionalProperties" in member),
      );
    if (members.length > 0) out[combinator] = members;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

interface CrdVersion {
  name: string;
  served?: boolean;
  schema?: { openAPIV3Schema?: Schema };
}
interface Crd {
  spec: { group: string; names: { kind: string }; versions: CrdVersion[] };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const started = performance.now();
// Inside the project so that tsc resolves @kubernetes-models/* from node_modules.
const work = await mkdtemp(path.join(projectRoot, ".crd-models-"));
try {
  const inputs: string[] = [];
  const schemas = path.join(work, "crd-schemas");
  await mkdir(schemas, { recursive: true });
  /** apiVersion → kind → schema file, for the gate. */
  const index: Record<string, Record<string, string>> = {};
  for (const file of (await readdir(crdDir)).filter((f) => f.endsWith(".yaml")).sort()) {
    const crd = dropNulls(YAML.parse(await readFile(path.join(crdDir, file), "utf8"))) as Crd;
    crd.spec.versions = crd.spec.versions.filter((version) => version.served !== false);
    const { group, names } = crd.spec;
    for (const version of crd.spec.versions) {
      const schema = version.schema?.openAPIV3Schema;
      if (!schema) throw new Error(`${file}: version ${version.name} has no openAPIV3Schema`);
      const schemaFile = `${group}_${version.name}_${names.kind}.json`;
      await writeFile(path.join(schemas, schemaFile), JSON.stringify(structural(schema) ?? {}) + "\n");
      (index[`${group}/${version.name}`] ??= {})[names.kind] = schemaFile;
    }
    const cleaned = path.join(work, "input", file);
    await mkdir(path.dirname(cleaned), { recursive: true });
    await writeFile(cleaned, YAML.stringify(crd));
    inputs.push("--input", cleaned);
  }
  const sortedIndex = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)));
  await writeFile(path.join(schemas, "index.json"), JSON.stringify(sortedIndex, null, 2) + "\n");

  const source = path.join(work, "src");
  $.verbose = false;
  await $`crd-generate ${inputs} --output ${source}`;

  for (const file of await listFiles(source)) {
    if (!file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/from "(\.{1,2}\/[^"]+?)"/g, 'from "$1.js"'));
  }
  const compiled = path.join(work, "out");
  await $`tsc --ignoreConfig --outDir ${compiled} --rootDir ${source} --declaration --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck --allowJs false ${(await listFiles(source)).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))}`;
  for (const file of await listFiles(path.join(source, "_schemas"))) {
    const relative = path.relative(source, file);
    await mkdir(path.dirname(path.join(compiled, relative)), { recursive: true });
    await writeFile(path.join(compiled, relative), await readFile(file));
  }
  await mkdir(path.dirname(outDir), { recursive: true });
  for (const [from, to] of [
    [compiled, outDir],
    [schemas, schemaOutDir],
  ] as const) {
    await rm(to, { recursive: true, force: true });
    await rename(from, to);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✓ CRD models and schemas written to ${path.relative(process.cwd(), path.dirname(outDir))} in ${seconds}s`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
