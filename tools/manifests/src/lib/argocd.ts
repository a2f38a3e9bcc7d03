// Argo CD ordering and protection, as annotations. Waves run low to high; a wave waits for the previous
// one to be healthy. @see https://argo-cd.readthedocs.io/en/stable/user-guide/sync-waves/
import { INSTANCE } from "../config/layout.ts";

/** The name of the environment's AppProject and Application, unique within one Argo CD instance. */
export function applicationName(environment: string): string {
  return `${INSTANCE}-${environment}`;
}

export const SYNC_WAVES = {
  /** ConfigMaps, PersistentVolumeClaims and Services: what the pods of later waves mount or resolve. */
  configuration: -3,
  /** PostgreSQL, Solr and Redis: the bootstrap Job waits for them, so they must be up first. */
  databases: -2,
  /** The bootstrap Job: migrations, DataStore permissions, sysadmin, XLoader token. */
  bootstrap: -1,
  /** CKAN web and worker: they need the bootstrap's token and migrated databases. */
  application: 0,
  /** The Route: exposed once CKAN is up. */
  exposure: 1,
} as const;

export const SYNC_WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave";

export function syncWave(wave: number): Record<string, string> {
  return { [SYNC_WAVE_ANNOTATION]: String(wave) };
}

/** Data-bearing objects: a rename or removal in git must never delete the data with them. */
export const KEEP_DATA = { "argocd.argoproj.io/sync-options": "Prune=false,Delete=false" } as const;

/**
 * A Sync hook with a fixed name, re-created on each sync. PreSync would run before the ConfigMap,
 * Secrets and databases exist on a first install (argo-cd#5086).
 */
export const SYNC_HOOK = {
  "argocd.argoproj.io/hook": "Sync",
  "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
} as const;
