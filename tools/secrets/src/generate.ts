// Pure value generation from the secrets catalog: no files, no cluster. The CLI and the end-to-end
// harness both call generateSecrets(); what already exists is passed in and kept unless rotating.
import { randomBytes } from "node:crypto";
import { SECRETS, type SecretName, type ValueRecipe } from "@ckan-openshift/manifests/secrets";
import { SecretsError } from "./errors.ts";

export type SecretValues = Readonly<Record<string, string>>;

/** Values that already exist, by catalog id (`postgres`, `redis`, `ckan`); an absent id means no Secret. */
export type ExistingSecrets = Readonly<Partial<Record<SecretName, SecretValues>>>;

/**
 * What happens to one Secret: created (it did not exist), kept (every key existed), completed (it existed
 * but lacked keys the catalog has since gained), rotated (it existed and was regenerated).
 */
export type Outcome = "created" | "kept" | "completed" | "rotated";

/** The outcome for a Secret that `existed` or not, given how many of its keys were made this run. */
export function outcomeOf(existed: boolean, rotate: boolean | undefined, madeKeys: number): Outcome {
  if (!existed) return "created";
  if (rotate) return "rotated";
  return madeKeys === 0 ? "kept" : "completed";
}

export interface GeneratedSecret {
  readonly id: SecretName;
  /** The Kubernetes object name, e.g. `postgres-secrets`. */
  readonly name: string;
  readonly outcome: Outcome;
  /** Every value, keys sorted; keys the catalog does not know are kept as they were. */
  readonly values: SecretValues;
  /** The keys made by this run (all of them when created or rotated, none when kept). */
  readonly generatedKeys: readonly string[];
}

/** A composed value (URL, same-as) that no longer matches the values it is made from. */
export interface Mismatch {
  readonly secret: string;
  readonly key: string;
  /** `<secret-name> <KEY>` of each value it is composed from. */
  readonly sources: readonly string[];
}

export interface GenerateOptions {
  /** Values read from the cluster or the dry-run files. @default {} */
  readonly existing?: ExistingSecrets;
  /** Regenerate every value, ignoring what exists. @default false */
  readonly rotate?: boolean;
  /** The Secrets to make (`secretsNeededBy(settings)`). @default those every environment needs */
  readonly ids?: readonly SecretName[];
}

export interface GenerateResult {
  readonly secrets: readonly GeneratedSecret[];
  /** Empty unless kept values disagree (e.g. ckan-secrets kept while postgres-secrets is new). */
  readonly mismatches: readonly Mismatch[];
}

/** The ids every environment needs, in catalog order. */
export const SECRET_IDS = (Object.keys(SECRETS) as SecretName[]).filter(
  (id) => (SECRETS[id] as { neededWhen?: unknown }).neededWhen === undefined,
);

type Keys = Readonly<Record<string, { readonly recipe: ValueRecipe }>>;
const keysOf = (id: SecretName): Keys => SECRETS[id].keys;

/** `bytes` strong random bytes as base64url (URL-safe: needs no escaping inside the DB and Redis URLs). */
export function randomValue(bytes: number, prefix = ""): string {
  return prefix + randomBytes(bytes).toString("base64url");
}

/** Makes every value of the catalog, keeping and reusing `existing` values unless `rotate`. */
export function generateSecrets(options: GenerateOptions = {}): GenerateResult {
  const ids = options.ids ?? SECRET_IDS;
  const existing = options.rotate ? {} : (options.existing ?? {});
  const values = new Map<SecretName, Record<string, string>>(
    ids.map((id) => [id, { ...(existing[id] ?? {}) }]),
  );
  const generated = new Map<SecretName, Set<string>>(ids.map((id) => [id, new Set()]));
  const resolving = new Set<string>();

  const resolve = (id: SecretName, key: string): string => {
    const own = values.get(id)!;
    const known = own[key];
    if (known !== undefined) return known;
    const entry = keysOf(id)[key];
    if (!entry) throw new Error(`the secrets catalog has no key ${SECRETS[id].name} ${key}`);
    const label = `${id}.${key}`;
    if (resolving.has(label))
      throw new Error(`the secrets catalog composes ${SECRETS[id].name} ${key} from itself`);
    resolving.add(label);
    const value = make(entry.recipe, resolve, { secret: SECRETS[id].name, key });
    resolving.delete(label);
    own[key] = value;
    generated.get(id)!.add(key);
    return value;
  };

  for (const id of ids) {
    for (const key of Object.keys(keysOf(id))) resolve(id, key);
  }

  const secrets = ids.map((id): GeneratedSecret => {
    const made = [...generated.get(id)!].sort();
    const outcome = outcomeOf((options.existing ?? {})[id] !== undefined, options.rotate, made.length);
    return { id, name: SECRETS[id].name, outcome, values: sortKeys(values.get(id)!), generatedKeys: made };
  });
  return { secrets, mismatches: findMismatches(ids, (id, key) => values.get(id)![key] ?? "") };
}

/**
 * A value the catalog marks `provided` (the SMTP relay's or an external service's password) is never made:
 * it comes from the tool's environment variable the catalog names, or the Secret must already have it.
 */
function make(
  recipe: ValueRecipe,
  value: (secret: SecretName, key: string) => string,
  target?: { secret: string; key: string },
): string {
  switch (recipe.kind) {
    case "random":
      return randomValue(recipe.bytes, recipe.prefix);
    case "provided": {
      const provided = recipe.env && process.env[recipe.env];
      if (provided) return provided;
      const what = `${target?.secret ?? "a Secret"} ${target?.key ?? "key"}`;
      if (recipe.env)
        throw new SecretsError(
          `${what} is provided by you, not generated, and ${recipe.env} is not set in this shell`,
          `run it again with the value in the environment, e.g. \`read -rs ${recipe.env} && export ${recipe.env}\` first (typed, not in your shell history)`,
        );
      throw new SecretsError(
        `${target?.secret ?? "a Secret"} lacks ${target?.key ?? "a key"}: it is an external service's credential, which only its administrator knows`,
        `create it yourself with every key tools/manifests/src/secrets-catalog.ts lists (oc create secret generic ${target?.secret} --from-literal=${target?.key}=<value> …; with --dry-run, .secrets/<environment>/${target?.secret}.env), then run this again`,
      );
    }
    case "fixed":
      return recipe.value;
    case "same-as":
      return value(recipe.secret, recipe.key);
    case "url":
      return recipe.compose(value);
  }
}

/** The catalog values a recipe is composed from (none for a random one), in the order it reads them. */
export function recipeSources(recipe: ValueRecipe): { readonly secret: SecretName; readonly key: string }[] {
  if (recipe.kind === "random" || recipe.kind === "fixed" || recipe.kind === "provided") return [];
  const sources: { secret: SecretName; key: string }[] = [];
  make(recipe, (secret, key) => {
    sources.push({ secret, key });
    return "";
  });
  return sources;
}

/** Recomposes every same-as and url value and reports those that differ from the final ones. */
function findMismatches(
  ids: readonly SecretName[],
  value: (secret: SecretName, key: string) => string,
): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const id of ids) {
    for (const [key, { recipe }] of Object.entries(keysOf(id))) {
      if (recipeSources(recipe).length === 0 || make(recipe, value) === value(id, key)) continue;
      const sources = recipeSources(recipe).map((source) => `${SECRETS[source.secret].name} ${source.key}`);
      mismatches.push({ secret: SECRETS[id].name, key, sources });
    }
  }
  return mismatches;
}

function sortKeys(record: Record<string, string>): SecretValues {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
