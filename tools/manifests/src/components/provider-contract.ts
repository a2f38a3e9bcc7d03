// What an operator-run PostgreSQL or Solr gives the rest of the stack. The `postgres` and `solr` component
// modules pick a provider from the settings (`postgres.provider`, `solr.provider`); CKAN's pods, the
// NetworkPolicies and the secrets catalog read only this interface, never an operator's own objects.
import type { IEnvVar } from "kubernetes-models/v1";
import type { KubernetesObject } from "./component.ts";

/** Traffic a provider's pods need, for the NetworkPolicies (`network.ts`). */
export interface ProviderNetwork {
  /** Labels every pod of the provider carries (servers, poolers, backup repository, ZooKeeper …). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Ports CKAN's pods connect to on those pods. */
  readonly clientPorts: readonly number[];
  /** Ports the provider's pods use between themselves (replication, consensus, backups). */
  readonly peerPorts: readonly number[];
  /** Ports the operator's controller connects to on the provider's pods (from its own namespace). */
  readonly operatorPorts: readonly number[];
}

/**
 * A service outside the stack (`<service>.provider: external`): no pod to select, so the NetworkPolicies
 * allow CKAN's pods out to this address (an IPv4 address as itself, a host name anywhere on its port).
 */
export interface ExternalEndpoint {
  readonly host: string;
  readonly port: number;
}

export interface PostgresProvider {
  /** Every object that runs PostgreSQL, in place of the sandbox's StatefulSet, Service and claim. */
  readonly objects: readonly KubernetesObject[];
  /**
   * Environment entries for CKAN's web, worker and bootstrap containers, set after `envFrom` so they
   * override the `ckan-secrets` keys: CKAN_SQLALCHEMY_URL, CKAN_DATASTORE_WRITE_URL, CKAN_DATASTORE_READ_URL
   * and CKANEXT__XLOADER__JOBS_DB__URI, built from the operator's generated Secrets. Empty for the
   * StatefulSet, whose URLs are in `ckan-secrets`.
   */
  readonly ckanEnv: readonly IEnvVar[];
  /** Secrets the operator generates that CKAN's pods read (the gate checks they are not expected in git). */
  readonly generatedSecrets: readonly string[];
  readonly network: ProviderNetwork | ExternalEndpoint;
}

export interface SolrProvider {
  readonly objects: readonly KubernetesObject[];
  /** CKAN_SOLR_URL: the collection or core CKAN searches. */
  readonly solrUrl: string;
  /** Environment entries for CKAN's pods (an external Solr's basic authentication); else empty. */
  readonly ckanEnv: readonly IEnvVar[];
  readonly network: ProviderNetwork | ExternalEndpoint;
}

export const isExternal = (network: ProviderNetwork | ExternalEndpoint): network is ExternalEndpoint =>
  "host" in network;
