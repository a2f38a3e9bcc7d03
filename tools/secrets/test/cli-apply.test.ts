// Apply mode end to end against a fake `oc` (see makeFakeOc): a stand-in for a cluster, since no cluster
// exists on this machine. It proves what the CLI sends, not that a real API server accepts it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Secret } from "kubernetes-models/v1/Secret";
import YAML from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateSecrets, type GenerateResult } from "../src/generate.ts";
import { secretManifest } from "../src/store-cluster.ts";
import { makeFakeOc, makeWorkspace, SANDBOX_NAMESPACE, type FakeOc, type Workspace } from "./support.ts";

let workspace: Workspace;
let oc: FakeOc;
beforeEach(() => {
  workspace = makeWorkspace();
  oc = makeFakeOc();
});
afterEach(() => {
  workspace.remove();
  oc.remove();
});

/** The Secrets the CLI piped into `oc apply`, validated as v1 Secrets, with `data` decoded. */
function applied(): Record<string, Record<string, string>> {
  const applies = oc.calls().filter((call) => call.argv.includes("apply"));
  expect(applies.length).toEqual(1);
  const secrets: Record<string, Record<string, string>> = {};
  for (const doc of YAML.parseAllDocuments(applies[0]!.stdin!)) {
    const object: unknown = doc.toJS();
    if (!Secret.is(object)) throw new Error("oc apply received something that is not a v1 Secret");
    new Secret(object).validate();
    expect([object.metadata?.namespace, object.type, object.metadata?.labels]).toEqual([
      SANDBOX_NAMESPACE,
      "Opaque",
      { "app.kubernetes.io/part-of": "ckan", "app.kubernetes.io/managed-by": "ckan-openshift-secrets" },
    ]);
    secrets[object.metadata!.name!] = Object.fromEntries(
      Object.entries(object.data ?? {}).map(([key, value]) => [
        key,
        Buffer.from(value, "base64").toString("utf8"),
      ]),
    );
  }
  return secrets;
}

/** Every argument of every call, to check that no value ever travels in argv. */
const allArgv = () => oc.calls().flatMap((call) => call.argv);

/** Makes `oc get secret` answer with the Secrets of `result`, as a cluster would. */
function existInCluster(result: GenerateResult, ids: readonly string[]): void {
  for (const secret of result.secrets.filter((s) => ids.includes(s.id))) {
    oc.existing(secret.name, {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: secret.name, namespace: SANDBOX_NAMESPACE, uid: "1", resourceVersion: "7" },
      type: "Opaque",
      data: secretManifest(secret.name, SANDBOX_NAMESPACE, secret.values).data,
    });
  }
}

