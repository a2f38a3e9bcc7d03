// The reason table (emit/reasons.ts): every settings field that changes an overlay's patches belongs to
// exactly one reason, and the generator refuses patches two reasons would share.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NOT_IN_PATCHES, REASONS, reasonDiffs, withFields } from "../src/emit/reasons.ts";
import { BASE_SETTINGS } from "../src/environments/base-settings.ts";
import type { JsonObject } from "../src/lib/strategic-diff.ts";
import { DEFAULT_PROVIDERS, withProviders } from "../src/options.ts";
import type { EnvironmentSettings } from "../src/settings/environment-settings.ts";
import { buildStack } from "../src/build-stack.ts";
import { environmentContext, REPO, sandboxContext } from "./helpers.ts";

const govDev = environmentContext("gov-dev");
/**
 * gov-dev's settings with every optional block filled in: the proxy, mail, the sandbox's theme, a CKAN
 * setting, scheduling, a mirror, and the external services' addresses (their providers left as they are:
 * only the fields' names matter here).
 */
const everything: EnvironmentSettings = withProviders(
  {
    ...govDev.settings,
    ckan: {
      ...govDev.settings.ckan,
      config: { "ckan.datasets_per_page": 50 },
      mail: { server: "smtp.example.com", port: 587, tls: "starttls", from: "a@example.com", user: "u" },
    },
    proxy: { httpProxy: "http://proxy.example.com:8080", noProxy: [".example.com"] },
    theme: sandboxContext().settings.theme,
    postgres: {
      ...govDev.settings.postgres,
      external: { host: "db.example.com", port: 5432, sslMode: "require" },
    },
    solr: {
      ...govDev.settings.solr,
      external: { host: "solr.example.com", port: 8983, tls: true, path: "/solr/ckan", basicAuth: true },
    },
    redis: {
      ...govDev.settings.redis,
      external: { host: "redis.example.com", port: 6379, tls: true, database: 1 },
    },
    scheduling: { default: { priorityClassName: "ckan" } },
    images: { mirror: "quay.io/mirror", pullSecrets: ["mirror-pull"] },
  },
  DEFAULT_PROVIDERS,
);

/** Dotted paths of every leaf of a settings object (lists are leaves). */
function leaves(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const owners = (field: string) => [
  ...REASONS.filter((reason) =>
    reason.fields.some((own) => field === own || field.startsWith(`${own}.`)),
  ).map((reason) => reason.name),
  ...Object.keys(NOT_IN_PATCHES).filter((own) => field === own || field.startsWith(`${own}.`)),
];

const stackJson = (settings: EnvironmentSettings) =>
  JSON.stringify(
    buildStack({ ...govDev, settings })
      .flatMap((component) => component.objects)
      .map((object) => object.toJSON()),
  );

describe("the reason table", () => {
  it("should give each settings field to exactly one reason, or say where else it goes", () => {
    const fields = leaves(everything);
    expect(fields.filter((field) => owners(field).length !== 1)).toEqual([]);
  });

  it("should own no field twice, nor a field inside another's", () => {
    const owned = [...REASONS.flatMap((reason) => reason.fields), ...Object.keys(NOT_IN_PATCHES)];
    const nested = owned.filter((a) => owned.some((b) => a !== b && a.startsWith(`${b}.`)));
    expect(nested).toEqual([]);
    expect(new Set(owned).size).toBe(owned.length);
  });

  it("should name only fields the settings have", () => {
    const fields = leaves(everything);
    const unknown = REASONS.flatMap((reason) => reason.fields).filter(
      (own) => !fields.some((field) => field === own || field.startsWith(`${own}.`)),
    );
    expect(unknown).toEqual([]);
  });

  it("should leave the environment's patches alone for the fields it keeps out of them", () => {
    const base = stackJson(withProviders(BASE_SETTINGS, DEFAULT_PROVIDERS));
    const changing = Object.keys(NOT_IN_PATCHES).filter(
      (field) => stackJson(withFields(BASE_SETTINGS, everything, [field])) !== base,
    );
    expect(changing).toEqual([]);
  });
});

describe("the reason patches", () => {
  it("should compute the other reasons on top of the foundation's, so none patches what it deletes", () => {
    const service: JsonObject = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "s" },
      spec: { x: 1 },
    };
    const diffs = reasonDiffs(
      [service],
      [],
      // The sizes reason alone would change the Service; with the foundation's fields it is gone.
      (fields) =>
        fields.includes("postgres.provider")
          ? []
          : fields.includes("sizes")
            ? [{ ...service, spec: { x: 2 } }]
            : [service],
      "test",
    );
    expect(diffs.map(({ reason, diff }) => [reason.name, diff.removed.length, diff.changed.length])).toEqual([
      ["external-services", 1, 0],
    ]);
  });

  const config = (data: Record<string, string>): JsonObject => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "c" },
    data,
  });

  it("should refuse two reasons changing the same field, naming both and the field", () => {
    expect(() =>
      reasonDiffs(
        [config({ a: "1" })],
        [config({ a: "2" })],
        (fields) => [config({ a: fields.includes("host") || fields.includes("namespace") ? "2" : "1" })],
        "test",
      ),
    ).toThrow(
      "generator bug: test: reasons site and namespace both change ConfigMap/c /data/a; give that field's settings to one reason (emit/reasons.ts)",
    );
  });

  it("should refuse a field no single reason explains", () => {
    expect(() =>
      reasonDiffs([config({ a: "1" })], [config({ a: "2" })], () => [config({ a: "1" })], "test"),
    ).toThrow(
      "generator bug: test: no single reason explains ConfigMap/c /data/a; those fields depend on several reasons' settings (emit/reasons.ts)",
    );
  });

  it("should give each change to the reason whose fields make it", () => {
    const diffs = reasonDiffs(
      [config({ a: "1", b: "1" })],
      [config({ a: "2", b: "2" })],
      (fields) => [
        config({ a: fields.includes("host") ? "2" : "1", b: fields.includes("theme") ? "2" : "1" }),
      ],
      "test",
    );
    expect(diffs.map(({ reason, diff }) => [reason.name, diff.changed])).toEqual([
      ["site", [{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { a: "2" } }]],
      ["theme", [{ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { b: "2" } }]],
    ]);
  });

  it.each([
    ["sandbox", "overlays/sandbox/patches", ["config-checksum.yaml", "site.yaml", "theme.yaml"]],
    [
      "gov-dev",
      "overlays/gov-dev/environment/patches",
      [
        "ckan-settings.yaml",
        "config-checksum.yaml",
        "outbound.yaml",
        "replicas.yaml",
        "site.yaml",
        "sizes.yaml",
        "storage.yaml",
        "worker-queues.yaml",
      ],
    ],
  ])("%s's overlay should hold one patch per reason it changes", (_environment, dir, files) => {
    expect(readdirSync(path.join(REPO, "manifests", dir)).sort()).toEqual(files);
  });
});
