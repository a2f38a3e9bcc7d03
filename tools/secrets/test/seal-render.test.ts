// Sealed for gov-dev, then rendered: render keeps the SealedSecrets byte for byte, lists them in the
// overlay, the gate validates them, and the drift check stays green.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import YAML from "yaml";
import { GENERATED_DOCS } from "@ckan-openshift/manifests/docs.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSealingKeys, unsealFile, type SealingKeys } from "./sealing-keys.ts";

const REPO = path.resolve(import.meta.dirname, "../../..");
const SECRETS_CLI = path.join(REPO, "tools/secrets/src/cli.ts");
const MANIFESTS_CLI = path.join(REPO, "tools/manifests/src/cli.ts");

let keys: SealingKeys;
let root: string;
const run = (cli: string, args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args, "--workspace", root], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

beforeAll(() => {
  keys = makeSealingKeys();
  root = mkdtempSync(path.join(tmpdir(), "seal-render-"));
  for (const entry of [
    "environments",
    "manifests",
    ...Object.keys(GENERATED_DOCS),
    ...["ckan", "solr", "postgres"].map((i) => `images/${i}/versions.env`),
  ]) {
    cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
});
afterAll(() => {
  keys.remove();
  rmSync(root, { recursive: true, force: true });
});

describe("SealedSecrets through render", () => {
  const sealed = () => path.join(root, "manifests/overlays/gov-dev/sealed-secrets");

  it("should be kept by render, listed in the overlay, pass the gate and leave no drift", () => {
    expect(run(SECRETS_CLI, ["seal", "--env", "gov-dev", "--cert", keys.certFile]).status).toBe(0);
    const before = Object.fromEntries(
      readdirSync(sealed()).map((f) => [f, readFileSync(path.join(sealed(), f), "utf8")]),
    );

    const render = run(MANIFESTS_CLI, ["render"]);
    expect(render.output).toContain("gov-dev");
    expect(render.status).toBe(0);
    const after = Object.fromEntries(
      readdirSync(sealed()).map((f) => [f, readFileSync(path.join(sealed(), f), "utf8")]),
    );
    expect(after).toEqual(before);

    const overlay = YAML.parse(
      readFileSync(path.join(root, "manifests/overlays/gov-dev/kustomization.yaml"), "utf8"),
    );
    expect(overlay.resources).toEqual(["environment", "sealed-secrets"]);
    expect(run(MANIFESTS_CLI, ["check"]).status).toBe(0);
    expect(unsealFile(keys.privateKey, path.join(sealed(), "redis-secrets.yaml")).REDIS_PASSWORD).toMatch(
      /^[A-Za-z0-9_-]{40,}$/,
    );
  });

  it("should be refused by the gate when a sealed file has an unknown field", () => {
    const file = path.join(sealed(), "redis-secrets.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("encryptedData:", "encryptedDatta:"));
    const result = run(MANIFESTS_CLI, ["render"]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('unknown field "encryptedDatta"');
  });
});
