import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_NAMESPACE, makeWorkspace, type RunResult, type Workspace } from "./support.ts";
import { makeSealingKeys, unsealFile, type SealingKeys } from "./sealing-keys.ts";

let keys: SealingKeys;
beforeAll(() => {
  keys = makeSealingKeys();
});
afterAll(() => keys.remove());

const workspaces: Workspace[] = [];
afterEach(() => {
  for (const workspace of workspaces.splice(0)) workspace.remove();
});
function workspace(): Workspace {
  const created = makeWorkspace();
  workspaces.push(created);
  return created;
}

const SECRET_NAMES = ["ckan-secrets", "postgres-secrets", "redis-secrets"];
const sealedDir = (ws: Workspace) => path.join(ws.root, "manifests/overlays/sandbox/sealed-secrets");
const seal = (ws: Workspace, ...extra: string[]) =>
  ws.run(["seal", "--env", "sandbox", "--cert", keys.certFile, ...extra]);
const unsealAll = (dir: string) =>
  Object.fromEntries(
    SECRET_NAMES.map((name) => [name, unsealFile(keys.privateKey, path.join(dir, `${name}.yaml`))]),
  );
const readAll = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
const encryptedData = (dir: string, name: string): Record<string, string> =>
  (
    YAML.parse(readFileSync(path.join(dir, `${name}.yaml`), "utf8")) as {
      spec: { encryptedData: Record<string, string> };
    }
  ).spec.encryptedData;
function editEncryptedData(dir: string, name: string, edit: (data: Record<string, string>) => void): void {
  const file = path.join(dir, `${name}.yaml`);
  const document = YAML.parse(readFileSync(file, "utf8")) as {
    spec: { encryptedData: Record<string, string> };
  };
  edit(document.spec.encryptedData);
  writeFileSync(file, YAML.stringify(document));
}
function expectNoValueIn(result: RunResult, values: Record<string, Record<string, string>>): void {
  for (const secret of Object.values(values)) {
    for (const value of Object.values(secret)) {
      expect(result.stdout).not.toContain(value);
      expect(result.stderr).not.toContain(value);
    }
  }
}

