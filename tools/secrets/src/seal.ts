// Sealing the catalog's Secrets for GitOps: fresh values for the keys not sealed yet, encrypted to the
// controller's key; keys already sealed keep their ciphertext (it cannot be read back without the
// controller's private key, and need not be). Values exist only in memory, never on disk.
import type { KeyObject } from "node:crypto";
import { type SealedSecret, type SecretName, SECRETS } from "@ckan-openshift/manifests/secrets";
import { generateSecrets, outcomeOf, recipeSources, SECRET_IDS, type Outcome } from "./generate.ts";
import { hybridEncrypt, strictScopeLabel } from "./seal-crypto.ts";
import { sealedSecret, type ExistingSealed } from "./store-sealed.ts";

export interface SealOptions {
  readonly namespace: string;
  /** The controller's public key (seal-crypto.ts readSealingKey). */
  readonly publicKey: KeyObject;
  /** The encryptedData already committed, by catalog id. */
  readonly existing: ExistingSealed;
  /** Seal every value anew, ignoring what is committed. @default false */
  readonly rotate?: boolean;
  /** The Secrets the environment needs (`secretsNeededBy`). @default those every environment needs */
  readonly ids?: readonly SecretName[];
}

export interface SealedOutcome {
  readonly id: SecretName;
  readonly name: string;
  readonly outcome: Outcome;
  readonly sealed: SealedSecret;
  /** The keys sealed by this run (all of them when created or rotated, none when kept). */
  readonly sealedKeys: readonly string[];
}

/**
 * A composed value (URL, same-as) and one of its sources where one is already sealed and the other is
 * not: the new one would be made from a fresh value the kept ciphertext does not hold.
 */
export interface SealConflict {
  readonly secret: SecretName;
  readonly key: string;
  readonly source: { readonly secret: SecretName; readonly key: string };
}

export type SealResult =
  | { readonly conflicts: readonly []; readonly secrets: readonly SealedOutcome[] }
  | { readonly conflicts: readonly SealConflict[]; readonly secrets?: undefined };

export function sealSecrets(options: SealOptions): SealResult {
  const existing: ExistingSealed = options.rotate ? {} : options.existing;
  const isSealed = (id: SecretName, key: string) => existing[id]?.[key] !== undefined;

  const conflicts: SealConflict[] = [];
  const ids = options.ids ?? SECRET_IDS;
  for (const id of ids) {
    for (const [key, { recipe }] of Object.entries(SECRETS[id].keys)) {
      for (const source of recipeSources(recipe)) {
        if (isSealed(id, key) !== isSealed(source.secret, source.key))
          conflicts.push({ secret: id, key, source });
      }
    }
  }
  if (conflicts.length > 0) return { conflicts };

  // Every value fresh and mutually consistent; only those not sealed yet are used. A provided value
  // (the SMTP password) already sealed is not asked for again: its ciphertext is kept, nothing is
  // composed from it, so a placeholder stands in for it.
  const sealedProvided = Object.fromEntries(
    ids.map((id) => [
      id,
      Object.fromEntries(
        Object.entries(SECRETS[id].keys)
          .filter(([key, { recipe }]) => recipe.kind === "provided" && isSealed(id, key))
          .map(([key]) => [key, ""]),
      ),
    ]),
  );
  const { secrets: fresh } = generateSecrets({ ids, existing: sealedProvided });
  const secrets = fresh.map((secret): SealedOutcome => {
    const kept = existing[secret.id] ?? {};
    const label = strictScopeLabel(options.namespace, secret.name);
    const sealedKeys = Object.keys(secret.values).filter((key) => kept[key] === undefined);
    const encryptedData: Record<string, string> = { ...kept };
    for (const key of sealedKeys) {
      const plaintext = Buffer.from(secret.values[key]!, "utf8");
      encryptedData[key] = hybridEncrypt(options.publicKey, plaintext, label).toString("base64");
    }
    const outcome = outcomeOf(options.existing[secret.id] !== undefined, options.rotate, sealedKeys.length);
    return {
      id: secret.id,
      name: secret.name,
      outcome,
      sealed: sealedSecret(secret.name, options.namespace, encryptedData),
      sealedKeys,
    };
  });
  return { conflicts: [], secrets };
}
