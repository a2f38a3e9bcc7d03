// Field paths people can read: `spec.template.spec.containers[name=ckan].readinessProbe`, list items by
// their `name` where they have one (containers, volumes, env, ports), else by index.

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `parent.key`, or `parent["app.kubernetes.io/name"]` for keys that are not identifiers. */
export function fieldPath(parent: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

/** `parent[name=ckan]` for an item with a string `name`, else `parent[3]`. */
export function itemPath(parent: string, item: unknown, index: number): string {
  const name =
    item && typeof item === "object" && !Array.isArray(item) ? (item as { name?: unknown }).name : undefined;
  return typeof name === "string" ? `${parent}[name=${name}]` : `${parent}[${index}]`;
}

/** The readable path of a JSON pointer (`/spec/template/spec/containers/0/image`) into `root`. */
export function pointerPath(root: unknown, pointer: string): string {
  let path = "";
  let value = root;
  for (const segment of pointer.split("/").slice(1)) {
    const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(value)) {
      const index = Number(key);
      path = itemPath(path, value[index], index);
      value = value[index];
    } else {
      path = fieldPath(path, key);
      value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of pointer.split("/").slice(1)) {
    if (!value || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return value;
}
