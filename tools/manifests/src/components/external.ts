// The external providers (`<service>.provider: external`): PostgreSQL, Solr or Redis run outside the stack
// (a managed database, a shared Solr, a corporate Redis). The stack renders no workload, Service, claim or
// ingress policy for them; CKAN's pods get the service's address from the settings and its credentials from
// the Secret the catalog names (secrets-catalog.ts EXTERNAL_SECRETS), composed into CKAN's URLs by
// Kubernetes' $(VAR) expansion, so no password is ever rendered.
import type { IEnvVar } from "kubernetes-models/v1";
import { CA_BUNDLE_FILE, POSTGRES_LAYOUT } from "../config/layout.ts";
import { secretEnv } from "../lib/workload.ts";
import { EXTERNAL_SECRETS } from "../secrets-catalog.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import type { StackContext } from "./component.ts";
import type { PostgresProvider, SolrProvider } from "./provider-contract.ts";

type External<S extends "postgres" | "solr" | "redis"> = NonNullable<EnvironmentSettings[S]["external"]>;

/** The settings' `external` block of a service whose provider is external (the schema requires it). */
function externalOf<S extends "postgres" | "solr" | "redis">(settings: EnvironmentSettings, service: S) {
  const external = settings[service].external as External<S> | undefined;
  if (!external)
    throw new Error(`generator bug: ${service}.provider is external without ${service}.external`);
  return external;
}

/**
 * libpq's query string: the TLS mode, and when it verifies the server, the CA bundle to verify it with
 * (trustedCaBundle's file, which the settings require then).
 */
export function postgresQuery(settings: EnvironmentSettings): string {
  const { sslMode } = externalOf(settings, "postgres");
  return sslMode.startsWith("verify-")
    ? `sslmode=${sslMode}&sslrootcert=${CA_BUNDLE_FILE}`
    : `sslmode=${sslMode}`;
}

/**
 * CKAN's four database URLs on the external server, after the passwords they refer to ($(NAME) expands
 * only names defined earlier in the list; the passwords must be URL-safe, as the catalog says). Every URL
 * goes to the server directly: a pooler in front of it is the server's administrator's business.
 */
export function externalPostgres(context: StackContext): PostgresProvider {
  const { host, port } = externalOf(context.settings, "postgres");
  const query = postgresQuery(context.settings);
  const url = (user: string, database: string) => `postgresql://${user}@${host}:${port}/${database}?${query}`;
  const ckan = `${POSTGRES_LAYOUT.ckanUser}:$(CKAN_DB_PASSWORD)`;
  const readonly = `${POSTGRES_LAYOUT.datastoreReadonlyUser}:$(DATASTORE_RO_PASSWORD)`;
  return {
    objects: [],
    ckanEnv: [
      secretEnv("CKAN_DB_PASSWORD", EXTERNAL_SECRETS.postgres, "CKAN_DB_PASSWORD"),
      secretEnv("DATASTORE_RO_PASSWORD", EXTERNAL_SECRETS.postgres, "DATASTORE_READONLY_PASSWORD"),
      { name: "CKAN_SQLALCHEMY_URL", value: url(ckan, POSTGRES_LAYOUT.ckanDatabase) },
      { name: "CKAN_DATASTORE_WRITE_URL", value: url(ckan, POSTGRES_LAYOUT.datastoreDatabase) },
      { name: "CKAN_DATASTORE_READ_URL", value: url(readonly, POSTGRES_LAYOUT.datastoreDatabase) },
      { name: "CKANEXT__XLOADER__JOBS_DB__URI", value: url(ckan, POSTGRES_LAYOUT.xloaderDatabase) },
    ],
    generatedSecrets: [],
    network: { host, port },
  };
}

/** An external Solr core or collection; CKAN reads CKAN_SOLR_USER and CKAN_SOLR_PASSWORD (and ckan-wait). */
export function externalSolr(context: StackContext): SolrProvider {
  const { host, port, tls, path, basicAuth } = externalOf(context.settings, "solr");
  return {
    objects: [],
    solrUrl: `${tls ? "https" : "http"}://${host}:${port}${path}`,
    ckanEnv: basicAuth
      ? [
          secretEnv("CKAN_SOLR_USER", EXTERNAL_SECRETS.solr, "CKAN_SOLR_USER"),
          secretEnv("CKAN_SOLR_PASSWORD", EXTERNAL_SECRETS.solr, "CKAN_SOLR_PASSWORD"),
        ]
      : [],
    network: { host, port },
  };
}

/**
 * CKAN_REDIS_URL for an external Redis, after the password it refers to; it overrides ckan-secrets' key of
 * the same name. `rediss://` checks the server against the pods' CA (SSL_CERT_FILE when trustedCaBundle is
 * set, else the system's).
 */
export function externalRedisEnv(settings: EnvironmentSettings): IEnvVar[] {
  if (settings.redis.provider !== "external") return [];
  const { host, port, tls, database } = externalOf(settings, "redis");
  return [
    secretEnv("CKAN_REDIS_PASSWORD", EXTERNAL_SECRETS.redis, "REDIS_PASSWORD"),
    {
      name: "CKAN_REDIS_URL",
      value: `${tls ? "rediss" : "redis"}://:$(CKAN_REDIS_PASSWORD)@${host}:${port}/${database}`,
    },
  ];
}

/** Where an external Redis is, for the NetworkPolicies; undefined for the in-cluster one. */
export function externalRedisEndpoint(settings: EnvironmentSettings) {
  if (settings.redis.provider !== "external") return undefined;
  const { host, port } = externalOf(settings, "redis");
  return { host, port };
}
