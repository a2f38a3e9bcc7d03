// The choices an environment makes about who runs its stateful apps. The sandbox runs everything as
// StatefulSets; a platform with operators offers each alternative as a Kustomize Component.
import type { EnvironmentSettings } from "./settings/environment-settings.ts";

export type ProviderKey = "postgres" | "solr";
export type Providers = {
  readonly postgres: EnvironmentSettings["postgres"]["provider"];
  readonly solr: EnvironmentSettings["solr"]["provider"];
};
export type ProviderChoice = Partial<Providers>;

export const DEFAULT_PROVIDERS: Providers = { postgres: "statefulset", solr: "statefulset" };

export interface Alternative {
  /** Folder under overlays/<env>/components/. */
  readonly name: string;
  readonly description: string;
  readonly providers: ProviderChoice;
}

export const ALTERNATIVES: readonly Alternative[] = [
  {
    name: "postgres-crunchy",
    description:
      "PostgreSQL by Crunchy PGO v5: PostgresCluster with replicas, pgBackRest backups and PgBouncer",
    providers: { postgres: "crunchy" },
  },
  {
    name: "postgres-cnpg",
    description: "PostgreSQL by CloudNativePG: Cluster, Databases, ScheduledBackup and Pooler",
    providers: { postgres: "cnpg" },
  },
  {
    name: "solr-solrcloud",
    description:
      "Solr by the Solr Operator: SolrCloud with ZooKeeper, and the Job that creates the collection",
    providers: { solr: "solrcloud" },
  },
];

export function withProviders(settings: EnvironmentSettings, choice: ProviderChoice): EnvironmentSettings {
  return {
    ...settings,
    postgres: { ...settings.postgres, provider: choice.postgres ?? DEFAULT_PROVIDERS.postgres },
    solr: { ...settings.solr, provider: choice.solr ?? DEFAULT_PROVIDERS.solr },
  };
}

export function describeProviders(settings: EnvironmentSettings): string {
  return `postgres ${settings.postgres.provider}, solr ${settings.solr.provider}`;
}
