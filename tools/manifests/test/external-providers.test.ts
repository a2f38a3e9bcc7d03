// `<service>.provider: external`: PostgreSQL, Solr or Redis outside the stack. No workload, Service, claim
// or ingress policy of theirs is rendered; CKAN's pods get the settings' address and the catalog's Secrets;
// the overlay deletes the in-cluster objects with patches the real kustomize applies (kubectl's too).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildStack } from "../src/build-stack.ts";
import type { KubernetesObject, StackContext } from "../src/components/component.ts";
import { externalServices, offeredOptions, withProviders } from "../src/options.ts";
import { secretsNeededBy } from "../src/secrets-catalog.ts";
import { parseSettings } from "../src/settings/load-settings.ts";
import { imagePinsPath, parseImagePins } from "../src/settings/image-pins.ts";
import { byIdentity, copyWorkspace, environmentContext, kustomize, runCli, sandboxText } from "./helpers.ts";

const ALL_EXTERNAL = `
postgres:
  provider: external
  external: { host: db.example.gc.ca, port: 5433, sslMode: require }
solr:
  provider: external
  external: { host: 10.1.2.3, port: 8443, path: /solr/ckan-prod }
redis:
  provider: external
  external: { host: redis.example.gc.ca, database: 3 }
`;

const withSettings = (environment: string, text: string): StackContext => ({
  ...environmentContext(environment),
  settings: parseSettings(text, `environments/${environment}.yaml`),
});
const objectsOf = (context: StackContext) => buildStack(context).flatMap((component) => component.objects);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated objects as JSON
const json = (object: KubernetesObject): any => JSON.parse(JSON.stringify(object.toJSON()));
const ids = (objects: readonly KubernetesObject[]) =>
  objects.map((object) => `${object.kind}/${object.metadata?.name}`).sort();

const sandbox = withSettings("sandbox", sandboxText() + ALL_EXTERNAL);
const objects = objectsOf(sandbox);
const find = (kind: string, name: string) =>
  json(objects.find((object) => object.kind === kind && object.metadata?.name === name)!);
const envOf = (kind: string, name: string) =>
  Object.fromEntries(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated env entries
    find(kind, name).spec.template.spec.containers[0].env.map((entry: any) => [
      entry.name,
      entry.value ?? `${entry.valueFrom.secretKeyRef.name}/${entry.valueFrom.secretKeyRef.key}`,
    ]),
  );

