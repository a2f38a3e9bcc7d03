// The strongest proof of compatibility: the real kubeseal (pinned and built by
// tools/workspace-setup/setup.sh test) unseals what `secrets seal` wrote, with the same code the
// controller runs (--recovery-unseal: offline, from the private key), and seals what our independent
// decryption in sealing-keys.ts opens.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace, SANDBOX_NAMESPACE, type Workspace } from "./support.ts";
import { hybridDecrypt, makeSealingKeys, unsealFile, type SealingKeys } from "./sealing-keys.ts";

const kubeseal = path.resolve(import.meta.dirname, "../../../.tools/bin/kubeseal");

let keys: SealingKeys;
let ws: Workspace;
beforeAll(() => {
  keys = makeSealingKeys();
  ws = makeWorkspace();
});
afterAll(() => {
  keys.remove();
  ws.remove();
});

function runKubeseal(args: readonly string[], input: string) {
  // No kubeconfig: these calls must not need a cluster.
  const env = { ...process.env, KUBECONFIG: path.join(keys.dir, "no-kubeconfig") };
  return spawnSync(kubeseal, args, { input, encoding: "utf8", env });
}

describe("kubeseal", () => {
  it("should be installed by tools/workspace-setup/setup.sh test", () => {
    expect(existsSync(kubeseal), `${kubeseal} is missing: run tools/workspace-setup/setup.sh test`).toBe(
      true,
    );
  });

  it("should unseal every SealedSecret that `secrets seal` wrote to the values sealed", () => {
    const sealed = ws.run(["seal", "--env", "sandbox", "--cert", keys.certFile]);
    expect(sealed.status).toEqual(0);
    const dir = path.join(ws.root, "manifests/overlays/sandbox/sealed-secrets");
    for (const name of ["postgres-secrets", "redis-secrets", "ckan-secrets"]) {
      const file = path.join(dir, `${name}.yaml`);
      const result = runKubeseal(
        ["--recovery-unseal", "--recovery-private-key", keys.keyFile, "-o", "json"],
        readFileSync(file, "utf8"),
      );
      expect(result.stderr).toEqual("");
      const secret = JSON.parse(result.stdout) as {
        metadata: { name: string; namespace: string };
        type: string;
        data: Record<string, string>;
      };
      expect([secret.metadata.name, secret.metadata.namespace, secret.type]).toEqual([
        name,
        SANDBOX_NAMESPACE,
        "Opaque",
      ]);
      const values = Object.fromEntries(
        Object.entries(secret.data).map(([key, value]) => [
          key,
          Buffer.from(value, "base64").toString("utf8"),
        ]),
      );
      expect(values).toEqual(unsealFile(keys.privateKey, file));
    }
  });

  it("should refuse to unseal into another namespace (the strict scope)", () => {
    const file = path.join(ws.root, "manifests/overlays/sandbox/sealed-secrets/redis-secrets.yaml");
    const moved = readFileSync(file, "utf8").replaceAll(
      `namespace: ${SANDBOX_NAMESPACE}`,
      "namespace: elsewhere",
    );
    const result = runKubeseal(["--recovery-unseal", "--recovery-private-key", keys.keyFile], moved);
    expect(result.status).not.toEqual(0);
    expect(result.stderr).toContain("no key could decrypt secret (REDIS_PASSWORD)");
  });

  it("should seal values that the tests' decryption opens (so it is the controller's format)", () => {
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "s", namespace: "n" },
      stringData: { A: "a" },
    };
    const result = runKubeseal(["--cert", keys.certFile, "-o", "json"], JSON.stringify(secret));
    expect(result.stderr).toEqual("");
    const ciphertext = (JSON.parse(result.stdout) as { spec: { encryptedData: { A: string } } }).spec
      .encryptedData.A;
    expect(hybridDecrypt(keys.privateKey, Buffer.from(ciphertext, "base64"), "n/s").toString("utf8")).toEqual(
      "a",
    );
  });
});
