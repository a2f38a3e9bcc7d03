import { createPublicKey } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sealSecrets } from "../src/seal.ts";
import { hybridDecrypt, makeSealingKeys, type SealingKeys } from "./sealing-keys.ts";

let keys: SealingKeys;
beforeAll(() => {
  keys = makeSealingKeys();
});
afterAll(() => keys.remove());

const publicKey = () => createPublicKey(keys.privateKey);
const unseal = (name: string, ciphertext: string) =>
  hybridDecrypt(keys.privateKey, Buffer.from(ciphertext, "base64"), `gov-dev/${name}`).toString("utf8");

describe("sealSecrets", () => {
  it("should seal every catalog key when nothing is sealed yet", () => {
    const result = sealSecrets({
      namespace: "gov-dev",
      publicKey: publicKey(),
      existing: {},
    });
    expect(result.conflicts).toEqual([]);
    const redis = result.secrets!.find((secret) => secret.name === "redis-secrets")!;
    expect([redis.outcome, redis.sealedKeys]).toEqual(["created", ["REDIS_PASSWORD"]]);
    expect(unseal("redis-secrets", redis.sealed.spec.encryptedData["REDIS_PASSWORD"]!)).toMatch(
      /^[\w-]{43}$/,
    );
  });

  it("should keep sealed keys, unknown ones too, and seal only what is missing", () => {
    const first = sealSecrets({
      namespace: "gov-dev",
      publicKey: publicKey(),
      existing: {},
    }).secrets!;
    const ckan = first.find((secret) => secret.id === "ckan")!.sealed.spec.encryptedData;
    const rest = Object.fromEntries(Object.entries(ckan).filter(([key]) => key !== "CKAN_SYSADMIN_PASSWORD"));
    const existing = {
      postgres: first.find((secret) => secret.id === "postgres")!.sealed.spec.encryptedData,
      redis: first.find((secret) => secret.id === "redis")!.sealed.spec.encryptedData,
      ckan: { ...rest, EXTRA_KEY: "AgBkZXBsb3llZA==" },
    };
    const second = sealSecrets({
      namespace: "gov-dev",
      publicKey: publicKey(),
      existing,
    }).secrets!;
    const outcomes = Object.fromEntries(
      second.map((secret) => [secret.id, [secret.outcome, secret.sealedKeys]]),
    );
    expect(outcomes).toEqual({
      postgres: ["kept", []],
      redis: ["kept", []],
      ckan: ["completed", ["CKAN_SYSADMIN_PASSWORD"]],
    });
    const sealed = second.find((secret) => secret.id === "ckan")!.sealed.spec.encryptedData;
    expect(sealed).toMatchObject({ ...rest, EXTRA_KEY: "AgBkZXBsb3llZA==" });
    expect(Object.keys(sealed)).toEqual([...Object.keys(sealed)].sort());
  });

  it("should report a composed value whose source stays sealed while it is sealed anew", () => {
    const first = sealSecrets({
      namespace: "gov-dev",
      publicKey: publicKey(),
      existing: {},
    }).secrets!;
    const existing = {
      postgres: first.find((secret) => secret.id === "postgres")!.sealed.spec.encryptedData,
    };
    const result = sealSecrets({ namespace: "gov-dev", publicKey: publicKey(), existing });
    expect(result.secrets).toBeUndefined();
    expect(result.conflicts).toContainEqual({
      secret: "ckan",
      key: "CKAN_DATASTORE_READ_URL",
      source: { secret: "postgres", key: "DATASTORE_READONLY_PASSWORD" },
    });
    expect(result.conflicts.every((conflict) => conflict.source.secret === "postgres")).toBe(true);
  });

  it("should ignore what is sealed with rotate, and call the Secrets that existed rotated", () => {
    const existing = { redis: { REDIS_PASSWORD: "AgBvbGQ=" } };
    const result = sealSecrets({
      namespace: "gov-dev",
      publicKey: publicKey(),
      existing,
      rotate: true,
    });
    const redis = result.secrets!.find((secret) => secret.id === "redis")!;
    expect(redis.outcome).toEqual("rotated");
    expect(redis.sealed.spec.encryptedData["REDIS_PASSWORD"]).not.toEqual("AgBvbGQ=");
    expect(result.secrets!.find((secret) => secret.id === "postgres")!.outcome).toEqual("created");
  });

  describe("a provided value (the SMTP password)", () => {
    afterEach(() => vi.unstubAllEnvs());
    const seal = (existing: Parameters<typeof sealSecrets>[0]["existing"]) =>
      sealSecrets({ namespace: "gov-dev", publicKey: publicKey(), existing, ids: ["mail"] }).secrets![0]!;

    it("should seal it from the tool's environment", () => {
      vi.stubEnv("CKAN_SMTP_PASSWORD", "relay-password");
      const mail = seal({});
      expect([mail.name, mail.outcome, mail.sealedKeys]).toEqual([
        "ckan-mail",
        "created",
        ["CKAN_SMTP_PASSWORD"],
      ]);
      expect(unseal("ckan-mail", mail.sealed.spec.encryptedData["CKAN_SMTP_PASSWORD"]!)).toBe(
        "relay-password",
      );
    });

    it("should keep it sealed without asking for it again", () => {
      vi.stubEnv("CKAN_SMTP_PASSWORD", "");
      const mail = seal({ mail: { CKAN_SMTP_PASSWORD: "AgBzZWFsZWQ=" } });
      expect([mail.outcome, mail.sealedKeys, mail.sealed.spec.encryptedData]).toEqual([
        "kept",
        [],
        { CKAN_SMTP_PASSWORD: "AgBzZWFsZWQ=" },
      ]);
    });
  });
});
