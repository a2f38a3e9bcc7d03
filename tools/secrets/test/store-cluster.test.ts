import { Secret } from "kubernetes-models/v1/Secret";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { secretManifest, secretsYaml } from "../src/store-cluster.ts";

describe("secretManifest", () => {
  it("should build a labelled Opaque v1 Secret with base64 data", () => {
    expect(secretManifest("redis-secrets", "ckan-dev", { REDIS_PASSWORD: "pw" }).toJSON()).toEqual({
      apiVersion: "v1",
      kind: "Secret",
      metadata: {
        name: "redis-secrets",
        namespace: "ckan-dev",
        labels: {
          "app.kubernetes.io/part-of": "ckan",
          "app.kubernetes.io/managed-by": "ckan-openshift-secrets",
        },
      },
      type: "Opaque",
      data: { REDIS_PASSWORD: "cHc=" },
    });
  });

  it("should write one YAML document per Secret", () => {
    const yaml = secretsYaml([secretManifest("a", "ns", { K: "1" }), secretManifest("b", "ns", { K: "2" })]);
    const documents = YAML.parseAllDocuments(yaml).map((doc) => doc.toJS() as unknown);
    expect(documents.map((doc) => (Secret.is(doc) ? doc.metadata?.name : "not a Secret"))).toEqual([
      "a",
      "b",
    ]);
  });
});
