// PostgreSQL run by Crunchy PGO v5: a PostgresCluster with streaming replicas (Patroni), pgBackRest
// backups to a volume and PgBouncer. PGO generates a Secret per user (`postgres-pguser-<user>`);
// CKAN's URLs are composed from them with Kubernetes' dependent environment variables.
// @see https://access.crunchydata.com/documentation/postgres-operator/latest/
import type { IEnvVar } from "kubernetes-models/v1";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { PostgresCluster } from "../generated/crd-models/postgres-operator.crunchydata.com/v1beta1/PostgresCluster.js";
import { POSTGRES_LAYOUT, SERVICES } from "../config/layout.ts";
import { KEEP_DATA, syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { labels, runningLabels } from "../lib/labels.ts";
import { resources } from "../lib/resources.ts";
import { secretEnv } from "../lib/workload.ts";
import type { StackContext } from "./component.ts";
import { POSTGRES_IDENTITY, postgresPinVersion } from "./postgres-identity.ts";
import type { PostgresProvider } from "./provider-contract.ts";

/** Names PGO derives everything else from. */
export const CRUNCHY_LAYOUT = {
  cluster: "postgres",
  instanceSet: "instance1",
  /** PGO user names allow only lowercase letters, digits and '-' (CRD pattern), so not `datastore_ro`. */
  datastoreReadonlyUser: "datastore-ro",
  initSql: { configMap: "postgres-init-sql", key: "init.sql" },
  backupRepo: "repo1",
} as const;

/** The Secret PGO writes for a user: host, port, user, password, pgbouncer-host, pgbouncer-port … */
export const crunchyUserSecret = (user: string) => `${CRUNCHY_LAYOUT.cluster}-pguser-${user}`;

/** The label PGO puts on every pod of the cluster: instances, PgBouncer, repository host, backup Jobs. */
const CLUSTER_LABEL = "postgres-operator.crunchydata.com/cluster";
const INSTANCE_SET_LABEL = "postgres-operator.crunchydata.com/instance-set";
const ROLE_LABEL = "postgres-operator.crunchydata.com/role";

/** Patroni's REST API, which the members call during elections and failover. */
const PATRONI_PORT = 8008;
/** pgBackRest's TLS server (pgBackRest's `tls-server-port` default), used by the repository host. */
const PGBACKREST_PORT = 8432;

/** The databases the CKAN role must own. PGO creates them and only GRANTs ALL PRIVILEGES ON DATABASE. */
const CKAN_DATABASES = [
  POSTGRES_LAYOUT.ckanDatabase,
  POSTGRES_LAYOUT.datastoreDatabase,
  POSTGRES_LAYOUT.xloaderDatabase,
] as const;

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * SQL PGO runs once as the superuser after it has created the users and databases. Since PostgreSQL 15
 * only the database owner (pg_database_owner) may CREATE in schema `public`, and PGO's GRANT ALL
 * PRIVILEGES ON DATABASE does not include that: CKAN's migrations, the DataStore's tables and
 * `ckan datastore set-permissions` (REVOKE … ON SCHEMA public) all need the CKAN role to own its databases.
 */
export function crunchyInitSql(): string {
  return CKAN_DATABASES.map(
    (database) =>
      `ALTER DATABASE ${quoteIdentifier(database)} OWNER TO ${quoteIdentifier(POSTGRES_LAYOUT.ckanUser)};\n`,
  ).join("");
}

/** Spread the pods that match `selector` over nodes, best effort (a one-node cluster still schedules). */
function spreadOverNodes(selector: Record<string, string>) {
  return [
    {
      maxSkew: 1,
      topologyKey: "kubernetes.io/hostname",
      whenUnsatisfiable: "ScheduleAnyway" as const,
      labelSelector: { matchLabels: selector },
    },
  ];
}

export interface DatabaseEndpoints {
  /** Entries defining the variables the URLs refer to (passwords, hosts, ports), first in the list. */
  readonly credentials: readonly IEnvVar[];
  /** The DataStore's read-only role. */
  readonly readonlyUser: string;
  /** `host:port` of the pooler and of the primary, as literals or $(VAR) references to `credentials`. */
  readonly pooled: string;
  readonly primary: string;
}

/**
 * CKAN's four database URLs after the entries they refer to: Kubernetes expands $(NAME) only for NAME
 * defined earlier in the list. The CKAN role's password is $(CKAN_DB_PASSWORD), the read-only role's
 * $(DATASTORE_RO_PASSWORD); the URLs do not escape them, so they must be URL-safe (PGO's are AlphaNumeric).
 *
 * CKAN's own database and the XLoader job table go through PgBouncer (many short web and worker
 * transactions). The DataStore goes straight to the primary: XLoader loads each file with COPY in one
 * long transaction, which would hold a pooled server connection for minutes and crowd out the web.
 */
export function ckanDatabaseEnv(endpoints: DatabaseEndpoints): IEnvVar[] {
  const ckan = `${POSTGRES_LAYOUT.ckanUser}:$(CKAN_DB_PASSWORD)`;
  const readonly = `${endpoints.readonlyUser}:$(DATASTORE_RO_PASSWORD)`;
  const url = (user: string, hostPort: string, database: string) =>
    `postgresql://${user}@${hostPort}/${database}`;
  return [
    ...endpoints.credentials,
    { name: "CKAN_SQLALCHEMY_URL", value: url(ckan, endpoints.pooled, POSTGRES_LAYOUT.ckanDatabase) },
    {
      name: "CKAN_DATASTORE_WRITE_URL",
      value: url(ckan, endpoints.primary, POSTGRES_LAYOUT.datastoreDatabase),
    },
    {
      name: "CKAN_DATASTORE_READ_URL",
      value: url(readonly, endpoints.primary, POSTGRES_LAYOUT.datastoreDatabase),
    },
    {
      name: "CKANEXT__XLOADER__JOBS_DB__URI",
      value: url(ckan, endpoints.pooled, POSTGRES_LAYOUT.xloaderDatabase),
    },
  ];
}

function ckanEnv(): IEnvVar[] {
  const ckanSecret = crunchyUserSecret(POSTGRES_LAYOUT.ckanUser);
  return ckanDatabaseEnv({
    credentials: [
      secretEnv("CKAN_DB_PASSWORD", ckanSecret, "password"),
      secretEnv("CKAN_DB_HOST", ckanSecret, "host"),
      secretEnv("CKAN_DB_PORT", ckanSecret, "port"),
      secretEnv("CKAN_DB_POOLER_HOST", ckanSecret, "pgbouncer-host"),
      secretEnv("CKAN_DB_POOLER_PORT", ckanSecret, "pgbouncer-port"),
      secretEnv("DATASTORE_RO_PASSWORD", crunchyUserSecret(CRUNCHY_LAYOUT.datastoreReadonlyUser), "password"),
    ],
    readonlyUser: CRUNCHY_LAYOUT.datastoreReadonlyUser,
    pooled: "$(CKAN_DB_POOLER_HOST):$(CKAN_DB_POOLER_PORT)",
    primary: "$(CKAN_DB_HOST):$(CKAN_DB_PORT)",
  });
}

export function crunchyPostgres(context: StackContext): PostgresProvider {
  const { settings } = context;
  const { instances, poolerReplicas, backups } = settings.postgres;
  const version = postgresPinVersion(context);
  const identity = { ...POSTGRES_IDENTITY, version };
  const clusterSelector = { [CLUSTER_LABEL]: CRUNCHY_LAYOUT.cluster };
  const size = settings.sizes.postgres;

  const initSql = new ConfigMap({
    metadata: {
      name: CRUNCHY_LAYOUT.initSql.configMap,
      labels: labels(identity),
      annotations: syncWave(SYNC_WAVES.configuration),
    },
    data: { [CRUNCHY_LAYOUT.initSql.key]: crunchyInitSql() },
  });

  const cluster = new PostgresCluster({
    metadata: {
      name: CRUNCHY_LAYOUT.cluster,
      labels: runningLabels(identity),
      // Deleting the PostgresCluster deletes its volumes: Argo CD must never prune or delete it.
      annotations: { ...syncWave(SYNC_WAVES.databases), ...KEEP_DATA },
    },
    spec: {
      // PGO runs its own image of this major release: the ckan-postgres pin's, like the StatefulSet.
      postgresVersion: Number(version.split(".")[0]),
      // PGO then leaves UIDs and fsGroup to the namespace's SCC (restricted-v2).
      openshift: true,
      // Copied onto every object PGO creates, pods included.
      metadata: { labels: runningLabels(identity) },
      instances: [
        {
          name: CRUNCHY_LAYOUT.instanceSet,
          replicas: instances,
          resources: resources(size),
          dataVolumeClaimSpec: {
            accessModes: ["ReadWriteOnce"],
            resources: { requests: { storage: size.storage } },
          },
          topologySpreadConstraints: spreadOverNodes({
            ...clusterSelector,
            [INSTANCE_SET_LABEL]: CRUNCHY_LAYOUT.instanceSet,
          }),
        },
      ],
      users: [
        {
          name: POSTGRES_LAYOUT.ckanUser,
          databases: [...CKAN_DATABASES],
          password: { type: "AlphaNumeric" },
        },
        // No databases: PGO would GRANT ALL PRIVILEGES on them. The bootstrap's `ckan datastore
        // set-permissions` grants this role CONNECT and SELECT only.
        { name: CRUNCHY_LAYOUT.datastoreReadonlyUser, password: { type: "AlphaNumeric" } },
      ],
      databaseInitSQL: { name: CRUNCHY_LAYOUT.initSql.configMap, key: CRUNCHY_LAYOUT.initSql.key },
      backups: {
        pgbackrest: {
          global: {
            [`${CRUNCHY_LAYOUT.backupRepo}-retention-full`]: String(backups.retention),
            [`${CRUNCHY_LAYOUT.backupRepo}-retention-full-type`]: "count",
          },
          repos: [
            {
              name: CRUNCHY_LAYOUT.backupRepo,
              schedules: { full: backups.full, incremental: backups.incremental },
              volume: {
                volumeClaimSpec: {
                  accessModes: ["ReadWriteOnce"],
                  resources: { requests: { storage: backups.storage } },
                },
              },
            },
          ],
        },
      },
      proxy: {
        pgBouncer: {
          replicas: poolerReplicas,
          resources: resources(settings.sizes.pooler),
          // Session pooling keeps every PostgreSQL feature CKAN and SQLAlchemy use (SET, prepared statements).
          config: { global: { pool_mode: "session" } },
          topologySpreadConstraints: spreadOverNodes({ ...clusterSelector, [ROLE_LABEL]: "pgbouncer" }),
        },
      },
    },
  });

  return {
    objects: [initSql, cluster],
    ckanEnv: ckanEnv(),
    generatedSecrets: [
      crunchyUserSecret(POSTGRES_LAYOUT.ckanUser),
      crunchyUserSecret(CRUNCHY_LAYOUT.datastoreReadonlyUser),
    ],
    network: {
      podLabels: clusterSelector,
      clientPorts: [SERVICES.postgres.port],
      peerPorts: [SERVICES.postgres.port, PATRONI_PORT, PGBACKREST_PORT],
      operatorPorts: [SERVICES.postgres.port, PATRONI_PORT],
    },
  };
}
