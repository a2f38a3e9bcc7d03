import { afterEach, describe, expect, it, vi } from "vitest";
import { SECRETS, type SecretName, type ValueRecipe } from "@ckan-openshift/manifests/secrets";
import { SecretsError } from "../src/errors.ts";
import { generateSecrets, type GeneratedSecret, type GenerateResult } from "../src/generate.ts";

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function valuesOf(result: GenerateResult, id: GeneratedSecret["id"]): Readonly<Record<string, string>> {
  return result.secrets.find((secret) => secret.id === id)!.values;
}

function outcomes(result: GenerateResult): Record<string, string> {
  return Object.fromEntries(result.secrets.map((secret) => [secret.name, secret.outcome]));
}

describe("generateSecrets", () => {
  afterEach(() => vi.unstubAllEnvs());

  /** What the external services' administrators hand over: the catalog's `provided` values. */
  const provided = Object.fromEntries(
    (Object.keys(SECRETS) as SecretName[]).flatMap((id) => {
      const keys = Object.entries(SECRETS[id].keys as Record<string, { recipe: ValueRecipe }>).filter(
        ([, { recipe }]) => recipe.kind === "provided",
      );
      return keys.length > 0 ? [[id, Object.fromEntries(keys.map(([key]) => [key, `given-${key}`]))]] : [];
    }),
  );

  it("should give every key of the catalog a value, and no other key", () => {
    const result = generateSecrets({ ids: Object.keys(SECRETS) as SecretName[], existing: provided });
    expect(result.secrets.map((secret) => [secret.name, Object.keys(secret.values)])).toEqual(
      Object.values(SECRETS).map((spec) => [spec.name, Object.keys(spec.keys).sort()]),
    );
    for (const secret of result.secrets) {
      for (const value of Object.values(secret.values)) expect(value).not.toEqual("");
    }
  });

  it("should keep an administrator's values, and never invent a missing one", () => {
    const result = generateSecrets({ ids: ["postgresExternal"], existing: provided });
    expect(result.secrets[0]).toMatchObject({
      name: "postgres-external",
      outcome: "kept",
      values: {
        CKAN_DB_PASSWORD: "given-CKAN_DB_PASSWORD",
        DATASTORE_READONLY_PASSWORD: "given-DATASTORE_READONLY_PASSWORD",
      },
      generatedKeys: [],
    });
    expect(() => generateSecrets({ ids: ["redisExternal"], existing: { redisExternal: {} } })).toThrow(
      "redis-external lacks REDIS_PASSWORD: it is an external service's credential",
    );
  });

  it("should make random values of at least 32 base64url characters that differ between runs", () => {
    const first = generateSecrets();
    const second = generateSecrets();
    const randomKeys = first.secrets.flatMap((secret) =>
      Object.entries(SECRETS[secret.id].keys as Record<string, { recipe: ValueRecipe }>)
        .filter(([, { recipe }]) => recipe.kind === "random")
        .map(([key, { recipe }]) => ({
          id: secret.id,
          key,
          prefix: recipe.kind === "random" ? (recipe.prefix ?? "") : "",
        })),
    );
    const weak = randomKeys.filter(({ id, key, prefix }) => {
      const value = valuesOf(first, id)[key]!;
      const random = value.slice(prefix.length);
      return (
        !value.startsWith(prefix) ||
        random.length < 32 ||
        !BASE64URL.test(random) ||
        valuesOf(second, id)[key] === value
      );
    });
    expect(randomKeys.map(({ key }) => key)).toContain("POSTGRES_PASSWORD");
    expect(weak).toEqual([]);
  });

  // Each CKAN database URL: its role, its password key in postgres-secrets and its database.
  it.each([
    ["CKAN_SQLALCHEMY_URL", "ckan", "CKAN_DB_PASSWORD", "/ckan"],
    ["CKAN_DATASTORE_WRITE_URL", "ckan", "CKAN_DB_PASSWORD", "/datastore"],
    ["CKAN_DATASTORE_READ_URL", "datastore_ro", "DATASTORE_READONLY_PASSWORD", "/datastore"],
    ["CKANEXT__XLOADER__JOBS_DB__URI", "ckan", "CKAN_DB_PASSWORD", "/ckan_xloader"],
  ])("should compose %s from the exact password in postgres-secrets", (key, user, passwordKey, database) => {
    const result = generateSecrets();
    const url = new URL(valuesOf(result, "ckan")[key]!);
    expect({
      protocol: url.protocol,
      username: url.username,
      password: url.password,
      hostname: url.hostname,
      port: url.port,
      pathname: url.pathname,
    }).toEqual({
      protocol: "postgresql:",
      username: user,
      password: valuesOf(result, "postgres")[passwordKey],
      hostname: "postgres",
      port: "5432",
      pathname: database,
    });
  });

  it("should compose CKAN_REDIS_URL from the exact password in redis-secrets", () => {
    const result = generateSecrets();
    const url = new URL(valuesOf(result, "ckan").CKAN_REDIS_URL!);
    expect([url.protocol, url.username, url.password, url.hostname, url.port, url.pathname]).toEqual([
      "redis:",
      "",
      valuesOf(result, "redis").REDIS_PASSWORD,
      "redis",
      "6379",
      "/1",
    ]);
  });

  it("should make the JWT decode secret equal to the encode secret, with the string: prefix", () => {
    const ckan = valuesOf(generateSecrets(), "ckan");
    expect(ckan.CKAN___API_TOKEN__JWT__DECODE__SECRET).toEqual(ckan.CKAN___API_TOKEN__JWT__ENCODE__SECRET);
    expect(ckan.CKAN___API_TOKEN__JWT__ENCODE__SECRET).toMatch(/^string:[A-Za-z0-9_-]{32,}$/);
  });

  it("should keep an existing Secret's values and compose the missing Secrets from them", () => {
    const postgres = {
      POSTGRES_PASSWORD: "pg-super",
      CKAN_DB_PASSWORD: "ckan-pw",
      DATASTORE_READONLY_PASSWORD: "ro-pw",
    };
    const result = generateSecrets({ existing: { postgres } });
    expect(valuesOf(result, "postgres")).toEqual(postgres);
    expect(outcomes(result)).toEqual({
      "postgres-secrets": "kept",
      "redis-secrets": "created",
      "ckan-secrets": "created",
    });
    expect(result.secrets[0]!.generatedKeys).toEqual([]);
    expect(valuesOf(result, "ckan").CKAN_SQLALCHEMY_URL).toEqual(
      "postgresql://ckan:ckan-pw@postgres:5432/ckan",
    );
    expect(valuesOf(result, "ckan").CKAN_DATASTORE_READ_URL).toEqual(
      "postgresql://datastore_ro:ro-pw@postgres:5432/datastore",
    );
    expect(result.mismatches).toEqual([]);
  });

  it("should percent-encode a kept password that is not URL-safe", () => {
    const postgres = {
      POSTGRES_PASSWORD: "a",
      CKAN_DB_PASSWORD: "p@ss/word",
      DATASTORE_READONLY_PASSWORD: "b",
    };
    const result = generateSecrets({ existing: { postgres } });
    const url = new URL(valuesOf(result, "ckan").CKAN_SQLALCHEMY_URL!);
    expect([url.hostname, decodeURIComponent(url.password)]).toEqual(["postgres", "p@ss/word"]);
  });

  it("should add only the missing keys to an existing Secret and report it as completed", () => {
    const result = generateSecrets({
      existing: { postgres: { POSTGRES_PASSWORD: "a", CKAN_DB_PASSWORD: "b" } },
    });
    const postgres = result.secrets.find((secret) => secret.id === "postgres")!;
    expect([postgres.outcome, postgres.generatedKeys]).toEqual([
      "completed",
      ["DATASTORE_READONLY_PASSWORD"],
    ]);
    expect([postgres.values.POSTGRES_PASSWORD, postgres.values.CKAN_DB_PASSWORD]).toEqual(["a", "b"]);
  });

  it("should keep keys the catalog does not know", () => {
    const redis = { REDIS_PASSWORD: "r", EXTRA: "kept" };
    expect(valuesOf(generateSecrets({ existing: { redis } }), "redis")).toEqual(redis);
  });

  it("should regenerate every value with rotate, reporting existing Secrets as rotated", () => {
    const before = generateSecrets();
    const existing = { postgres: valuesOf(before, "postgres"), redis: valuesOf(before, "redis") };
    const after = generateSecrets({ existing, rotate: true });
    expect(outcomes(after)).toEqual({
      "postgres-secrets": "rotated",
      "redis-secrets": "rotated",
      "ckan-secrets": "created",
    });
    const unchanged = after.secrets.flatMap((secret) =>
      Object.keys(secret.values).filter((key) => secret.values[key] === valuesOf(before, secret.id)[key]),
    );
    expect(unchanged).toEqual([]);
    expect(new URL(valuesOf(after, "ckan").CKAN_REDIS_URL!).password).toEqual(
      valuesOf(after, "redis").REDIS_PASSWORD,
    );
  });

  it("should report composed values that no longer match the passwords they were made from", () => {
    const ckan = valuesOf(generateSecrets(), "ckan");
    const result = generateSecrets({
      existing: { ckan: { ...ckan, CKAN___API_TOKEN__JWT__DECODE__SECRET: "string:other" } },
    });
    expect(result.mismatches).toEqual([
      { secret: "ckan-secrets", key: "CKAN_SQLALCHEMY_URL", sources: ["postgres-secrets CKAN_DB_PASSWORD"] },
      {
        secret: "ckan-secrets",
        key: "CKAN_DATASTORE_WRITE_URL",
        sources: ["postgres-secrets CKAN_DB_PASSWORD"],
      },
      {
        secret: "ckan-secrets",
        key: "CKAN_DATASTORE_READ_URL",
        sources: ["postgres-secrets DATASTORE_READONLY_PASSWORD"],
      },
      {
        secret: "ckan-secrets",
        key: "CKANEXT__XLOADER__JOBS_DB__URI",
        sources: ["postgres-secrets CKAN_DB_PASSWORD"],
      },
      { secret: "ckan-secrets", key: "CKAN_REDIS_URL", sources: ["redis-secrets REDIS_PASSWORD"] },
      {
        secret: "ckan-secrets",
        key: "CKAN___API_TOKEN__JWT__DECODE__SECRET",
        sources: ["ckan-secrets CKAN___API_TOKEN__JWT__ENCODE__SECRET"],
      },
    ]);
  });

  it("should take a provided value from the tool's environment, unchanged", () => {
    vi.stubEnv("CKAN_SMTP_PASSWORD", "p@ss word:/");
    expect(valuesOf(generateSecrets({ ids: ["mail"] }), "mail")).toEqual({
      CKAN_SMTP_PASSWORD: "p@ss word:/",
    });
  });

  it("should keep an existing provided value without reading the environment", () => {
    vi.stubEnv("CKAN_SMTP_PASSWORD", "");
    const result = generateSecrets({ ids: ["mail"], existing: { mail: { CKAN_SMTP_PASSWORD: "kept" } } });
    expect([valuesOf(result, "mail"), outcomes(result)]).toEqual([
      { CKAN_SMTP_PASSWORD: "kept" },
      { "ckan-mail": "kept" },
    ]);
  });

  it("should refuse to invent a provided value, naming the Secret, the key and the variable", () => {
    vi.stubEnv("CKAN_SMTP_PASSWORD", "");
    expect(() => generateSecrets({ ids: ["mail"] })).toThrow(SecretsError);
    expect(() => generateSecrets({ ids: ["mail"] })).toThrow(
      "ckan-mail CKAN_SMTP_PASSWORD is provided by you, not generated, and CKAN_SMTP_PASSWORD is not set in this shell",
    );
  });
});
