// Reading an image reference as the container runtime does: `[registry/]path[:tag][@digest]`, where the
// first path part is a registry only if it looks like a host (a dot, a port or localhost).

/** The registry an image is pulled from; Docker Hub when the reference names none. */
export function registryOf(reference: string): string {
  return splitRegistry(reference).registry ?? "docker.io";
}

/** A mirror: `host[:port]/path`, a registry host (with a dot, a port or localhost) and a path, lowercase. */
export const IMAGE_MIRROR =
  /^(localhost|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)(:[0-9]{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;

/** A reference's registry as written (none for Docker Hub's short names) and the rest after it. */
function splitRegistry(reference: string): { registry?: string; rest: string } {
  const slash = reference.indexOf("/");
  const firstPart = slash === -1 ? "" : reference.slice(0, slash);
  return firstPart.includes(".") || firstPart.includes(":") || firstPart === "localhost"
    ? { registry: firstPart, rest: reference.slice(slash + 1) }
    : { rest: reference };
}

/**
 * The reference pulled through `mirror` (`registry[:port]/path`): the source registry is replaced by the
 * mirror and everything after it kept, tag and digest included; Docker Hub's official images get their
 * implicit `library/`. `docker.io/library/postgres:16` and `postgres:16` → `<mirror>/library/postgres:16`,
 * `quay.io/ckan-openshift/ckan:2.11.6-0@sha256:…` → `<mirror>/ckan-openshift/ckan:2.11.6-0@sha256:…`.
 * A reference already in the mirror is kept as it is.
 */
export function mirrorImage(reference: string, mirror: string): string {
  if (reference.startsWith(`${mirror}/`)) return reference;
  const { registry, rest } = splitRegistry(reference);
  const [name] = rest.split("@");
  const official = (registry === undefined || registry === "docker.io") && !name!.includes("/");
  return `${mirror}/${official ? "library/" : ""}${rest}`;
}
