// Every Secret the stack references and how each value is made. The manifests reference these Secrets by
// name only; the secrets tool creates them in the cluster and the end-to-end harness writes them locally.
// No value is ever committed or rendered.
import { CNPG_LAYOUT } from "./components/postgres-cnpg.ts";
import { NAMES, POSTGRES_LAYOUT, REDIS_DATABASE, SERVICES } from "./config/layout.ts";
import type { EnvironmentSettings } from "./settings/environment-settings.ts";

export type SecretName =
  | "postgres"
  | "redis"
  | "ckan"
  | "datastoreReadonly"
  | "mail"
  | "postgresExternal"
  | "solrExternal"
  | "redisExternal";

/**
 * How a value is made: random, composed from other values of the catalog, or provided by the operator
 * (a password another system issued) in the secrets tool's environment variable `env`.
 */
export type ValueRecipe =
  | { readonly kind: "random"; readonly bytes: number; readonly prefix?: string }
  /**
   * A value only its owner knows (the SMTP relay's or an external service's password): never made. The
   * secrets tool keeps it when the Secret has it, else takes it from its environment variable `env` when
   * the catalog names one, else stops and says how to create the Secret.
   */
  | { readonly kind: "provided"; readonly env?: string }
  | { readonly kind: "fixed"; readonly value: string }
  | { readonly kind: "same-as"; readonly secret: SecretName; readonly key: string }
  | {
      readonly kind: "url";
      readonly compose: (value: (secret: SecretName, key: string) => string) => string;
    };

export interface SecretSpec {
  readonly name: string;
  readonly description: string;
  /** The workloads that load this Secret. */
  readonly consumers: readonly string[];
  /** Only environments with these settings need it. @default every environment */
  readonly neededWhen?: (settings: EnvironmentSettings) => boolean;
  readonly keys: Readonly<Record<string, { readonly description: string; readonly recipe: ValueRecipe }>>;
}

const random = (bytes = 32, prefix?: string): ValueRecipe => ({
  kind: "random",
  bytes,
  ...(prefix ? { prefix } : {}),
});

const provided: ValueRecipe = { kind: "provided" };

/** The Secrets of the external services (`<service>.provider: external`): their owners' credentials. */
export const EXTERNAL_SECRETS = {
  postgres: "postgres-external",
  solr: "solr-external",
  redis: "redis-external",
} as const;

const postgresUrl = (user: string, passwordKey: string, database: string): ValueRecipe => ({
  kind: "url",
  compose: (value) =>
    `postgresql://${user}:${encodeURIComponent(value("postgres", passwordKey))}@${SERVICES.postgres.name}:${SERVICES.postgres.port}/${database}`,
});

