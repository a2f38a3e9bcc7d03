// Test support for sealing: a throwaway sealed-secrets-style key pair (RSA key and self-signed
// certificate, made by openssl as the controller makes its own) and an independent decryption that
// follows sealed-secrets' HybridDecrypt (pkg/crypto/crypto.go), to prove what seal-crypto.ts writes.
import { execFileSync } from "node:child_process";
import { constants, createDecipheriv, createPrivateKey, privateDecrypt, type KeyObject } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import YAML from "yaml";

export interface SealingKeys {
  readonly dir: string;
  /** The controller's certificate, as `kubeseal --fetch-cert` gives it. */
  readonly certFile: string;
  /** The private key (PKCS#8 PEM), as kubeseal's --recovery-private-key takes it. */
  readonly keyFile: string;
  readonly privateKey: KeyObject;
  remove(): void;
}

/** `openssl req -x509` with a new key of `keyArgs` (default RSA 2048: fast, and what OAEP needs). */
export function makeSealingKeys(keyArgs: readonly string[] = ["-newkey", "rsa:2048"]): SealingKeys {
  const dir = mkdtempSync(path.join(tmpdir(), "sealing-keys-"));
  const certFile = path.join(dir, "controller.pem");
  const keyFile = path.join(dir, "controller.key");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      ...keyArgs,
      "-nodes",
      "-keyout",
      keyFile,
      "-out",
      certFile,
      "-days",
      "30",
      "-subj",
      "/O=sealed-secret",
    ],
    { stdio: "ignore" },
  );
  return {
    dir,
    certFile,
    keyFile,
    privateKey: createPrivateKey(readFileSync(keyFile)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const GCM_TAG_BYTES = 16;

/** sealed-secrets' HybridDecrypt: throws when the key or the label is not the one sealed with. */
export function hybridDecrypt(privateKey: KeyObject, ciphertext: Buffer, label: string): Buffer {
  const rsaLength = ciphertext.readUInt16BE(0);
  const sessionKey = privateDecrypt(
    {
      key: privateKey,
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: "sha256",
      oaepLabel: Buffer.from(label, "utf8"),
    },
    ciphertext.subarray(2, 2 + rsaLength),
  );
  const aes = ciphertext.subarray(2 + rsaLength);
  const decipher = createDecipheriv("aes-256-gcm", sessionKey, Buffer.alloc(12));
  decipher.setAuthTag(aes.subarray(aes.length - GCM_TAG_BYTES));
  return Buffer.concat([decipher.update(aes.subarray(0, aes.length - GCM_TAG_BYTES)), decipher.final()]);
}

/** Unseals a SealedSecret file as the controller would (strict scope): key → value. */
export function unsealFile(privateKey: KeyObject, file: string): Record<string, string> {
  const sealed = YAML.parse(readFileSync(file, "utf8")) as {
    metadata: { name: string; namespace: string };
    spec: { encryptedData: Record<string, string> };
  };
  const label = `${sealed.metadata.namespace}/${sealed.metadata.name}`;
  return Object.fromEntries(
    Object.entries(sealed.spec.encryptedData).map(([key, value]) => [
      key,
      hybridDecrypt(privateKey, Buffer.from(value, "base64"), label).toString("utf8"),
    ]),
  );
}
