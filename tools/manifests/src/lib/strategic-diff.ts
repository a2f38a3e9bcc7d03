// Computes the strategic-merge patch that turns one object into another, so an overlay holds exactly
// what its environment changes and nothing else. Lists of named things are merged by their Kubernetes
// merge key (as `kubectl`/kustomize do); other lists are replaced whole.
// @see https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** patchMergeKey of the list fields the stack uses, by field name. */
const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
};

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const equal = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** The patch from `base` to `target`, or undefined when they are equal. */
export function strategicDiff(base: Json | undefined, target: Json, field = ""): Json | undefined {
  // Maps are compared key by key below (an equal map gives an empty patch), not serialised whole at
  // every level of the recursion, which made the diff quadratic in the depth of a pod template.
  if (isObject(base) && isObject(target)) {
    const patch: JsonObject = {};
    for (const [key, value] of Object.entries(target)) {
      const change = strategicDiff(base[key], value, key);
      if (change !== undefined) patch[key] = change;
    }
    for (const key of Object.keys(base)) {
      if (!(key in target)) patch[key] = null;
    }
    return Object.keys(patch).length > 0 ? patch : undefined;
  }
  if (equal(base, target)) return undefined;
  const mergeKey = MERGE_KEYS[field];
  if (mergeKey && Array.isArray(base) && Array.isArray(target) && [...base, ...target].every(isObject)) {
    const byKey = new Map((base as JsonObject[]).map((item) => [item[mergeKey], item]));
    const patch: Json[] = [];
    for (const item of target as JsonObject[]) {
      const key = item[mergeKey] as Json;
      const change = strategicDiff(byKey.get(key), item);
      if (change !== undefined) patch.push({ [mergeKey]: key, ...(change as JsonObject) });
    }
    const kept = new Set((target as JsonObject[]).map((item) => item[mergeKey]));
    for (const item of base as JsonObject[]) {
      if (!kept.has(item[mergeKey])) patch.push({ [mergeKey]: item[mergeKey] as Json, $patch: "delete" });
    }
    return patch.length > 0 ? patch : undefined;
  }
  return target;
}

/** A patch document for kustomize's `patches:`: the object's identity plus what changes. */
export function objectPatch(base: JsonObject, target: JsonObject): JsonObject | undefined {
  const change = strategicDiff(base, target);
  if (!isObject(change)) return undefined;
  // apiVersion, kind and name identify the object; they are the same on both sides.
  const { metadata, ...rest } = change;
  const name = (target.metadata as JsonObject).name as string;
  return {
    apiVersion: target.apiVersion as string,
    kind: target.kind as string,
    metadata: { name, ...(isObject(metadata) ? metadata : {}) },
    ...rest,
  };
}

/**
 * Whether kustomize knows the kind's schema (a built-in API group). It merges a custom resource's lists by
 * guessing a key (`name`), not by the merge keys above, so a change to their lists is a JSON6902 patch.
 */
export function isBuiltIn(object: JsonObject): boolean {
  const apiVersion = String(object.apiVersion);
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0]! : "";
  return !group.includes(".") || group.endsWith(".k8s.io");
}

const hasList = (value: Json): boolean =>
  Array.isArray(value) || (isObject(value) && Object.values(value).some(hasList));

/**
 * The leaf fields a strategic-merge patch sets, as paths (`/spec/replicas`, `/spec/template/spec/containers[name=ckan]/env[name=A]`),
 * identity excluded: what two patches must not both touch.
 */
export function patchLeaves(patch: JsonObject): string[] {
  const body: JsonObject = { ...patch };
  delete body.apiVersion;
  delete body.kind;
  const metadata: JsonObject = { ...((patch.metadata ?? {}) as JsonObject) };
  delete metadata.name;
  if (Object.keys(metadata).length > 0) body.metadata = metadata;
  else delete body.metadata;
  const leaves: string[] = [];
  const walk = (value: Json, path: string, field: string) => {
    const mergeKey = MERGE_KEYS[field];
    if (isObject(value) && Object.keys(value).length > 0) {
      for (const [key, child] of Object.entries(value)) walk(child, `${path}/${key}`, key);
    } else if (mergeKey && Array.isArray(value) && value.every(isObject)) {
      for (const item of value as JsonObject[]) {
        const { [mergeKey]: key, ...itemRest } = item;
        const itemPath = `${path}[${mergeKey}=${String(key)}]`;
        if (Object.keys(itemRest).length === 0) leaves.push(itemPath);
        else walk(itemRest, itemPath, "");
      }
    } else leaves.push(path);
  };
  walk(body, "", "");
  return leaves;
}

/** One RFC 6902 operation, as kustomize's JSON6902 patches take them. */
export type JsonPatchOperation =
  { op: "add" | "replace"; path: string; value: Json } | { op: "remove"; path: string };

const pointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * Whether two lists hold the same items in the same places (as many, each a map, each named alike where
 * named), so that a change inside them can be addressed by index rather than by replacing the list.
 */
const sameItems = (base: Json, target: Json): base is JsonObject[] =>
  Array.isArray(base) &&
  Array.isArray(target) &&
  base.length === target.length &&
  base.every((item, index) => {
    const other = target[index];
    return isObject(item) && isObject(other) && item.name === other.name;
  });

/**
 * The JSON6902 operations that turn `base` into `target`: maps field by field, lists of the same items
 * item by item (by index), other lists replaced whole.
 */
