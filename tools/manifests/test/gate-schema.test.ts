// Layer 1 of the validation gate: strict schemas. The committed sandbox overlay passes; small breaks of it,
// and minimal custom resources, are reported with the exact rule, path and fix.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RenderedObject } from "../src/gate/finding.ts";
import { schemaFindings } from "../src/gate/schema/index.ts";
import { unknownFields, type SchemaSet } from "../src/gate/schema/walker.ts";
import { kustomize, REPO } from "./helpers.ts";

const sandbox = kustomize(path.join(REPO, "manifests/overlays/sandbox"));

function find(objects: RenderedObject[], kind: string, name: string): RenderedObject {
  return objects.find((o) => o.kind === kind && o.metadata.name === name)!;
}
const ckan = (objects: RenderedObject[]) => find(objects, "Deployment", "ckan");
const ckanContainer = (objects: RenderedObject[]) =>
  ckan(objects).spec.template.spec.containers.find((c: RenderedObject) => c.name === "ckan");

/** The findings for the sandbox overlay after `mutate`, as [rule, object, path, fix]. */
async function findingsAfter(mutate: (objects: RenderedObject[]) => void) {
  const objects = structuredClone(sandbox);
  mutate(objects);
  return (await schemaFindings(objects, "sandbox")).map((f) => [f.rule, f.object, f.path, f.fix]);
}

/** The findings for a few objects of their own, as [rule, path, fix]. */
async function findingsOf(...objects: RenderedObject[]) {
  return (await schemaFindings(objects, "sandbox")).map((f) => [f.rule, f.path, f.fix]);
}

const route = () => ({
  apiVersion: "route.openshift.io/v1",
  kind: "Route",
  metadata: { name: "ckan" },
  spec: {
    host: "ckan.example.com",
    to: { kind: "Service", name: "ckan" },
    port: { targetPort: "http" },
    tls: { termination: "edge" },
  },
});

describe("the schema layer", () => {
  it("should pass the committed sandbox overlay", async () => {
    expect(sandbox.length).toBeGreaterThan(10);
    expect(await findingsAfter(() => undefined)).toEqual([]);
  });

  it("should report a misspelt container field with its path and the field meant", async () => {
    const findings = await schemaFindings(
      (() => {
        const objects = structuredClone(sandbox);
        const container = ckanContainer(objects);
        container.readinesProbe = container.readinessProbe;
        delete container.readinessProbe;
        return objects;
      })(),
      "sandbox",
    );
    expect(findings).toEqual([
      {
        rule: "schema/unknown-field",
        severity: "error",
        overlay: "sandbox",
        object: "Deployment/ckan",
        path: "spec.template.spec.containers[name=ckan].readinesProbe",
        message: 'unknown field "readinesProbe" (apps/v1 Deployment)',
        why: "the API server drops or rejects unknown fields: a typo silently loses the setting (or fails the apply under strict field validation)",
        fix: "did you mean `readinessProbe`?",
      },
    ]);
  });

  it.each<[string, (objects: RenderedObject[]) => void, string[][]]>([
    [
      "spec.replica on a Deployment",
      (o) => (ckan(o).spec.replica = 2),
      [["schema/unknown-field", "Deployment/ckan", "spec.replica", "did you mean `replicas`?"]],
    ],
    [
      "an unknown field in a list item without a name",
      (o) => (ckanContainer(o).envFrom[0].configMapRef.nam = "x"),
      [
        [
          "schema/unknown-field",
          "Deployment/ckan",
          "spec.template.spec.containers[name=ckan].envFrom[0].configMapRef.nam",
          "did you mean `name`?",
        ],
      ],
    ],
    [
      "an unknown field in a volume",
      (o) =>
        (ckan(o).spec.template.spec.volumes.find(
          (v: RenderedObject) => v.name === "storage",
        ).persistentVolumeClaim.claimname = "x"),
      [
        [
          "schema/unknown-field",
          "Deployment/ckan",
          "spec.template.spec.volumes[name=storage].persistentVolumeClaim.claimname",
          "did you mean `claimName`?",
        ],
      ],
    ],
    [
      "an unknown field with no near match",
      (o) => (find(o, "Service", "ckan").spec.frobnicate = true),
      [
        [
          "schema/unknown-field",
          "Service/ckan",
          "spec.frobnicate",
          expect.stringMatching(
            /^remove it or move it where it belongs; the fields here are: allocateLoadBalancerNodePorts, /,
          ),
        ],
      ],
    ],
    [
      "a string where replicas is a number",
      (o) => (ckan(o).spec.replicas = "two"),
      [["schema/invalid", "Deployment/ckan", "spec.replicas", "write an integer here"]],
    ],
    [
      "a value outside an enum",
      (o) => (find(o, "Route", "ckan").spec.tls.termination = "edgy"),
      [
        [
          "schema/invalid",
          "Route/ckan",
          "spec.tls.termination",
          'use one of "edge", "reencrypt", "passthrough"',
        ],
      ],
    ],
    [
      "a misspelt field in a Route",
      (o) => (find(o, "Route", "ckan").spec.tls.terminaton = "edge"),
      [["schema/unknown-field", "Route/ckan", "spec.tls.terminaton", "did you mean `termination`?"]],
    ],
  ])("should report %s", async (_, mutate, expected) => {
    expect(await findingsAfter(mutate)).toEqual(expected);
  });

  it("should name the value and the expected type of a wrong type", async () => {
    const objects = structuredClone(sandbox);
    ckan(objects).spec.replicas = "two";
    expect((await schemaFindings(objects, "sandbox")).map((f) => f.message)).toEqual([
      '"two" must be integer',
    ]);
  });

  it("should pass a valid Route and report a renamed required field twice: missing, and unknown", async () => {
    expect(await findingsOf(route())).toEqual([]);
    const typo = route();
    (typo.spec.tls as Record<string, string>) = { terminaton: "edge" };
    expect(await findingsOf(typo)).toEqual([
      ["schema/invalid", "spec.tls.termination", "set termination"],
      ["schema/unknown-field", "spec.tls.terminaton", "did you mean `termination`?"],
    ]);
  });

  it("should allow any key in maps: annotations, labels, ConfigMap data, resource requests", async () => {
    expect(
      await findingsAfter((o) => {
        ckan(o).metadata.annotations.readinesProbe = "x";
        ckan(o).spec.template.metadata.labels["example.com/anything"] = "x";
        find(o, "ConfigMap", "ckan-config").data.replica = "x";
        ckanContainer(o).resources.requests["example.com/gpu"] = "1";
      }),
    ).toEqual([]);
  });

  it("should check the values of a map against the map's schema", async () => {
    expect(await findingsAfter((o) => (ckanContainer(o).resources.requests.cpu = { millis: 500 }))).toEqual([
      [
        "schema/invalid",
        "Deployment/ckan",
        "spec.template.spec.containers[name=ckan].resources.requests.cpu",
        "write a number or string here",
      ],
    ]);
  });

  it("should check a custom resource's metadata as ObjectMeta", async () => {
    const misspelt = route();
    (misspelt.metadata as Record<string, unknown>).lables = { a: "b" };
    expect(await findingsOf(misspelt)).toEqual([
      ["schema/unknown-field", "metadata.lables", "did you mean `labels`?"],
    ]);
  });
});