describe("secrets seal", () => {
  it("should write one strict-scope SealedSecret per catalog Secret that the controller's key unseals", () => {
    const ws = workspace();
    const result = seal(ws);
    expect(result.status).toEqual(0);
    const dir = sealedDir(ws);
    expect(readdirSync(dir).sort()).toEqual([
      "ckan-secrets.yaml",
      "kustomization.yaml",
      "postgres-secrets.yaml",
      "redis-secrets.yaml",
    ]);

    const sealed = YAML.parse(readFileSync(path.join(dir, "redis-secrets.yaml"), "utf8"));
    expect(sealed).toMatchObject({
      apiVersion: "bitnami.com/v1alpha1",
      kind: "SealedSecret",
      metadata: { name: "redis-secrets", namespace: SANDBOX_NAMESPACE },
      spec: {
        template: { metadata: { name: "redis-secrets", namespace: SANDBOX_NAMESPACE }, type: "Opaque" },
      },
    });
    expect(sealed.metadata.annotations).toBeUndefined();

    const values = unsealAll(dir);
    expect(Object.keys(values["postgres-secrets"]!)).toEqual([
      "CKAN_DB_PASSWORD",
      "DATASTORE_READONLY_PASSWORD",
      "POSTGRES_PASSWORD",
    ]);
    expect(values["redis-secrets"]!["REDIS_PASSWORD"]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expectNoValueIn(result, values);
    expect(result.stdout).toContain("3 Secrets: 3 created.");
  });

  it("should compose the URLs from the passwords it seals beside them", () => {
    const ws = workspace();
    expect(seal(ws).status).toEqual(0);
    const values = unsealAll(sealedDir(ws));
    const ckan = values["ckan-secrets"]!;
    const password = encodeURIComponent(values["postgres-secrets"]!["CKAN_DB_PASSWORD"]!);
    expect(ckan["CKAN_SQLALCHEMY_URL"]).toContain(`postgresql://ckan:${password}@`);
    expect(ckan["CKAN_REDIS_URL"]).toContain(
      `:${encodeURIComponent(values["redis-secrets"]!["REDIS_PASSWORD"]!)}@`,
    );
    expect(ckan["CKAN___API_TOKEN__JWT__DECODE__SECRET"]).toEqual(
      ckan["CKAN___API_TOKEN__JWT__ENCODE__SECRET"],
    );
  });

  it("should write a kustomization.yaml listing the SealedSecrets", () => {
    const ws = workspace();
    expect(seal(ws).status).toEqual(0);
    const kustomization = YAML.parse(readFileSync(path.join(sealedDir(ws), "kustomization.yaml"), "utf8"));
    expect(kustomization).toEqual({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: SECRET_NAMES.map((name) => `${name}.yaml`),
    });
  });

  it("should keep every file as it is when run again without --rotate", () => {
    const ws = workspace();
    expect(seal(ws).status).toEqual(0);
    const before = readAll(sealedDir(ws));
    const again = seal(ws);
    expect(again.status).toEqual(0);
    expect(again.stdout).toContain("3 Secrets: 3 kept.");
    expect(readAll(sealedDir(ws))).toEqual(before);
  });

  it("should seal only the missing key and keep the other ciphertexts", () => {
    const ws = workspace();
    expect(seal(ws).status).toEqual(0);
    const dir = sealedDir(ws);
    const before = encryptedData(dir, "ckan-secrets");
    editEncryptedData(dir, "ckan-secrets", (data) => delete data["CKAN___SECRET_KEY"]);

    const result = seal(ws);
    expect(result.status).toEqual(0);
    expect(result.stdout).toMatch(/\+ completed\s+ckan-secrets .*\(added CKAN___SECRET_KEY\)/);
    const after = encryptedData(dir, "ckan-secrets");
    const { CKAN___SECRET_KEY: added, ...kept } = after;
    const { CKAN___SECRET_KEY: removed, ...keptBefore } = before;
    expect(kept).toEqual(keptBefore);
    expect(added).not.toEqual(removed);
    expect(unsealFile(keys.privateKey, path.join(dir, "ckan-secrets.yaml"))["CKAN___SECRET_KEY"]).toMatch(
      /^[A-Za-z0-9_-]{43}$/,
    );
  });

  it("should seal every value anew with --rotate", () => {
    const ws = workspace();
    expect(seal(ws).status).toEqual(0);
    const dir = sealedDir(ws);
    const before = unsealAll(dir);
    const result = seal(ws, "--rotate");
    expect(result.status).toEqual(0);
    expect(result.stdout).toContain("3 Secrets: 3 rotated.");
    expect(result.stderr).toContain("⚠ --rotate replaces every value");
    const after = unsealAll(dir);
    expect(after["redis-secrets"]!["REDIS_PASSWORD"]).not.toEqual(before["redis-secrets"]!["REDIS_PASSWORD"]);
    expectNoValueIn(result, after);
  });

  it("should refuse to seal a URL anew from a password that stays sealed, and write nothing", () => {
    const ws = workspace();
    expect(seal(ws).status).toEqual(0);
    const dir = sealedDir(ws);
    editEncryptedData(dir, "ckan-secrets", (data) => delete data["CKAN_SQLALCHEMY_URL"]);
    const before = readAll(dir);

    const result = seal(ws);
    expect(result.status).toEqual(1);
    expect(result.stderr).toContain(
      "ckan-secrets CKAN_SQLALCHEMY_URL is made from postgres-secrets CKAN_DB_PASSWORD, and only one of them is sealed",
    );
    expect(result.stderr).toMatch(
      /fix: delete .*ckan-secrets\.yaml and .*postgres-secrets\.yaml .* or run with --rotate/,
    );
    expect(readAll(dir)).toEqual(before);
  });

  it("should refuse a SealedSecret sealed for another namespace, naming the file", () => {
    const ws = workspace();
    expect(seal(ws).status).toEqual(0);
    const file = path.join(sealedDir(ws), "redis-secrets.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replaceAll(`namespace: ${SANDBOX_NAMESPACE}`, "namespace: elsewhere"),
    );
    const result = seal(ws);
    expect(result.status).toEqual(1);
    expect(result.stderr).toContain(
      `${path.join("manifests/overlays/sandbox/sealed-secrets/redis-secrets.yaml")} is sealed for elsewhere/redis-secrets, not ${SANDBOX_NAMESPACE}/redis-secrets`,
    );
    expect(result.stderr).toContain("fix: run with --rotate");
  });

  it("should refuse a file that is not a SealedSecret", () => {
    const ws = workspace();
    mkdirSync(sealedDir(ws), { recursive: true });
    writeFileSync(path.join(sealedDir(ws), "ckan-secrets.yaml"), "apiVersion: v1\nkind: Secret\n");
    const result = seal(ws);
    expect(result.status).toEqual(1);
    expect(result.stderr).toContain("ckan-secrets.yaml is not a bitnami.com/v1alpha1 SealedSecret");
    expect(readdirSync(sealedDir(ws))).toEqual(["ckan-secrets.yaml"]);
  });

  it("should name the certificate and how to fetch it when it is not one, and write nothing", () => {
    const ws = workspace();
    const result = ws.run(["seal", "--env", "sandbox", "--cert", keys.keyFile]);
    expect(result.status).toEqual(1);
    expect(result.stderr).toContain(`✗ ${keys.keyFile} holds no PEM certificate`);
    expect(result.stderr).toContain(
      "fix: fetch the controller's public certificate with `kubeseal --fetch-cert",
    );
    expect(existsSync(path.join(ws.root, "manifests"))).toBe(false);
  });

  it("should write where --out says", () => {
    const ws = workspace();
    const out = path.join(ws.root, "elsewhere");
    expect(seal(ws, "--out", out).status).toEqual(0);
    expect(readdirSync(out)).toContain("kustomization.yaml");
    expect(existsSync(path.join(ws.root, "manifests"))).toBe(false);
  });

  it("should exit 2 with the usage when --env or --cert is missing", () => {
    const ws = workspace();
    const noEnv = ws.run(["seal", "--cert", keys.certFile]);
    const noCert = ws.run(["seal", "--env", "sandbox"]);
    expect([noEnv.status, noEnv.stderr.split("\n")[0]]).toEqual([2, "✗ --env is missing"]);
    expect([noCert.status, noCert.stderr.split("\n")[0]]).toEqual([2, "✗ --cert is missing"]);
    expect(noCert.stderr).toContain("usage: npm run secrets -- seal");
  });

  it("should name the settings file when the environment does not exist", () => {
    const result = workspace().run(["seal", "--env", "gov-dev", "--cert", keys.certFile]);
    expect(result.status).toEqual(1);
    expect(result.stderr).toContain("environments/gov-dev.yaml");
  });
});
