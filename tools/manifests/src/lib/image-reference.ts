// Reading an image reference as the container runtime does: `[registry/]path[:tag][@digest]`, where the
// first path part is a registry only if it looks like a host (a dot, a port or localhost).

/** The registry an image is pulled from; Docker Hub when the reference names none. */
export function registryOf(reference: string): string {
  const [name] = reference.split("@");
  const slash = name!.indexOf("/");
  const firstPart = slash === -1 ? "" : name!.slice(0, slash);
  return firstPart.includes(".") || firstPart.includes(":") || firstPart === "localhost"
    ? firstPart
    : "docker.io";
}
