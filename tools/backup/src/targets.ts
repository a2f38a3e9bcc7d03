// Where each part of CKAN's data lives in a namespace, per PostgreSQL provider: the pod and container
// that run pg_dump and psql (the primary, as its local superuser), the web workload that mounts the
// uploads volume, and the workloads that write. Names come from the generator's own constants.
import { NAMES, POSTGRES_LAYOUT, SERVICES } from "@ckan-openshift/manifests/stack";
import { CNPG_LAYOUT, CRUNCHY_LAYOUT, POSTGRES_IDENTITY } from "@ckan-openshift/manifests/postgres";
import type { DatabaseKey } from "./archive.ts";

export type PostgresProvider = "statefulset" | "crunchy" | "cnpg";

/** A pod either by workload (`statefulset/postgres`) or by label selector (an operator's primary). */
export type PodLocator =
  | { readonly workload: string; readonly container: string }
  | { readonly selector: string; readonly container: string };

export function databasePod(provider: PostgresProvider): PodLocator {
  switch (provider) {
    case "statefulset":
      return { workload: `statefulset/${POSTGRES_IDENTITY.name}`, container: POSTGRES_IDENTITY.name };
    case "crunchy":
      return {
        selector: `postgres-operator.crunchydata.com/cluster=${CRUNCHY_LAYOUT.cluster},postgres-operator.crunchydata.com/role=master`,
        container: "database",
      };
    case "cnpg":
      return {
        selector: `cnpg.io/cluster=${CNPG_LAYOUT.cluster},cnpg.io/instanceRole=primary`,
        container: "postgres",
      };
  }
}

/** The web Deployment and its container are named after its Service. */
export const WEB_WORKLOAD = `deployment/${SERVICES.ckan.name}`;
export const WEB_POD: PodLocator = { workload: WEB_WORKLOAD, container: SERVICES.ckan.name };

/** The databases, by their role in CKAN, and the role that owns them (every provider: POSTGRES_LAYOUT). */
export const DATABASES: Readonly<Record<DatabaseKey, string>> = {
  ckan: POSTGRES_LAYOUT.ckanDatabase,
  datastore: POSTGRES_LAYOUT.datastoreDatabase,
  xloader: POSTGRES_LAYOUT.xloaderDatabase,
};
export const DATABASE_OWNER = POSTGRES_LAYOUT.ckanUser;

/** Deployments that write to the databases or the volume, besides the web, and the CronJobs. */
export const WRITER_DEPLOYMENTS = [NAMES.worker, NAMES.harvestGather, NAMES.harvestFetch] as const;
export const WRITER_CRONJOBS = [NAMES.harvestRun] as const;