export function jsonPatchDiff(base: Json | undefined, target: Json, path = ""): JsonPatchOperation[] {
  if (base === undefined) return [{ op: "add", path, value: target }];
  if (sameItems(base, target))
    return base.flatMap((item, index) => jsonPatchDiff(item, (target as Json[])[index]!, `${path}/${index}`));
  if (!isObject(base) || !isObject(target))
    return equal(base, target) ? [] : [{ op: "replace", path, value: target }];
  const operations: JsonPatchOperation[] = [];
  for (const key of Object.keys(base)) {
    if (!(key in target)) operations.push({ op: "remove", path: `${path}/${pointer(key)}` });
  }
  for (const [key, value] of Object.entries(target)) {
    operations.push(...jsonPatchDiff(base[key], value, `${path}/${pointer(key)}`));
  }
  return operations;
}

/** A JSON6902 patch of one object: what kustomize's `patches:` entry targets, and its operations. */
export interface JsonPatch {
  readonly target: { group?: string; version: string; kind: string; name: string };
  readonly operations: JsonPatchOperation[];
}

export interface ObjectSetDiff {
  /** Objects only in the target, whole. */
  readonly added: JsonObject[];
  /** Strategic-merge patches for built-in objects in both that differ. */
  readonly changed: JsonObject[];
  /** JSON6902 patches for custom resources in both whose lists differ. */
  readonly jsonPatches: JsonPatch[];
  /** `$patch: delete` documents for objects only in the source. */
  readonly removed: JsonObject[];
}

const identity = (object: JsonObject) =>
  `${String(object.apiVersion)}/${String(object.kind)}/${String((object.metadata as JsonObject).name)}`;

/** What turns one set of objects into another, objects matched by apiVersion, kind and name. */
export function objectSetDiff(from: readonly JsonObject[], to: readonly JsonObject[]): ObjectSetDiff {
  const before = new Map(from.map((object) => [identity(object), object]));
  const after = new Set(to.map(identity));
  const added: JsonObject[] = [];
  const changed: JsonObject[] = [];
  const jsonPatches: JsonPatch[] = [];
  for (const object of to) {
    const previous = before.get(identity(object));
    if (!previous) added.push(object);
    else {
      const patch = objectPatch(previous, object);
      if (!patch) continue;
      if (isBuiltIn(object) || !hasList(patch)) changed.push(patch);
      else jsonPatches.push({ target: targetOf(object), operations: jsonPatchDiff(previous, object) });
    }
  }
  const removed = from
    .filter((object) => !after.has(identity(object)))
    .map((object) => ({
      apiVersion: object.apiVersion as string,
      kind: object.kind as string,
      metadata: { name: (object.metadata as JsonObject).name as string },
      $patch: "delete",
    }));
  return { added, changed, jsonPatches, removed };
}

function targetOf(object: JsonObject): JsonPatch["target"] {
  const [group, version] = String(object.apiVersion).split("/") as [string, string];
  return {
    group,
    version,
    kind: String(object.kind),
    name: String((object.metadata as JsonObject).name),
  };
}

/** A strategic-merge patch applied as kustomize applies it: maps merged, `null` deletes, keyed lists merged. */
export function applyStrategic(base: Json | undefined, patch: Json, field = ""): Json {
  if (isObject(patch)) {
    const result: JsonObject = isObject(base) ? { ...base } : {};
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete result[key];
      else result[key] = applyStrategic(result[key], value, key);
    }
    return result;
  }
  const mergeKey = MERGE_KEYS[field];
  if (mergeKey && Array.isArray(base) && Array.isArray(patch) && [...base, ...patch].every(isObject)) {
    const result = [...(base as JsonObject[])];
    for (const item of patch as JsonObject[]) {
      const index = result.findIndex((existing) => equal(existing[mergeKey], item[mergeKey]));
      if (item.$patch === "delete") {
        if (index >= 0) result.splice(index, 1);
      } else if (index >= 0) result[index] = applyStrategic(result[index], item) as JsonObject;
      else result.push(applyStrategic(undefined, item) as JsonObject);
    }
    return result;
  }
  return patch;
}

function applyJsonPatch(object: JsonObject, operations: readonly JsonPatchOperation[]): JsonObject {
  const result = structuredClone(object);
  for (const operation of operations) {
    const keys = operation.path
      .split("/")
      .slice(1)
      .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
    const last = keys.pop()!;
    let parent: JsonObject = result;
    for (const key of keys) parent = parent[key] as JsonObject;
    if (operation.op === "remove") delete parent[last];
    else parent[last] = structuredClone(operation.value);
  }
  return result;
}

/** `from` with a diff applied, as kustomize builds it: the check that a layer reproduces its source. */
export function applyObjectSetDiff(from: readonly JsonObject[], diff: ObjectSetDiff): JsonObject[] {
  const deleted = new Set(diff.removed.map(identity));
  const patches = new Map(diff.changed.map((patch) => [identity(patch), patch]));
  const jsonPatches = new Map(
    diff.jsonPatches.map((patch) => [
      `${patch.target.group ? `${patch.target.group}/` : ""}${patch.target.version}/${patch.target.kind}/${patch.target.name}`,
      patch.operations,
    ]),
  );
  const kept = from
    .filter((object) => !deleted.has(identity(object)))
    .map((object) => {
      const patch = patches.get(identity(object));
      const operations = jsonPatches.get(identity(object));
      if (patch) return applyStrategic(object, patch) as JsonObject;
      return operations ? applyJsonPatch(object, operations) : object;
    });
  return [...kept, ...diff.added];
}

/** Whether two object sets are the same, keyed lists in any order (as kustomize may order them). */
export function sameObjectSet(a: readonly JsonObject[], b: readonly JsonObject[]): boolean {
  const diff = objectSetDiff(a, b);
  return (
    a.length === b.length &&
    [diff.added, diff.changed, diff.jsonPatches, diff.removed].every((x) => x.length === 0)
  );
}

export type { Json, JsonObject };
