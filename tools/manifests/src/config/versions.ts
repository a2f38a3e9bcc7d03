// Reads images/<image>/versions.env, the single source of truth for each image's pins.
import { readFileSync } from "node:fs";
import path from "node:path";

export type ImageName = "ckan" | "solr" | "postgres";

const LINE = /^([A-Z][A-Z0-9_]*)=(.*)$/;

/** Parses KEY=value lines; comments and blank lines are ignored, values are taken verbatim. */
export function parseVersionsFile(text: string, file: string): Record<string, string> {
  const versions: Record<string, string> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = LINE.exec(line);
    if (!match) throw new Error(`${file}:${index + 1}: expected KEY=value, got "${line}"`);
    versions[match[1]!] = match[2]!;
  });
  return versions;
}

/** The build arg tools/images passes besides versions.env's keys: the repository, for the source label. */
export const IMAGE_SOURCE_ARG = "IMAGE_SOURCE";

/**
 * The pins an install script takes from its environment: its one `pins=(KEY ...)` array (the ckan image's
 * scripts/ckan-install), or undefined for a script without one. The gate's Dockerfile rules check them
 * against versions.env, and the end-to-end tests pass exactly these to the script.
 */
export function parseInstallerPins(text: string): string[] | undefined {
  const match = /^pins=\(([^)]*)\)/m.exec(text);
  return match ? match[1]!.split(/\s+/).filter((word) => word !== "") : undefined;
}

/** The ckan image's install script, which the Dockerfile's builder stage and the e2e hosts both run. */
export const CKAN_INSTALLER = "images/ckan/scripts/ckan-install";

export function readCkanInstallerPins(workspaceRoot: string): string[] {
  const pins = parseInstallerPins(readFileSync(path.join(workspaceRoot, CKAN_INSTALLER), "utf8"));
  if (!pins) throw new Error(`${CKAN_INSTALLER}: no pins=(...) array`);
  return pins;
}

export function readVersions(workspaceRoot: string, image: ImageName): Record<string, string> {
  const file = path.join("images", image, "versions.env");
  return parseVersionsFile(readFileSync(path.join(workspaceRoot, file), "utf8"), file);
}

/**
 * What tools/manifests takes from versions.env: configuration baked into the image, never a version.
 * What the manifests show about a version (app.kubernetes.io/version, an operator's PostgreSQL image)
 * comes from the environment's image pin instead (settings/image-pins.ts tagVersion), so a version bump
 * in versions.env changes no file under manifests/ until an image built from it is pinned.
 */
export interface ImageSettings {
  /** CKAN_PLUGINS: the plugins the image bakes into ckan.ini, which the ConfigMap repeats. */
  readonly ckanPlugins: readonly string[];
}

export function readImageSettings(workspaceRoot: string): ImageSettings {
  const ckan = readVersions(workspaceRoot, "ckan");
  const plugins = ckan.CKAN_PLUGINS;
  if (!plugins)
    throw new Error("images/ckan/versions.env: CKAN_PLUGINS is missing; add CKAN_PLUGINS=<plugins>");
  return { ckanPlugins: plugins.split(/\s+/) };
}