export const SECRETS = {
  postgres: {
    name: NAMES.postgresSecret,
    description: "PostgreSQL passwords, read by the postgres image's init scripts",
    consumers: ["postgres"],
    keys: {
      POSTGRES_PASSWORD: { description: "the `postgres` superuser (administration only)", recipe: random() },
      CKAN_DB_PASSWORD: { description: `the \`${POSTGRES_LAYOUT.ckanUser}\` role`, recipe: random() },
      DATASTORE_READONLY_PASSWORD: {
        description: `the \`${POSTGRES_LAYOUT.datastoreReadonlyUser}\` role`,
        recipe: random(),
      },
    },
  },
  datastoreReadonly: {
    name: CNPG_LAYOUT.datastoreReadonlySecret,
    description:
      "The DataStore's read-only role under CloudNativePG (postgres.provider cnpg), which generates no password for managed roles",
    consumers: ["postgres", "ckan", NAMES.worker, NAMES.bootstrapJob],
    neededWhen: (settings) => settings.postgres.provider === "cnpg",
    keys: {
      username: {
        description: "the role's name",
        recipe: { kind: "fixed", value: POSTGRES_LAYOUT.datastoreReadonlyUser },
      },
      password: { description: "its password (URL-safe, as CKAN's read URL embeds it)", recipe: random(24) },
    },
  },
  redis: {
    name: NAMES.redisSecret,
    description: "The Redis password (requirepass)",
    consumers: ["redis"],
    keys: { REDIS_PASSWORD: { description: "Redis AUTH password", recipe: random() } },
  },
  postgresExternal: {
    name: EXTERNAL_SECRETS.postgres,
    description:
      "The passwords of the external PostgreSQL's roles (postgres.provider external), which its administrator gives you",
    consumers: ["ckan", NAMES.worker, NAMES.bootstrapJob],
    neededWhen: (settings) => settings.postgres.provider === "external",
    keys: {
      CKAN_DB_PASSWORD: {
        description: `the \`${POSTGRES_LAYOUT.ckanUser}\` role, owner of the three databases (URL-safe: the URLs embed it)`,
        recipe: provided,
      },
      DATASTORE_READONLY_PASSWORD: {
        description: `the \`${POSTGRES_LAYOUT.datastoreReadonlyUser}\` role (URL-safe)`,
        recipe: provided,
      },
    },
  },
  solrExternal: {
    name: EXTERNAL_SECRETS.solr,
    description: "The external Solr's basic authentication (solr.provider external, solr.external.basicAuth)",
    consumers: ["ckan", NAMES.worker, NAMES.bootstrapJob],
    neededWhen: (settings) => settings.solr.provider === "external" && settings.solr.external!.basicAuth,
    keys: {
      CKAN_SOLR_USER: { description: "`solr_user`", recipe: provided },
      CKAN_SOLR_PASSWORD: { description: "`solr_password`", recipe: provided },
    },
  },
  redisExternal: {
    name: EXTERNAL_SECRETS.redis,
    description: "The external Redis's password (redis.provider external)",
    consumers: ["ckan", NAMES.worker, NAMES.bootstrapJob],
    neededWhen: (settings) => settings.redis.provider === "external",
    keys: {
      REDIS_PASSWORD: { description: "its AUTH password (URL-safe: the URL embeds it)", recipe: provided },
    },
  },
  ckan: {
    name: NAMES.ckanSecret,
    description: "Connection URLs and the secrets every CKAN web, worker and bootstrap pod must share",
    consumers: ["ckan", NAMES.worker, NAMES.bootstrapJob],
    keys: {
      CKAN_SQLALCHEMY_URL: {
        description: "`sqlalchemy.url`: the CKAN database",
        recipe: postgresUrl(POSTGRES_LAYOUT.ckanUser, "CKAN_DB_PASSWORD", POSTGRES_LAYOUT.ckanDatabase),
      },
      CKAN_DATASTORE_WRITE_URL: {
        description: "`ckan.datastore.write_url`",
        recipe: postgresUrl(POSTGRES_LAYOUT.ckanUser, "CKAN_DB_PASSWORD", POSTGRES_LAYOUT.datastoreDatabase),
      },
      CKAN_DATASTORE_READ_URL: {
        description: "`ckan.datastore.read_url` (read-only role)",
        recipe: postgresUrl(
          POSTGRES_LAYOUT.datastoreReadonlyUser,
          "DATASTORE_READONLY_PASSWORD",
          POSTGRES_LAYOUT.datastoreDatabase,
        ),
      },
      CKANEXT__XLOADER__JOBS_DB__URI: {
        description: "`ckanext.xloader.jobs_db.uri`, shared by web and worker",
        recipe: postgresUrl(POSTGRES_LAYOUT.ckanUser, "CKAN_DB_PASSWORD", POSTGRES_LAYOUT.xloaderDatabase),
      },
      CKAN_REDIS_URL: {
        description: "`ckan.redis.url`: web and worker must use the same database or jobs wait forever",
        recipe: {
          kind: "url",
          compose: (value) =>
            `redis://:${encodeURIComponent(value("redis", "REDIS_PASSWORD"))}@${SERVICES.redis.name}:${SERVICES.redis.port}/${REDIS_DATABASE}`,
        },
      },
      CKAN___SECRET_KEY: { description: "`SECRET_KEY`: signs session cookies", recipe: random() },
      CKAN___WTF_CSRF_SECRET_KEY: {
        description: "`WTF_CSRF_SECRET_KEY`: signs CSRF tokens",
        recipe: random(),
      },
      CKAN___API_TOKEN__JWT__ENCODE__SECRET: {
        description: "`api_token.jwt.encode.secret`: signs API tokens (the XLoader token too)",
        recipe: random(32, "string:"),
      },
      CKAN___API_TOKEN__JWT__DECODE__SECRET: {
        description: "`api_token.jwt.decode.secret`: must equal the encode secret",
        recipe: { kind: "same-as", secret: "ckan", key: "CKAN___API_TOKEN__JWT__ENCODE__SECRET" },
      },
      CKAN_SYSADMIN_PASSWORD: {
        description: "the sysadmin created by the bootstrap Job",
        recipe: random(24),
      },
    },
  },
  mail: {
    name: NAMES.mailSecret,
    description:
      "The SMTP relay's password for `ckan.mail.user`, issued by the relay's owner: the secrets tool reads it from its own environment",
    consumers: [
      "ckan",
      NAMES.worker,
      NAMES.bootstrapJob,
      NAMES.harvestGather,
      NAMES.harvestFetch,
      NAMES.harvestRun,
    ],
    neededWhen: (settings) => settings.ckan.mail?.user !== undefined,
    keys: {
      CKAN_SMTP_PASSWORD: {
        description: "`smtp.password` (CKAN reads CKAN_SMTP_PASSWORD itself)",
        recipe: { kind: "provided", env: "CKAN_SMTP_PASSWORD" },
      },
    },
  },
} as const satisfies Record<SecretName, SecretSpec>;

/** The Secrets an environment needs, in catalog order. */
export function secretsNeededBy(settings: EnvironmentSettings): SecretName[] {
  return (Object.keys(SECRETS) as SecretName[]).filter((id) => {
    const spec: SecretSpec = SECRETS[id];
    return spec.neededWhen?.(settings) ?? true;
  });
}
