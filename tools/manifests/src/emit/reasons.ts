// An overlay's patches, one file per reason to change (patches/sizes.yaml, patches/site.yaml …) rather than
// one per object, so a pull request's rendered diff says why it changes. Each reason owns settings fields;
// its patch is the diff between the base stack and the stack with only those fields set to the
// environment's values. Two reasons touching the same field of an object is a generator error, and base +
// every reason's patch must give back the environment's stack.
import { CONFIG_CHECKSUM_ANNOTATION } from "../lib/checksum.ts";
import {
  applyObjectSetDiff,
  objectSetDiff,
  patchLeaves,
  sameObjectSet,
  type Json,
  type JsonObject,
  type JsonPatch,
  type ObjectSetDiff,
} from "../lib/strategic-diff.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";

/** A settings field as a dotted path (`ckan.replicas`); a path owns everything below it. */
export type SettingsPath = string;

export interface Reason {
  /** The patch file: patches/<name>.yaml. */
  readonly name: string;
  /** What the file holds, written at its top. */
  readonly description: string;
  readonly fields: readonly SettingsPath[];
  /**
   * The other reasons build on this one: their patches are computed with its settings applied, so none of
   * them patches an object it deletes (kustomize would fail on the missing target).
   */
  readonly foundation?: boolean;
}

/** Every settings field that can change an overlay's patches, owned by exactly one reason. */
export const REASONS: readonly Reason[] = [
  {
    name: "external-services",
    description:
      "services outside the stack (`<service>.provider: external`): their in-cluster objects deleted, CKAN's URLs and credentials pointed at them (the other providers are options)",
    fields: [
      "postgres.provider",
      "postgres.external",
      "solr.provider",
      "solr.external",
      "redis.provider",
      "redis.external",
    ],
    foundation: true,
  },
  { name: "site", description: "the public host: the Route and CKAN's site URL", fields: ["host"] },
  {
    name: "namespace",
    description: "what refers to the namespace by name (the overlay's `namespace:` moves the objects)",
    fields: ["namespace"],
  },
  {
    name: "platform",
    description: "what the platform (its quota and operators) changes",
    fields: ["platform"],
  },
  {
    name: "sizes",
    description: "requests, limits and storage of every workload",
    fields: ["sizes", "postgres.backups.storage"],
  },
  {
    name: "replicas",
    // `scheduling` too: it replaces the spread the generator gives several replicas.
    description:
      "pod counts and where the pods run: web (or its autoscaler), worker, the operators' instances, scheduling",
    fields: [
      "scheduling",
      "ckan.replicas",
      "ckan.autoscaling",
      "ckan.workerReplicas",
      "postgres.instances",
      "postgres.poolerReplicas",
      "solr.replicas",
      "solr.zookeeperReplicas",
    ],
  },
  {
    name: "worker-queues",
    description: "more job queues: one worker Deployment each, and the queues XLoader enqueues on",
    fields: ["ckan.workerQueues"],
  },
  {
    name: "storage",
    description: "the uploads volume: its access mode, its storage class, and what sharing it changes",
    fields: ["storage"],
  },
  {
    name: "ckan-settings",
    description:
      "CKAN's own settings: site id, sysadmin, upload size, web workers and timeout, harvest schedule, other CKAN settings (ckan.config) and plugins",
    fields: [
      "ckan.siteId",
      "ckan.config",
      "ckan.plugins",
      "ckan.sysadmin",
      "ckan.maxUploadSizeMb",
      "ckan.webWorkers",
      "ckan.webTimeoutSeconds",
      "harvest",
    ],
  },
  {
    name: "theme",
    description: "the Government of Canada theme: names, home page, footer",
    fields: ["theme"],
  },
  {
    name: "mail",
    description:
      "outgoing mail: CKAN's SMTP settings, and the Secret ckan-mail its pods load for a relay login",
    fields: ["ckan.mail"],
  },
  {
    name: "network-policies",
    description: "what the NetworkPolicies need of the other objects",
    fields: ["networkPolicies"],
  },
  {
    name: "outbound",
    description: "the corporate proxy and the trusted CA bundle of web, worker and bootstrap",
    fields: ["proxy", "trustedCaBundle"],
  },
  {
    name: "images",
    description: "the registry mirror every image is pulled through, and the pull Secrets of every pod",
    fields: ["images"],
  },
  {
    name: "backups",
    description: "the operators' backup schedules and retention",
    fields: ["postgres.backups.full", "postgres.backups.incremental", "postgres.backups.retention"],
  },
];

/** Settings fields that never reach an overlay's reason patches, and where they go instead. */
// `postgres.provider` and `solr.provider` other than `external` reach the options the overlay lists
// (manifests/components/<option>/): an overlay's layers are computed with the default providers (withProviders).
export const NOT_IN_PATCHES: Readonly<Record<SettingsPath, string>> = {
  gitops: "manifests/argocd/<env>/",
};

/**
 * What an environment's values for an option (overlays/<env>/options/<option>/) also change besides
 * its settings: the option's own images (an operator's image field) carry the environment's pinned tag.
 */
export const OPTION_IMAGES: Reason = {
  name: "images",
  description: "the option's own images, at this environment's pinned tags (../../images/kustomization.yaml)",
  fields: [],
};

/** The patch written for pods' config checksum: it follows whichever reasons change the ConfigMap. */
export const DERIVED: Reason = {
  name: "config-checksum",
  description: `the pods' ${CONFIG_CHECKSUM_ANNOTATION}, so they restart when the ConfigMap changes (follows site, ckan-settings, theme …)`,
  fields: [],
};

