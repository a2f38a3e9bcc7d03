// Which schema an object is checked against: built-in kinds from the vendored Kubernetes OpenAPI documents
// (tools/manifests/openapi/) and kubernetes-models, custom resources from the vendored CRDs
// (tools/manifests/crds/, reduced by scripts/generate-crd-models.ts) and their generated models.
// Everything is loaded on first use and cached: an overlay only pays for the kinds it contains.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { closest } from "./suggest.ts";
import type { RawSchema, SchemaAt, SchemaSet } from "./walker.ts";

const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));
const openapiDir = path.join(projectRoot, "openapi");
const crdSchemaDir = path.join(projectRoot, "src/generated/crd-schemas");
const OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

/** A validating model class, as kubernetes-models and the generated CRD models export them. */
export interface ModelClass {
  new (data: never): { validate(): void };
}

export interface KindSchema {
  readonly apiVersion: string;
  readonly kind: string;
  /** The schema of the whole object. */
  readonly root: SchemaAt;
  readonly loadModel: () => Promise<ModelClass>;
}

interface OpenApiIndex {
  readonly kinds: Record<string, Record<string, { document: string; schema: string }>>;
}

/** `record[key]` if it is the record's own (so `constructor` is not a kind). */
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const once = <T>(load: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
};

const openapiIndex = once(() => readJson(path.join(openapiDir, "kinds.json")) as OpenApiIndex);
const crdIndex = once(
  () => readJson(path.join(crdSchemaDir, "index.json")) as Record<string, Record<string, string>>,
);

const documents = new Map<string, SchemaSet>();
function openapiDocument(file: string): SchemaSet {
  let set = documents.get(file);
  if (!set) {
    const schemas = (
      readJson(path.join(openapiDir, file)) as { components: { schemas: Record<string, RawSchema> } }
    ).components.schemas;
    set = {
      resolve: (ref) => {
        const schema = schemas[ref.replace("#/components/schemas/", "")];
        if (!schema) throw new Error(`${file}: no schema ${ref}`);
        return schema;
      },
      // FieldsV1 and RawExtension are `type: object` without properties: they hold anything.
      emptyObjectIsOpen: true,
      objectMeta: () => objectMeta(),
    };
    documents.set(file, set);
  }
  return set;
}

/** ObjectMeta from the core document, for custom resources' `metadata` (a CRD only says `type: object`). */
const objectMeta = once((): SchemaAt => {
  const set = openapiDocument(openapiIndex().kinds.v1!.ConfigMap!.document);
  return { schema: set.resolve(OBJECT_META), set };
});

const modelCache = new Map<string, Promise<ModelClass>>();
function modelLoader(specifier: string, kind: string): () => Promise<ModelClass> {
  return () => {
    let model = modelCache.get(specifier);
    if (!model) {
      model = import(specifier).then((module: Record<string, ModelClass>) => {
        const found = module[kind];
        if (!found) throw new Error(`${specifier} exports no ${kind}`);
        return found;
      });
      modelCache.set(specifier, model);
    }
    return model;
  };
}

const kindCache = new Map<string, KindSchema | undefined>();

/** The schema and model of an apiVersion and kind, or undefined when none is vendored. */
export function kindSchema(apiVersion: string, kind: string): KindSchema | undefined {
  const key = `${apiVersion} ${kind}`;
  if (kindCache.has(key)) return kindCache.get(key);
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/", 2) : ["", apiVersion];
  let found: KindSchema | undefined;
  const builtIn = own(own(openapiIndex().kinds, apiVersion), kind);
  const custom = own(own(crdIndex(), apiVersion), kind);
  if (builtIn) {
    const set = openapiDocument(builtIn.document);
    found = {
      apiVersion,
      kind,
      root: { schema: set.resolve(builtIn.schema), set },
      loadModel: modelLoader(`kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`, kind),
    };
  } else if (custom) {
    const schema = readJson(path.join(crdSchemaDir, custom)) as RawSchema;
    const set: SchemaSet = {
      resolve: () => {
        throw new Error(`${custom}: CRD schemas have no $ref`);
      },
      // A CRD's pruning drops every field of an object that declares none.
      emptyObjectIsOpen: false,
      objectMeta,
    };
    found = {
      apiVersion,
      kind,
      root: { schema, set, embedded: true },
      loadModel: modelLoader(
        new URL(`../../generated/crd-models/${group}/${version}/${kind}.js`, import.meta.url).href,
        kind,
      ),
    };
  }
  kindCache.set(key, found);
  return found;
}

/** Every vendored apiVersion and kind. */
function knownKinds(): { apiVersion: string; kind: string }[] {
  const kinds = (index: Record<string, Record<string, unknown>>) =>
    Object.entries(index).flatMap(([apiVersion, byKind]) =>
      Object.keys(byKind).map((kind) => ({ apiVersion, kind })),
    );
  return [...kinds(openapiIndex().kinds), ...kinds(crdIndex())];
}

const groupOf = (apiVersion: string) => (apiVersion.includes("/") ? apiVersion.split("/")[0]! : "");

/** How to fix an object whose apiVersion and kind have no vendored schema. */
export function unknownKindFix(apiVersion: string, kind: string): string {
  const known = knownKinds();
  const sameKind = known.filter((k) => k.kind === kind && groupOf(k.apiVersion) === groupOf(apiVersion));
  if (sameKind.length > 0)
    return `use apiVersion ${sameKind.map((k) => `\`${k.apiVersion}\``).join(" or ")} (the version the schemas serve)`;
  const sameGroup = known.filter((k) => k.apiVersion === apiVersion);
  const kindGuess = closest(
    kind,
    (sameGroup.length > 0 ? sameGroup : known).map((k) => k.kind),
  );
  if (kindGuess) {
    const apiVersions = known.filter((k) => k.kind === kindGuess).map((k) => `\`${k.apiVersion}\``);
    return `did you mean kind \`${kindGuess}\` (apiVersion ${apiVersions.join(" or ")})?`;
  }
  const group = groupOf(apiVersion);
  if (group === "" || !group.includes(".") || group.endsWith(".k8s.io")) {
    return `vendor the Kubernetes OpenAPI document of ${apiVersion}: add it to DOCUMENTS in tools/manifests/src/gate/schema/vendor-openapi.ts, run that script and record the file in tools/manifests/openapi/SOURCES.md`;
  }
  return `vendor the CRD of ${kind}.${group} into tools/manifests/crds/ (with a row in crds/SOURCES.md), then run node tools/manifests/scripts/generate-crd-models.ts`;
}