describe("the external providers", () => {
  it("should render no workload, Service or claim for an external service", () => {
    expect(ids(objects)).toEqual([
      "ConfigMap/ckan-config",
      "CronJob/ckan-harvest-run",
      "Deployment/ckan",
      "Deployment/ckan-harvest-fetch",
      "Deployment/ckan-harvest-gather",
      "Deployment/ckan-worker",
      "Job/ckan-bootstrap",
      "PersistentVolumeClaim/ckan-storage",
      "Route/ckan",
      "Service/ckan",
    ]);
  });

  it("should compose CKAN's URLs from the settings' address and the catalog's Secrets, after what they refer to", () => {
    const query = "sslmode=require";
    const at = "db.example.gc.ca:5433";
    expect(envOf("Job", "ckan-bootstrap")).toEqual({
      CKAN_DB_PASSWORD: "postgres-external/CKAN_DB_PASSWORD",
      DATASTORE_RO_PASSWORD: "postgres-external/DATASTORE_READONLY_PASSWORD",
      CKAN_SQLALCHEMY_URL: `postgresql://ckan:$(CKAN_DB_PASSWORD)@${at}/ckan?${query}`,
      CKAN_DATASTORE_WRITE_URL: `postgresql://ckan:$(CKAN_DB_PASSWORD)@${at}/datastore?${query}`,
      CKAN_DATASTORE_READ_URL: `postgresql://datastore_ro:$(DATASTORE_RO_PASSWORD)@${at}/datastore?${query}`,
      CKANEXT__XLOADER__JOBS_DB__URI: `postgresql://ckan:$(CKAN_DB_PASSWORD)@${at}/ckan_xloader?${query}`,
      CKAN_SOLR_USER: "solr-external/CKAN_SOLR_USER",
      CKAN_SOLR_PASSWORD: "solr-external/CKAN_SOLR_PASSWORD",
      CKAN_REDIS_PASSWORD: "redis-external/REDIS_PASSWORD",
      CKAN_REDIS_URL: "rediss://:$(CKAN_REDIS_PASSWORD)@redis.example.gc.ca:6379/3",
    });
    const order = Object.keys(envOf("Deployment", "ckan-worker"));
    expect(order.indexOf("CKAN_DB_PASSWORD")).toBeLessThan(order.indexOf("CKAN_SQLALCHEMY_URL"));
    expect(order.indexOf("CKAN_REDIS_PASSWORD")).toBeLessThan(order.indexOf("CKAN_REDIS_URL"));
    expect(find("ConfigMap", "ckan-config").data.CKAN_SOLR_URL).toBe("https://10.1.2.3:8443/solr/ckan-prod");
  });

  it("should verify the database with the trusted CA bundle's file, and leave Solr's and Redis's TLS off when asked", () => {
    const context = withSettings(
      "sandbox",
      sandboxText() +
        `postgres:\n  provider: external\n  external: { host: db.example.gc.ca }\n` +
        `solr:\n  provider: external\n  external: { host: solr.example.gc.ca, tls: false, basicAuth: false }\n` +
        `redis:\n  provider: external\n  external: { host: redis.example.gc.ca, tls: false }\n` +
        `trustedCaBundle: { configMap: corporate-ca, key: root.pem, injectOpenShiftTrustedBundle: false }\n`,
    );
    const web = json(objectsOf(context).find((o) => o.kind === "Deployment" && o.metadata?.name === "ckan")!);
    const env = web.spec.template.spec.containers[0].env;
    expect(env.find((e: { name: string }) => e.name === "CKAN_SQLALCHEMY_URL").value).toBe(
      "postgresql://ckan:$(CKAN_DB_PASSWORD)@db.example.gc.ca:5432/ckan?sslmode=verify-full&sslrootcert=/etc/ckan/trusted-ca/ca-bundle.crt",
    );
    expect(env.find((e: { name: string }) => e.name === "CKAN_REDIS_URL").value).toBe(
      "redis://:$(CKAN_REDIS_PASSWORD)@redis.example.gc.ca:6379/1",
    );
    expect(env.some((e: { name: string }) => e.name === "CKAN_SOLR_USER")).toBe(false);
    expect(web.spec.template.spec.volumes.find((v: { name: string }) => v.name === "trusted-ca")).toEqual({
      name: "trusted-ca",
      configMap: { name: "corporate-ca", items: [{ key: "root.pem", path: "ca-bundle.crt" }] },
    });
  });

  it("should let CKAN's pods out to an external service's port only: its /32 for an address, anywhere for a name", () => {
    const context = withSettings(
      "sandbox",
      sandboxText() + ALL_EXTERNAL + "networkPolicies: { enabled: true }\n",
    );
    const policies = objectsOf(context).filter((object) => object.kind === "NetworkPolicy");
    expect(ids(policies)).toEqual(
      [
        "allow-ckan-egress-to-external-postgres",
        "allow-ckan-egress-to-external-redis",
        "allow-ckan-egress-to-external-solr",
        "allow-ckan-egress-to-web",
        "allow-dns",
        "allow-harvest-to-sources",
        "allow-router-to-ckan",
        "allow-worker-downloads",
        "allow-worker-to-ckan",
        "default-deny",
      ].map((name) => `NetworkPolicy/${name}`),
    );
    const egress = (name: string) =>
      json(policies.find((policy) => policy.metadata?.name === name)!).spec.egress;
    expect(egress("allow-ckan-egress-to-external-solr")).toEqual([
      { to: [{ ipBlock: { cidr: "10.1.2.3/32" } }], ports: [{ protocol: "TCP", port: 8443 }] },
    ]);
    expect(egress("allow-ckan-egress-to-external-postgres")).toEqual([
      { to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ protocol: "TCP", port: 5433 }] },
    ]);
  });

  it("should need the external services' Secrets, and only theirs among the new ones", () => {
    expect(secretsNeededBy(sandbox.settings)).toEqual([
      "postgres",
      "redis",
      "postgresExternal",
      "solrExternal",
      "redisExternal",
      "ckan",
    ]);
    expect(secretsNeededBy(environmentContext("sandbox").settings)).toEqual(["postgres", "redis", "ckan"]);
  });

  it("should keep an external service external whatever option a variant chooses, and offer no option for it", () => {
    const govDev = withSettings(
      "gov-dev",
      readFileSync(path.join(import.meta.dirname, "../../../environments/gov-dev.yaml"), "utf8").replace(
        "provider: crunchy # or cnpg, or statefulset",
        "provider: external\n  external: { host: db.example.gc.ca, sslMode: verify-full }",
      ),
    ).settings;
    expect(externalServices(govDev)).toEqual(["postgres"]);
    expect(withProviders(govDev, { postgres: "cnpg", solr: "solrcloud" }).postgres.provider).toBe("external");
    expect(offeredOptions(externalServices(govDev)).map((option) => option.name)).toEqual(["solr-solrcloud"]);
  });
});

