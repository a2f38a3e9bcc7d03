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

export function readVersions(workspaceRoot: string, image: ImageName): Record<string, string> {
  const file = path.join("images", image, "versions.env");
  return parseVersionsFile(readFileSync(path.join(workspaceRoot, file), "utf8"), file);
}

/** The pins tools/manifests needs, checked to be present. */
export interface StackVersions {
  readonly ckan: string;
  readonly ckanPlugins: readonly string[];
  readonly solr: string;
  readonly postgres: string;
}

export function readStackVersions(workspaceRoot: string): StackVersions {
  const ckan = readVersions(workspaceRoot, "ckan");
  const solr = readVersions(workspaceRoot, "solr");
  const postgres = readVersions(workspaceRoot, "postgres");
  const need = (values: Record<string, string>, key: string, image: ImageName) => {
    const value = values[key];
    if (!value) throw new Error(`images/${image}/versions.env: ${key} is missing; add ${key}=<value>`);
    return value;
  };
  return {
    ckan: need(ckan, "CKAN_VERSION", "ckan"),
    ckanPlugins: need(ckan, "CKAN_PLUGINS", "ckan").split(/\s+/),
    solr: need(solr, "SOLR_VERSION", "solr"),
    postgres: need(postgres, "POSTGRES_VERSION", "postgres"),
  };
}
