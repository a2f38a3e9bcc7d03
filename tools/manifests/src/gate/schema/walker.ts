// The strict walker: every field of an object must be declared by its schema. Reads OpenAPI v3 component
// schemas and CRD structural schemas alike: `$ref`, `allOf`/`anyOf`/`oneOf` (their fields are unioned),
// `properties`, `items`, `additionalProperties` (maps: labels, annotations, data, resources.requests),
// `x-kubernetes-preserve-unknown-fields` (anything goes at that node), `x-kubernetes-embedded-resource`.
// Types and values are the models' job (types.ts); this only finds fields the API server would drop.
import { fieldPath, itemPath } from "./paths.ts";

export type RawSchema = Readonly<Record<string, unknown>>;

/** Where schemas come from: one OpenAPI document, or one CRD version. */
export interface SchemaSet {
  resolve(ref: string): RawSchema;
  /**
   * Whether an object schema that declares no fields holds anything: true in the built-in documents
   * (FieldsV1, RawExtension), false in a CRD, whose pruning drops every field of such an object.
   */
  readonly emptyObjectIsOpen: boolean;
  /** ObjectMeta, for `metadata` of the object and of embedded resources. */
  objectMeta(): SchemaAt;
}

export interface SchemaAt {
  readonly schema: RawSchema;
  readonly set: SchemaSet;
  /** An object with apiVersion, kind and metadata (a custom resource's root, an embedded resource). */
  readonly embedded?: boolean;
}

/** What a schema says about an object's fields, merged over `$ref` and `allOf`/`anyOf`/`oneOf`. */
interface Shape {
  /** Whether the schema describes an object (else a value of another type: the models report a mismatch). */
  readonly object: boolean;
  readonly fields: ReadonlyMap<string, SchemaAt>;
  /** The schema of a map's values, or true when any field is allowed. */
  readonly additional: SchemaAt | boolean;
  readonly items: SchemaAt | undefined;
  readonly embedded: boolean;
}

export interface UnknownField {
  /** Readable path of the unknown field. */
  readonly path: string;
  readonly field: string;
  /** The fields its schema declares there. */
  readonly known: readonly string[];
}

const shapes = new WeakMap<RawSchema, Shape>();

function shapeOf(at: SchemaAt): Shape {
  const cached = shapes.get(at.schema);
  if (cached) return cached;
  const { set } = at;
  const members: RawSchema[] = [];
  const collect = (schema: RawSchema) => {
    if (typeof schema.$ref === "string") collect(set.resolve(schema.$ref));
    members.push(schema);
    for (const combinator of ["allOf", "anyOf", "oneOf"]) {
      for (const member of (schema[combinator] as RawSchema[] | undefined) ?? []) collect(member);
    }
  };
  collect(at.schema);
  const fields = new Map<string, SchemaAt>();
  let additional: SchemaAt | boolean | undefined;
  let items: SchemaAt | undefined;
  let type: unknown;
  let open = false;
  let embedded = false;
  for (const member of members) {
    type ??= member.type;
    for (const [name, schema] of Object.entries(
      (member.properties as Record<string, RawSchema> | undefined) ?? {},
    )) {
      if (!fields.has(name)) fields.set(name, { schema, set });
    }
    if (member.additionalProperties === true) additional = true;
    else if (
      member.additionalProperties &&
      typeof member.additionalProperties === "object" &&
      additional !== true
    ) {
      additional ??= { schema: member.additionalProperties as RawSchema, set };
    }
    if (member.items && typeof member.items === "object")
      items ??= { schema: member.items as RawSchema, set };
    if (member["x-kubernetes-preserve-unknown-fields"] === true) open = true;
    if (member["x-kubernetes-embedded-resource"] === true) embedded = true;
  }
  const object = type === "object" || fields.size > 0 || additional !== undefined;
  if (object && fields.size === 0 && additional === undefined && set.emptyObjectIsOpen) open = true;
  const shape: Shape = {
    object,
    fields,
    additional: open ? true : (additional ?? false),
    items,
    embedded,
  };
  shapes.set(at.schema, shape);
  return shape;
}

/** Every field of `value` that `at` does not declare, below `path`. */
export function unknownFields(
  value: unknown,
  at: SchemaAt,
  path = "",
  found: UnknownField[] = [],
): UnknownField[] {
  if (value === null || typeof value !== "object") return found;
  const shape = shapeOf(at);
  if (Array.isArray(value)) {
    if (shape.items)
      value.forEach((item, index) => unknownFields(item, shape.items!, itemPath(path, item, index), found));
    return found;
  }
  if (!shape.object) return found;
  const embedded = shape.embedded || at.embedded === true;
  for (const [key, child] of Object.entries(value)) {
    const childPath = fieldPath(path, key);
    if (embedded && (key === "apiVersion" || key === "kind")) continue;
    if (embedded && key === "metadata") unknownFields(child, at.set.objectMeta(), childPath, found);
    else if (shape.fields.has(key)) unknownFields(child, shape.fields.get(key)!, childPath, found);
    else if (typeof shape.additional === "object") unknownFields(child, shape.additional, childPath, found);
    else if (!shape.additional) found.push({ path: childPath, field: key, known: [...shape.fields.keys()] });
  }
  return found;
}