describe("an overlay with external services, built by the real kustomize", () => {
  const workspace = copyWorkspace();
  const edit = (file: string, change: (text: string) => string) => {
    const at = path.join(workspace.root, file);
    return change(readFileSync(at, "utf8"));
  };
  const sandboxSettings = edit("environments/sandbox.yaml", (text) =>
    text.replace(
      "postgres: { cpu: 250m, memory: 256Mi, memoryLimit: 1Gi, storage: 5Gi }",
      // A size of a deleted workload: its patch must not target the object the external reason deletes.
      "postgres: { cpu: 300m, memory: 256Mi, memoryLimit: 1Gi, storage: 6Gi }",
    ),
  );
  const govDevSettings = edit("environments/gov-dev.yaml", (text) =>
    text
      .replace(
        "provider: crunchy # or cnpg, or statefulset",
        "provider: external\n  external: { host: 10.20.30.40, sslMode: verify-full }",
      )
      .concat("redis:\n  provider: external\n  external: { host: redis.example.gc.ca }\n"),
  );

  it("should render, and kustomize's output should be the stack built from those settings", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(workspace.root, "environments/sandbox.yaml"), sandboxSettings + ALL_EXTERNAL);
    writeFileSync(path.join(workspace.root, "environments/gov-dev.yaml"), govDevSettings);
    try {
      const result = runCli(["render"], workspace.root);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("gate              ✓ (1 of 2 variants)");
      for (const [environment, text] of [
        ["sandbox", sandboxSettings + ALL_EXTERNAL],
        ["gov-dev", govDevSettings],
      ] as const) {
        const pinsFile = imagePinsPath(environment);
        const context: StackContext = {
          ...environmentContext(environment),
          settings: parseSettings(text, `environments/${environment}.yaml`),
          imagePins: parseImagePins(readFileSync(path.join(workspace.root, pinsFile), "utf8"), pinsFile),
        };
        const rendered = kustomize(path.join(workspace.root, "manifests/overlays", environment));
        expect(byIdentity(rendered)).toEqual(byIdentity(objectsOf(context).map(json)));
      }
      const deletion = readFileSync(
        path.join(
          workspace.root,
          "manifests/overlays/sandbox/patches/external-services-postgres-statefulset.yaml",
        ),
        "utf8",
      );
      expect(deletion).toContain("kind: StatefulSet\nmetadata:\n  name: postgres\n$patch: delete\n");
    } finally {
      workspace.cleanup();
    }
  }, 120_000);
});
