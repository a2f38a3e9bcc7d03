#!/usr/bin/env node
// Vendors the official Kubernetes OpenAPI v3 documents the schema layer checks built-in kinds against, from
// the k8s.io/kubernetes Go module (`api/openapi-spec/v3/`), into tools/manifests/openapi/.
//
//   node tools/manifests/src/gate/schema/vendor-openapi.ts [--version v1.36.3]
//
// Each document is pruned: `paths` are dropped and only the component schemas reachable from the kinds
// below are kept, verbatim (descriptions included). Also writes openapi/kinds.json (apiVersion → kind →
// document and schema name), which the gate reads to know the built-in kinds without parsing the documents.
// Keep the version in step with kubernetes-models (its types are generated from the same documents), and
// record it in openapi/SOURCES.md.
import { execFileSync } from "node:child_process";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { format, resolveConfig } from "prettier";

const { values } = parseArgs({ options: { version: { type: "string", default: "v1.36.3" } } });
const outDir = path.resolve(import.meta.dirname, "../../../openapi");

/** The documents we vendor, by apiVersion. */
const DOCUMENTS: Record<string, string> = {
  v1: "api__v1_openapi.json",
  "apps/v1": "apis__apps__v1_openapi.json",
  "batch/v1": "apis__batch__v1_openapi.json",
  "policy/v1": "apis__policy__v1_openapi.json",
  "networking.k8s.io/v1": "apis__networking.k8s.io__v1_openapi.json",
  "autoscaling/v2": "apis__autoscaling__v2_openapi.json",
};
/** Kinds of these groups that are not manifests: API machinery, subresources and objects the cluster writes. */
const NOT_MANIFESTS = new Set([
  "APIResourceList",
  "Binding",
  "ComponentStatus",
  "DeleteOptions",
  "Event",
  "Node",
  "Status",
  "WatchEvent",
]);

type Schema = Record<string, unknown>;
interface Document {
  openapi: string;
  info: unknown;
  components: { schemas: Record<string, Schema> };
}
interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

function refsOf(value: unknown, into: string[]): string[] {
  if (Array.isArray(value)) for (const item of value) refsOf(item, into);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") into.push(item.replace("#/components/schemas/", ""));
      else refsOf(item, into);
    }
  }
  return into;
}

const module = JSON.parse(
  execFileSync("go", ["mod", "download", "-json", `k8s.io/kubernetes@${values.version}`], {
    encoding: "utf8",
    env: { ...process.env, GOFLAGS: "-mod=mod" },
  }),
) as { Dir: string; Version: string; Sum: string };
const prettierConfig = { ...(await resolveConfig(path.join(outDir, "x.json"))), parser: "json" };
const kinds: Record<string, Record<string, { document: string; schema: string }>> = {};
await mkdir(outDir, { recursive: true });
for (const [apiVersion, file] of Object.entries(DOCUMENTS)) {
  const document = JSON.parse(
    await readFile(path.join(module.Dir, "api/openapi-spec/v3", file), "utf8"),
  ) as Document;
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const schemas = document.components.schemas;
  const roots = Object.entries(schemas).flatMap(([name, schema]) =>
    ((schema["x-kubernetes-group-version-kind"] as GroupVersionKind[] | undefined) ?? [])
      .filter(
        (gvk) =>
          gvk.group === group &&
          gvk.version === version &&
          !gvk.kind.endsWith("List") &&
          !NOT_MANIFESTS.has(gvk.kind),
      )
      .map((gvk) => [gvk.kind, name] as const),
  );
  kinds[apiVersion] = Object.fromEntries(
    roots.sort(([a], [b]) => a.localeCompare(b)).map(([kind, schema]) => [kind, { document: file, schema }]),
  );
  const reachable = new Set<string>();
  const pending = roots.map(([, name]) => name);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reachable.has(name)) continue;
    if (!schemas[name]) throw new Error(`${file}: $ref to missing schema ${name}`);
    reachable.add(name);
    pending.push(...refsOf(schemas[name], []));
  }
  const pruned = {
    openapi: document.openapi,
    info: document.info,
    components: { schemas: Object.fromEntries([...reachable].sort().map((name) => [name, schemas[name]])) },
  };
  await writeFile(path.join(outDir, file), await format(JSON.stringify(pruned), prettierConfig));
  console.log(
    `${file}: ${reachable.size} of ${Object.keys(schemas).length} schemas, kinds ${Object.keys(kinds[apiVersion]!).join(", ")}`,
  );
}
const index = { module: "k8s.io/kubernetes", version: module.Version, sum: module.Sum, kinds };
await writeFile(path.join(outDir, "kinds.json"), await format(JSON.stringify(index), prettierConfig));
console.log(
  `✓ k8s.io/kubernetes ${module.Version} (${module.Sum}) vendored into ${path.relative(process.cwd(), outDir)}`,
);
