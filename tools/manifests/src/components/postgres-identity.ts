// PostgreSQL's name, component and version, shared by every Postgres provider (postgres.ts's
// StatefulSet, Crunchy, CloudNativePG) and by the backup tool that finds its pods.
import { pinnedVersion, type StackContext } from "./component.ts";

export const POSTGRES_IDENTITY = { name: "postgres", component: "database" } as const;

/**
 * The PostgreSQL version an operator must run: the environment's ckan-postgres pin's (`16.11` of
 * `16.11-1a2b3c4`), so an operator-run cluster and the StatefulSet it replaces run the same release, and a
 * promotion moves both. Never versions.env's: that would move the overlays before any image is pinned.
 */
export function postgresPinVersion(context: StackContext): string {
  const version = pinnedVersion(context, "postgres");
  if (!version)
    throw new Error("generator bug: an operator's PostgreSQL needs the environment's ckan-postgres pin");
  return version;
}
