// The choices an environment makes about who runs its stateful apps. The sandbox runs everything as
// StatefulSets; a platform with operators offers each alternative as a Kustomize Component
// (manifests/components/<name>/), followed by the environment's values for it (overlays/<env>/alternatives/<name>/).
import type { EnvironmentSettings } from "./settings/environment-settings.ts";

export type ProviderKey = "postgres" | "solr";
export type Providers = {
  readonly postgres: EnvironmentSettings["postgres"]["provider"];
  readonly solr: EnvironmentSettings["solr"]["provider"];
};
export type ProviderChoice = Partial<Providers>;

export const DEFAULT_PROVIDERS: Providers = { postgres: "statefulset", solr: "statefulset" };

export interface Alternative {
  /** Folder under manifests/components/ (and overlays/<env>/alternatives/). */
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

/** The alternatives the settings choose, in ALTERNATIVES' order. */
export function chosenAlternatives(settings: EnvironmentSettings): Alternative[] {
  return ALTERNATIVES.filter((alternative) =>
    Object.entries(alternative.providers).every(
      ([key, value]) => settings[key as ProviderKey].provider === value,
    ),
  );
}

/** What an overlay lists for an alternative, relative to the overlay: the component, then its values. */
export function alternativeComponents(alternative: Alternative, withValues: boolean): string[] {
  return [
    `../../components/${alternative.name}`,
    ...(withValues ? [`alternatives/${alternative.name}`] : []),
  ];
}

/** The provider an alternative chooses for (`postgres` for postgres-crunchy): one per variant at most. */
export const providerKeyOf = (alternative: Alternative) =>
  Object.keys(alternative.providers).sort().join("+");