const application = () => ({
  apiVersion: "argoproj.io/v1alpha1",
  kind: "Application",
  metadata: { name: "ckan", namespace: "argocd" },
  spec: {
    project: "default",
    source: {
      repoURL: "https://github.com/example/ckan-openshift.git",
      path: "manifests/overlays/sandbox",
      targetRevision: "main",
    } as Record<string, unknown>,
    destination: { server: "https://kubernetes.default.svc", namespace: "ckan-dev" },
    syncPolicy: { automated: { prune: true, selfHeal: true } },
  },
});

describe("the schema layer on custom resources", () => {
  // [kind, a minimal valid object, a typo in it, the typo's path, the fix]
  it.each<[string, () => RenderedObject, (o: RenderedObject) => void, string, string]>([
    [
      "PostgresCluster",
      () => ({
        apiVersion: "postgres-operator.crunchydata.com/v1beta1",
        kind: "PostgresCluster",
        metadata: { name: "pg" },
        spec: {
          postgresVersion: 16,
          instances: [
            {
              name: "pgha1",
              replicas: 1,
              dataVolumeClaimSpec: {
                accessModes: ["ReadWriteOnce"],
                resources: { requests: { storage: "5Gi" } },
              },
            },
          ],
        },
      }),
      (o) => (o.spec.instances[0].dataVolumeClaimSpec.accesModes = ["ReadWriteOnce"]),
      "spec.instances[name=pgha1].dataVolumeClaimSpec.accesModes",
      "did you mean `accessModes`?",
    ],
    [
      "SealedSecret",
      () => ({
        apiVersion: "bitnami.com/v1alpha1",
        kind: "SealedSecret",
        metadata: { name: "ckan-secrets" },
        spec: { encryptedData: { CKAN_SECRET: "AgBy3i4OJSWK+PiTySYZZA==" }, template: { type: "Opaque" } },
      }),
      (o) => (o.spec.template.tpye = "Opaque"),
      "spec.template.tpye",
      "did you mean `type`?",
    ],
    [
      "Cluster (CloudNativePG)",
      () => ({
        apiVersion: "postgresql.cnpg.io/v1",
        kind: "Cluster",
        metadata: { name: "pg" },
        spec: {
          instances: 1,
          storage: { size: "5Gi" },
          bootstrap: { initdb: { database: "ckan", owner: "ckan" } },
        },
      }),
      (o) => (o.spec.storage.sise = "5Gi"),
      "spec.storage.sise",
      "did you mean `size`?",
    ],
    [
      "Application",
      application,
      (o) => (o.spec.syncPolicy.automated.selfheal = true),
      "spec.syncPolicy.automated.selfheal",
      "did you mean `selfHeal`?",
    ],
  ])("should pass a minimal %s and catch a typo in it", async (_, make, typo, path, fix) => {
    expect(await findingsOf(make())).toEqual([]);
    const broken = make();
    typo(broken);
    expect(await findingsOf(broken)).toEqual([["schema/unknown-field", path, fix]]);
  });

  it("should allow anything below x-kubernetes-preserve-unknown-fields, and only there", async () => {
    const values = application();
    values.spec.source.helm = { valuesObject: { anything: { nested: ["goes"] } } };
    expect(await findingsOf(values)).toEqual([]);
    const beside = application();
    beside.spec.source.helm = { valuesObject: {}, anything: true };
    expect(await findingsOf(beside)).toEqual([
      ["schema/unknown-field", "spec.source.helm.anything", expect.stringMatching(/^remove it or move it/)],
    ]);
  });

  it("should check the values of a map of objects against the map's schema", async () => {
    const snapshot = {
      apiGroup: "snapshot.storage.k8s.io",
      kind: "VolumeSnapshot",
      name: "pg-data-20260801",
    };
    const cluster = (tablespace: Record<string, string>) => ({
      apiVersion: "postgresql.cnpg.io/v1",
      kind: "Cluster",
      metadata: { name: "pg" },
      spec: {
        instances: 1,
        storage: { size: "5Gi" },
        bootstrap: {
          recovery: { volumeSnapshots: { storage: snapshot, tablespaceStorage: { ckan: tablespace } } },
        },
      },
    });
    expect(await findingsOf(cluster(snapshot))).toEqual([]);
    expect(await findingsOf(cluster({ ...snapshot, nmae: "x" }))).toEqual([
      [
        "schema/unknown-field",
        "spec.bootstrap.recovery.volumeSnapshots.tablespaceStorage.ckan.nmae",
        "did you mean `name`?",
      ],
    ]);
  });

  it("should report fields set where the CRD declares none, since the API server prunes them", async () => {
    const cluster = {
      apiVersion: "postgresql.cnpg.io/v1",
      kind: "Cluster",
      metadata: { name: "pg" },
      spec: {
        instances: 1,
        ephemeralVolumeSource: {
          volumeClaimTemplate: {
            metadata: { labels: { a: "b" } },
            spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
          },
        },
        storage: { size: "5Gi" },
      },
    };
    expect(await findingsOf(cluster)).toEqual([
      [
        "schema/unknown-field",
        "spec.ephemeralVolumeSource.volumeClaimTemplate.metadata.labels",
        "remove it: the schema declares no fields here, so the API server prunes whatever is set",
      ],
    ]);
  });

  it("should report a wrong type in a custom resource", async () => {
    const cluster = {
      apiVersion: "postgresql.cnpg.io/v1",
      kind: "Cluster",
      metadata: { name: "pg" },
      spec: { instances: "three", storage: { size: "5Gi" } },
    };
    expect(await findingsOf(cluster)).toEqual([
      ["schema/invalid", "spec.instances", "write an integer here"],
    ]);
  });
});

