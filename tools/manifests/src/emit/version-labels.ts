// app.kubernetes.io/version lives in one generated file per overlay, `versions/kustomization.yaml`: a
// Kustomize Component of JSON patches that set each workload's label from the environment's image pins
// (settings/image-pins.ts tagVersion). The base carries no version label, so bumping a version in
// images/*/versions.env changes nothing under manifests/; `npm run images -- pin` changes the pin and this
// file in the same overlay, in one diff, and only the pods of that environment roll.
import type { JsonObject } from "../lib/strategic-diff.ts";
import { VERSION_LABEL } from "../lib/labels.ts";

/** The overlay's folder of version labels, a Kustomize Component it lists by this relative path (`components: [..., versions]`). */
export const VERSIONS_DIR = "versions";

/** Where an object carries the version label: JSON pointers, and the value. */
export interface VersionLabels {
  readonly kind: string;
  readonly name: string;
  readonly paths: readonly string[];
  readonly value: string;
}

const pointerSegment = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * The object without any app.kubernetes.io/version label (a copy), and where they were: every `labels`
 * map the generator wrote, the object's own, a pod template's or an operator's pod options.
 */
export function takeVersionLabels(object: JsonObject): { object: JsonObject; labels?: VersionLabels } {
  const paths: string[] = [];
  const values = new Set<string>();
  // The path down to the current value, as segments: a pointer is only spelled out where a label is.
  const trail: string[] = [];
  const strip = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) {
      return value.map((item, index) => {
        trail.push(String(index));
        const copy = strip(item);
        trail.pop();
        return copy;
      });
    }
    if (value === null || typeof value !== "object") return value;
    const copy: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === "labels" && name === VERSION_LABEL) {
        paths.push([...trail, name].map((segment) => `/${pointerSegment(segment)}`).join(""));
        values.add(String(child));
        continue;
      }
      trail.push(name);
      copy[name] = strip(child, name);
      trail.pop();
    }
    return copy;
  };
  const stripped = strip(object) as JsonObject;
  if (paths.length === 0) return { object: stripped };
  const { kind, metadata } = object as { kind: string; metadata?: { name?: string } };
  const name = String(metadata?.name);
  if (values.size > 1)
    throw new Error(`generator bug: ${kind}/${name} has several versions (${[...values].join(", ")})`);
  return { object: stripped, labels: { kind, name, paths, value: [...values][0]! } };
}

/** Every object of every choice of the overlay carries one set of labels; `labels` adds another's. */
export function mergeVersionLabels(into: Map<string, VersionLabels>, labels: readonly VersionLabels[]): void {
  for (const entry of labels) {
    const key = `${entry.kind}/${entry.name}`;
    const seen = into.get(key);
    if (seen && (seen.value !== entry.value || seen.paths.join() !== entry.paths.join()))
      throw new Error(`generator bug: ${key} has different version labels in two provider choices`);
    into.set(key, entry);
  }
}

const escapeRegex = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The Component's patches: one per kind, version and set of paths, targeting the objects by kind and
 * name (kustomize anchors the name regex). A target that matches nothing, such as the StatefulSet an
 * option deletes, is left alone.
 */
export function versionLabelPatches(
  labels: Iterable<VersionLabels>,
): { target: { kind: string; name: string }; patch: string }[] {
  const groups = new Map<
    string,
    { kind: string; paths: readonly string[]; value: string; names: string[] }
  >();
  for (const entry of labels) {
    const key = JSON.stringify([entry.kind, entry.value, entry.paths]);
    const group = groups.get(key) ?? { kind: entry.kind, paths: entry.paths, value: entry.value, names: [] };
    group.names.push(entry.name);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({
      target: { kind: group.kind, name: group.names.sort().map(escapeRegex).join("|") },
      patch: group.paths.map((path) => `- op: add\n  path: ${path}\n  value: "${group.value}"`).join("\n"),
    }))
    .sort((a, b) => a.target.kind.localeCompare(b.target.kind) || a.target.name.localeCompare(b.target.name));
}
