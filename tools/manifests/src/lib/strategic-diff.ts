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
  if (equal(base, target)) return undefined;
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

export interface ObjectSetDiff {
  /** Objects only in the target, whole. */
  readonly added: JsonObject[];
  /** Patches for objects in both that differ. */
  readonly changed: JsonObject[];
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
  for (const object of to) {
    const previous = before.get(identity(object));
    if (!previous) added.push(object);
    else {
      const patch = objectPatch(previous, object);
      if (patch) changed.push(patch);
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
  return { added, changed, removed };
}

export type { Json, JsonObject };