describe("the schema layer on unknown kinds", () => {
  it.each([
    ["apps/v1beta1", "Deployment", "use apiVersion `apps/v1` (the version the schemas serve)"],
    [
      "external-secrets.io/v1beta1",
      "ExternalSecret",
      "use apiVersion `external-secrets.io/v1` (the version the schemas serve)",
    ],
    ["apps/v1", "Deploymnet", "did you mean kind `Deployment` (apiVersion `apps/v1`)?"],
    [
      "example.com/v1",
      "Widget",
      "vendor the CRD of Widget.example.com into tools/manifests/crds/ (with a row in crds/SOURCES.md), then run node tools/manifests/scripts/generate-crd-models.ts",
    ],
    [
      "rbac.authorization.k8s.io/v1",
      "Role",
      expect.stringMatching(/^vendor the Kubernetes OpenAPI document of rbac\.authorization\.k8s\.io\/v1: /),
    ],
  ])("should report apiVersion %s, kind %s and say how to fix it", async (apiVersion, kind, fix) => {
    const findings = await schemaFindings(
      [{ apiVersion, kind, metadata: { name: "x" }, spec: {} }],
      "sandbox",
    );
    expect(findings.map((f) => [f.rule, f.object, f.message, f.fix])).toEqual([
      ["schema/unknown-kind", `${kind}/x`, `no schema for apiVersion ${apiVersion}, kind ${kind}`, fix],
    ]);
  });
});

describe("the strict walker", () => {
  it("should allow apiVersion, kind and ObjectMeta's fields in an embedded resource, and report the rest", () => {
    const set: SchemaSet = {
      resolve: () => ({}),
      emptyObjectIsOpen: false,
      objectMeta: () => ({ schema: { type: "object", properties: { name: { type: "string" } } }, set }),
    };
    const schema = {
      type: "object",
      properties: {
        template: {
          type: "object",
          "x-kubernetes-embedded-resource": true,
          properties: { spec: { type: "object" } },
        },
      },
    };
    const object = {
      template: { apiVersion: "v1", kind: "Pod", metadata: { name: "a", nmae: "b" }, spec: {}, status: {} },
    };
    expect(unknownFields(object, { schema, set }).map((u) => u.path)).toEqual([
      "template.metadata.nmae",
      "template.status",
    ]);
  });
});
