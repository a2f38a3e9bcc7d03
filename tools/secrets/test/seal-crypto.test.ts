import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hybridEncrypt, readSealingKey, strictScopeLabel } from "../src/seal-crypto.ts";
import { hybridDecrypt, makeSealingKeys, type SealingKeys } from "./sealing-keys.ts";

let keys: SealingKeys;
beforeAll(() => {
  keys = makeSealingKeys();
});
afterAll(() => keys.remove());

describe("hybrid encryption (sealed-secrets v1 format)", () => {
  it("should decrypt with the private key and the strict-scope label to the sealed value", async () => {
    const publicKey = await readSealingKey(keys.certFile);
    const value = Buffer.from("postgresql://ckan:p%40ss@postgres:5432/ckan", "utf8");
    const sealed = hybridEncrypt(publicKey, value, strictScopeLabel("gov-dev", "ckan-secrets"));
    expect(hybridDecrypt(keys.privateKey, sealed, "gov-dev/ckan-secrets")).toEqual(value);
  });

  it("should lay out 2-byte length, RSA ciphertext of the key size, then AES-GCM ciphertext and tag", async () => {
    const sealed = hybridEncrypt(
      await readSealingKey(keys.certFile),
      Buffer.from("12345"),
      strictScopeLabel("a", "b"),
    );
    expect([sealed.readUInt16BE(0), sealed.length]).toEqual([256, 2 + 256 + 5 + 16]);
  });

  it("should not decrypt under another name or namespace (the strict scope)", async () => {
    const sealed = hybridEncrypt(
      await readSealingKey(keys.certFile),
      Buffer.from("x"),
      strictScopeLabel("gov-dev", "ckan-secrets"),
    );
    expect(() => hybridDecrypt(keys.privateKey, sealed, "gov-dev/redis-secrets")).toThrow();
    expect(() => hybridDecrypt(keys.privateKey, sealed, "other/ckan-secrets")).toThrow();
    expect(() => hybridDecrypt(keys.privateKey, sealed, "gov-dev")).toThrow();
  });

  it("should use a fresh session key each time", async () => {
    const publicKey = await readSealingKey(keys.certFile);
    const label = strictScopeLabel("a", "b");
    expect(hybridEncrypt(publicKey, Buffer.from("same"), label)).not.toEqual(
      hybridEncrypt(publicKey, Buffer.from("same"), label),
    );
  });
});

describe("the controller certificate", () => {
  it("should name the file and how to fetch the certificate when it is missing", async () => {
    const file = path.join(keys.dir, "missing.pem");
    await expect(readSealingKey(file)).rejects.toMatchObject({
      message: expect.stringContaining(`cannot read the certificate ${file}`),
      fix: expect.stringContaining("kubeseal --fetch-cert"),
    });
  });

  it("should refuse a file that holds no certificate, such as the private key", async () => {
    await expect(readSealingKey(keys.keyFile)).rejects.toMatchObject({
      message: `${keys.keyFile} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`,
      fix: expect.stringContaining("kubeseal --fetch-cert"),
    });
  });

  it("should refuse a damaged certificate", async () => {
    const file = path.join(keys.dir, "damaged.pem");
    writeFileSync(file, "-----BEGIN CERTIFICATE-----\nMIIBnotreally\n-----END CERTIFICATE-----\n");
    await expect(readSealingKey(file)).rejects.toThrow(`${file} holds no PEM certificate`);
  });

  it("should refuse a certificate whose key is not RSA", async () => {
    const ec = makeSealingKeys(["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]);
    try {
      await expect(readSealingKey(ec.certFile)).rejects.toThrow(
        `the certificate in ${ec.certFile} has a ec key; the sealed-secrets controller's is RSA`,
      );
    } finally {
      ec.remove();
    }
  });

  it("should refuse an expired certificate, as kubeseal does", async () => {
    const in31Days = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    await expect(readSealingKey(keys.certFile, in31Days)).rejects.toMatchObject({
      message: expect.stringMatching(/^the certificate in .* expired on \d{4}-\d{2}-\d{2}$/),
      fix: expect.stringContaining("renews its key"),
    });
  });
});
