// kubeseal-compatible encryption: what `kubeseal` does to each value, so the sealed-secrets controller
// can unseal what this tool seals. Format and label follow bitnami-labs/sealed-secrets:
//   pkg/crypto/crypto.go HybridEncrypt: a random 32-byte AES-256 session key, RSA-OAEP (SHA-256) of that
//     key with the scope label, AES-GCM of the value with a zero 12-byte nonce (the key is used once);
//     output = RSA ciphertext length (2 bytes, big-endian) || RSA ciphertext || AES-GCM ciphertext and tag.
//   pkg/apis/sealedsecrets/v1alpha1/sealedsecret_expansion.go EncryptionLabel: the strict scope (the
//     default, and the only one this tool writes) labels with `<namespace>/<name>`, so a value unseals
//     only into the Secret it was sealed for.
//   pkg/kubeseal ParseKey: the key is the RSA key of the first certificate, refused once expired.
import {
  X509Certificate,
  constants,
  createCipheriv,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { readFile } from "node:fs/promises";
import { SecretsError } from "./errors.ts";

const SESSION_KEY_BYTES = 32;
const GCM_NONCE_BYTES = 12;

/** How to get the certificate, for the fix of every certificate error. */
export const FETCH_CERT_FIX =
  "fetch the controller's public certificate with `kubeseal --fetch-cert > controller.pem` " +
  '(see tools/secrets/README.md, "Sealing for GitOps") and pass that file to --cert';

/** The RSA public key of the sealed-secrets controller's certificate (PEM) in `file`. */
export async function readSealingKey(file: string, now = new Date()): Promise<KeyObject> {
  let pem: string;
  try {
    pem = await readFile(file, "utf8");
  } catch (error) {
    throw new SecretsError(
      `cannot read the certificate ${file}: ${(error as Error).message}`,
      FETCH_CERT_FIX,
    );
  }
  const first = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(pem)?.[0];
  let certificate: X509Certificate | undefined;
  try {
    certificate = first ? new X509Certificate(first) : undefined;
  } catch {
    certificate = undefined;
  }
  if (!certificate) {
    throw new SecretsError(`${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, FETCH_CERT_FIX);
  }
  if (certificate.publicKey.asymmetricKeyType !== "rsa") {
    throw new SecretsError(
      `the certificate in ${file} has a ${certificate.publicKey.asymmetricKeyType ?? "non-RSA"} key; the sealed-secrets controller's is RSA`,
      FETCH_CERT_FIX,
    );
  }
  if (now > certificate.validToDate) {
    throw new SecretsError(
      `the certificate in ${file} expired on ${certificate.validToDate.toISOString().slice(0, 10)}`,
      `the controller renews its key (every 30 days by default): ${FETCH_CERT_FIX}`,
    );
  }
  return certificate.publicKey;
}

/** The strict-scope label: the value unseals only into Secret `name` in `namespace`. */
export function strictScopeLabel(namespace: string, name: string): Buffer {
  return Buffer.from(`${namespace}/${name}`, "utf8");
}

/** Encrypts `plaintext` as sealed-secrets' HybridEncrypt does; returns the bytes (base64 them for YAML). */
export function hybridEncrypt(publicKey: KeyObject, plaintext: Buffer, label: Buffer): Buffer {
  const sessionKey = randomBytes(SESSION_KEY_BYTES);
  const rsaCiphertext = publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256", oaepLabel: label },
    sessionKey,
  );
  const length = Buffer.alloc(2);
  length.writeUInt16BE(rsaCiphertext.length);
  const cipher = createCipheriv("aes-256-gcm", sessionKey, Buffer.alloc(GCM_NONCE_BYTES));
  const aesCiphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([length, rsaCiphertext, aesCiphertext]);
}