type Mutable = Record<string, unknown>;

function getPath(object: unknown, path: SettingsPath): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value as Mutable | undefined)?.[key], object);
}

/** `base` with `fields` set to their values in `from` (left out where `from` leaves them out). */
export function withFields(
  base: EnvironmentSettings,
  from: EnvironmentSettings,
  fields: readonly SettingsPath[],
): EnvironmentSettings {
  const result = structuredClone(base) as unknown as Mutable;
  for (const field of fields) {
    const keys = field.split(".");
    const last = keys.pop()!;
    let parent = result;
    for (const key of keys) parent = (parent[key] ??= {}) as Mutable;
    const value = getPath(from, field);
    if (value === undefined) delete parent[last];
    else parent[last] = structuredClone(value);
  }
  return result as unknown as EnvironmentSettings;
}

/** Removes the config checksum from a patch, and the maps it leaves empty; undefined when nothing is left. */
function withoutChecksum(patch: JsonObject): JsonObject | undefined {
  const strip = (value: Json, key: string): Json | undefined => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const result: JsonObject = {};
    for (const [field, child] of Object.entries(value)) {
      if (key === "annotations" && field === CONFIG_CHECKSUM_ANNOTATION) continue;
      const kept = strip(child, field);
      if (kept !== undefined) result[field] = kept;
    }
    return Object.keys(result).length > 0 ? result : undefined;
  };
  const { apiVersion, kind, metadata, ...rest } = patch;
  const { name, ...metadataRest } = metadata as JsonObject;
  const body = strip({ ...rest, metadata: metadataRest }, "") as JsonObject | undefined;
  if (!body) return undefined;
  const { metadata: strippedMetadata, ...strippedRest } = body;
  return {
    apiVersion: apiVersion!,
    kind: kind!,
    metadata: { name: name!, ...((strippedMetadata as JsonObject | undefined) ?? {}) },
    ...strippedRest,
  };
}

const idOf = (object: JsonObject) => `${String(object.kind)}/${String((object.metadata as JsonObject).name)}`;
const jsonPatchId = (patch: JsonPatch) => `${patch.target.kind}/${patch.target.name}`;

/** What a diff touches: one entry per changed leaf field, added or removed object. */
function touched(diff: ObjectSetDiff): string[] {
  return [
    ...diff.changed.flatMap((patch) => patchLeaves(patch).map((leaf) => `${idOf(patch)} ${leaf}`)),
    ...diff.jsonPatches.flatMap((patch) =>
      patch.operations.map((operation) => `${jsonPatchId(patch)} ${operation.path}`),
    ),
    ...diff.added.map((object) => `${idOf(object)} (added)`),
    ...diff.removed.map((object) => `${idOf(object)} (removed)`),
  ];
}

export interface ReasonDiff {
  readonly reason: Reason;
  readonly diff: ObjectSetDiff;
}

/**
 * The environment's stack as one diff per reason (and the derived config checksum), checked: no two
 * reasons touch the same field, and applied to `base` they give back `target`.
 */
export function reasonDiffs(
  base: readonly JsonObject[],
  target: readonly JsonObject[],
  stackOf: (fields: readonly SettingsPath[], reason: Reason) => readonly JsonObject[],
  what: string,
  reasons: readonly Reason[] = REASONS,
): ReasonDiff[] {
  const final = new Map(target.map((object) => [idOf(object), object]));
  const owner = new Map<string, string>();
  const diffs: ReasonDiff[] = [];
  let applied: JsonObject[] = [...base];
  // What the other reasons are computed from: the base, with the foundation reasons' changes applied.
  let from: readonly JsonObject[] = base;
  const foundationFields = reasons.filter((reason) => reason.foundation).flatMap((reason) => reason.fields);
  for (const reason of reasons) {
    const raw = objectSetDiff(
      from,
      stackOf(reason.foundation ? reason.fields : [...foundationFields, ...reason.fields], reason),
    );
    const diff: ObjectSetDiff = {
      // An added object is written as the environment has it, whichever reasons shape its content.
      added: raw.added.map((object) => final.get(idOf(object)) ?? object),
      changed: raw.changed.map(withoutChecksum).filter((patch) => patch !== undefined),
      jsonPatches: raw.jsonPatches,
      removed: raw.removed,
    };
    for (const field of touched(diff)) {
      const other = owner.get(field);
      if (other)
        throw new Error(
          `generator bug: ${what}: reasons ${other} and ${reason.name} both change ${field}; give that field's settings to one reason (emit/reasons.ts)`,
        );
      owner.set(field, reason.name);
    }
    applied = applyObjectSetDiff(applied, diff);
    if (reason.foundation) from = applied;
    if (touched(diff).length > 0) diffs.push({ reason, diff });
  }
  const rest = objectSetDiff(applied, target);
  const unexplained = touched(rest).filter((field) => !field.endsWith(`/${CONFIG_CHECKSUM_ANNOTATION}`));
  if (unexplained.length > 0)
    throw new Error(
      `generator bug: ${what}: no single reason explains ${unexplained.join(", ")}; those fields depend on several reasons' settings (emit/reasons.ts)`,
    );
  if (touched(rest).length > 0) diffs.push({ reason: DERIVED, diff: rest });
  if (!sameObjectSet(applyObjectSetDiff(applied, rest), target))
    throw new Error(`generator bug: ${what}: base and the reasons' patches do not give back the stack`);
  return diffs;
}
