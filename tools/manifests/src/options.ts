// Who runs an environment's stateful services (its providers), and the options that change it. The
// settings' `postgres.provider` and `solr.provider` name the provider; the sandbox's, and the default, is
// `statefulset`. A platform with operators offers each other provider as an option: a Kustomize Component
// (manifests/components/<option>/) an overlay lists, followed by the environment's values for it
// (overlays/<env>/options/<option>/). `external` (a service outside the stack) is the environment's
// own, never an option: no environment-neutral Component can say where its database is, so it reaches the
// overlay as patches (reason `external-services`), and no option or variant switches an external service.
// The glossary is in tools/manifests/README.md.
import type { EnvironmentSettings } from "./settings/environment-settings.ts";

export type ProviderKey = "postgres" | "solr" | "redis";
export type Providers = {
  readonly postgres: EnvironmentSettings["postgres"]["provider"];
  readonly solr: EnvironmentSettings["solr"]["provider"];
  readonly redis: EnvironmentSettings["redis"]["provider"];
};
export type ProviderChoice = Partial<Providers>;

export const DEFAULT_PROVIDERS: Providers = {
  postgres: "statefulset",
  solr: "statefulset",
  redis: "deployment",
};
const PROVIDER_KEYS = Object.keys(DEFAULT_PROVIDERS) as ProviderKey[];

/** The services the settings put outside the stack (`<service>.provider: external`). */
export function externalServices(settings: EnvironmentSettings): ProviderKey[] {
  return PROVIDER_KEYS.filter((key) => settings[key].provider === "external");
}

/** The options an environment can switch to: none for a service it runs outside the stack. */
export function offeredOptions(external: readonly ProviderKey[]): Option[] {
  return OPTIONS.filter((option) =>
    Object.keys(option.providers).every((key) => !external.includes(key as ProviderKey)),
  );
}

/** The overlay folder with the environment's values for each option (`options/<option>/`). */
export const OPTION_VALUES_DIR = "options";

/** An option: a Kustomize Component that switches one or more services to another provider. */
export interface Option {
  /** Its folder under manifests/components/ (and under overlays/<env>/options/). */
  readonly name: string;
  readonly description: string;
  readonly providers: ProviderChoice;
}

export const OPTIONS: readonly Option[] = [
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

/** The settings with `choice`'s providers, the default for the rest; an external service stays external. */
export function withProviders(settings: EnvironmentSettings, choice: ProviderChoice): EnvironmentSettings {
  const pick = <K extends ProviderKey>(key: K): Providers[K] =>
    settings[key].provider === "external" ? settings[key].provider : (choice[key] ?? DEFAULT_PROVIDERS[key]);
  return {
    ...settings,
    postgres: { ...settings.postgres, provider: pick("postgres") },
    solr: { ...settings.solr, provider: pick("solr") },
    redis: { ...settings.redis, provider: pick("redis") },
  };
}

export function describeProviders(settings: EnvironmentSettings): string {
  // Redis has no option: it is named only when external.
  return PROVIDER_KEYS.filter((key) => key !== "redis" || settings.redis.provider === "external")
    .map((key) => `${key} ${settings[key].provider}`)
    .join(", ");
}

/** The options the settings choose, in OPTIONS' order. */
export function chosenOptions(settings: EnvironmentSettings): Option[] {
  return OPTIONS.filter((option) =>
    Object.entries(option.providers).every(([key, value]) => settings[key as ProviderKey].provider === value),
  );
}

/**
 * What an overlay's `components:` lists for an option, relative to the overlay: the option's Kustomize
 * Component, then the environment's values for it.
 */
export function optionEntries(option: Option, withValues: boolean): string[] {
  return [`../../components/${option.name}`, ...(withValues ? [`${OPTION_VALUES_DIR}/${option.name}`] : [])];
}

/** The provider an option chooses for (`postgres` for postgres-crunchy): one option per variant at most. */
export const providerKeyOf = (option: Option) => Object.keys(option.providers).sort().join("+");