describe("secrets (apply mode, fake oc)", () => {
  it("should read each Secret, then create the missing ones in one server-side apply over stdin", () => {
    const result = workspace.run(["sandbox"], { path: oc.path });
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const gets = oc.calls().filter((call) => call.argv.includes("get"));
    expect(gets.map((call) => call.argv).sort()).toEqual(
      ["ckan-secrets", "postgres-secrets", "redis-secrets"].map((name) => [
        "--request-timeout=30s",
        "get",
        "secret",
        name,
        "-n",
        SANDBOX_NAMESPACE,
        "-o",
        "json",
      ]),
    );
    const apply = oc.calls().find((call) => call.argv.includes("apply"))!;
    expect(apply.argv).toEqual([
      "--request-timeout=30s",
      "apply",
      "--server-side",
      "--field-manager=ckan-openshift-secrets",
      "--force-conflicts",
      "-n",
      SANDBOX_NAMESPACE,
      "-f",
      "-",
    ]);
    const secrets = applied();
    expect(Object.keys(secrets)).toEqual(["postgres-secrets", "redis-secrets", "ckan-secrets"]);
    expect(new URL(secrets["ckan-secrets"]!.CKAN_SQLALCHEMY_URL!).password).toEqual(
      secrets["postgres-secrets"]!.CKAN_DB_PASSWORD,
    );
    expect(result.stdout).toContain(`Secrets for sandbox (namespace ${SANDBOX_NAMESPACE}, via oc):\n`);
  });

  it("should never put a value in argv or in the output", () => {
    const result = workspace.run(["sandbox"], { path: oc.path });
    const values = Object.values(applied()).flatMap((secret) => Object.values(secret));
    expect(values.length).toEqual(14);
    const argv = allArgv().join("\n");
    expect(values.filter((value) => argv.includes(value) || result.stdout.includes(value))).toEqual([]);
  });

  it("should not re-apply existing Secrets, and compose the missing one from their values", () => {
    const existing = generateSecrets();
    existInCluster(existing, ["postgres", "redis"]);
    const result = workspace.run(["sandbox"], { path: oc.path });
    expect(result.status).toEqual(0);
    const secrets = applied();
    expect(Object.keys(secrets)).toEqual(["ckan-secrets"]);
    const postgres = existing.secrets[0]!.values;
    expect(new URL(secrets["ckan-secrets"]!.CKAN_DATASTORE_READ_URL!).password).toEqual(
      postgres.DATASTORE_READONLY_PASSWORD,
    );
    expect(result.stdout).toContain("1 created, 2 kept.");
    const kept = existing.secrets.flatMap((s) => Object.values(s.values));
    expect(kept.filter((value) => allArgv().join("\n").includes(value))).toEqual([]);
  });

  it("should apply nothing when every Secret exists", () => {
    existInCluster(generateSecrets(), ["postgres", "redis", "ckan"]);
    const result = workspace.run(["sandbox"], { path: oc.path });
    expect(result.status).toEqual(0);
    expect(oc.calls().filter((call) => call.argv.includes("apply"))).toEqual([]);
    expect(result.stdout).toContain("3 Secrets: 3 kept.");
  });

  it("should replace every Secret with new values when rotating", () => {
    const existing = generateSecrets();
    existInCluster(existing, ["postgres", "redis", "ckan"]);
    const result = workspace.run(["sandbox", "--rotate"], { path: oc.path });
    expect(result.status).toEqual(0);
    const secrets = applied();
    expect(Object.keys(secrets)).toEqual(["postgres-secrets", "redis-secrets", "ckan-secrets"]);
    expect(secrets["redis-secrets"]!.REDIS_PASSWORD).not.toEqual(existing.secrets[1]!.values.REDIS_PASSWORD);
    expect(result.stdout).toContain("3 Secrets: 3 rotated.");
    expect(result.stderr).toContain("⚠ --rotate replaces every value.");
  });

  it("should pass --context to every call", () => {
    workspace.run(["sandbox", "--context", "sandbox-ctx"], { path: oc.path });
    expect(oc.calls().map((call) => call.argv.slice(0, 2))).toEqual(
      Array(4).fill(["--context", "sandbox-ctx"]),
    );
  });

  it("should stop naming the fix when the cluster refuses, applying nothing", () => {
    oc.failGet(
      'Error from server (Forbidden): secrets "postgres-secrets" is forbidden: User "dev" cannot get resource "secrets"\n',
    );
    const result = workspace.run(["sandbox"], { path: oc.path });
    expect(result.status).toEqual(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^✗ oc get secret [a-z-]+ failed: Error from server \\(Forbidden\\): .*\\n    fix: check that namespace ${SANDBOX_NAMESPACE} \\(from the environment's settings\\) is your project and that you may manage Secrets in it\\n$`,
      ),
    );
    expect(oc.calls().filter((call) => call.argv.includes("apply"))).toEqual([]);
  });

  it("should ask for oc when neither oc nor kubectl is on PATH", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "empty-path-"));
    try {
      const result = workspace.run(["sandbox"], { path: empty });
      expect([result.status, result.stderr]).toEqual([
        1,
        "✗ neither oc nor kubectl is on PATH\n    fix: install `oc` (OpenShift web console: ? menu → Command Line Tools) and `oc login`, or use --dry-run\n",
      ]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
