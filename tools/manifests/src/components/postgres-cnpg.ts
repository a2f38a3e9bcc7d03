// PostgreSQL run by CloudNativePG: a Cluster with streaming replicas, the DataStore and XLoader databases
// as Database objects owned by the CKAN role, scheduled volume-snapshot backups and a PgBouncer Pooler.
// CNPG generates the CKAN role's Secret (`postgres-app`); the read-only role's password comes from git.
// @see https://cloudnative-pg.io/documentation/current/
import type { IEnvVar } from "kubernetes-models/v1";
import { Cluster } from "../generated/crd-models/postgresql.cnpg.io/v1/Cluster.js";
import { Database } from "../generated/crd-models/postgresql.cnpg.io/v1/Database.js";
import { Pooler } from "../generated/crd-models/postgresql.cnpg.io/v1/Pooler.js";
import { ScheduledBackup } from "../generated/crd-models/postgresql.cnpg.io/v1/ScheduledBackup.js";
import { PART_OF, POSTGRES_LAYOUT, SERVICES } from "../config/layout.ts";
import { KEEP_DATA, syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { labels, runningLabels } from "../lib/labels.ts";
import { resources } from "../lib/resources.ts";
import type { StackContext } from "./component.ts";
import { POSTGRES_IDENTITY, postgresPinVersion } from "./postgres-identity.ts";
import { secretEnv } from "../lib/workload.ts";
import { ckanDatabaseEnv } from "./postgres-crunchy.ts";
import type { PostgresProvider } from "./provider-contract.ts";

export const CNPG_LAYOUT = {
  cluster: "postgres",
  /** CloudNativePG's operand images are tagged `<PostgreSQL version>-standard-<Debian release>`. */
  imageRepository: "ghcr.io/cloudnative-pg/postgresql",
  imageFlavour: "standard-trixie",
  /** The Secret CNPG generates for the initdb owner: username, password, host (the -rw Service), port … */
  appSecret: "postgres-app",
  /** The `-rw` Service: always the primary. */
  primaryService: "postgres-rw",
  pooler: "postgres-pooler-rw",
  /**
   * CNPG does not generate passwords for managed roles: a kubernetes.io/basic-auth Secret from git
   * (a SealedSecret) holds this role's username and password.
   */
  datastoreReadonlySecret: "postgres-datastore-ro",
} as const;

/** CNPG puts this label on every pod of the cluster, instances and poolers alike. */
const CLUSTER_LABEL = "cnpg.io/cluster";
/** The instance manager's status endpoint, which the operator polls. */
const INSTANCE_MANAGER_PORT = 8000;

/** ScheduledBackup takes six-field cron (seconds first); the settings use the CronJob five-field form. */
export const withSeconds = (cron: string) => `0 ${cron}`;

function ckanEnv(): IEnvVar[] {
  return ckanDatabaseEnv({
    credentials: [
      secretEnv("CKAN_DB_PASSWORD", CNPG_LAYOUT.appSecret, "password"),
      secretEnv("CKAN_DB_HOST", CNPG_LAYOUT.appSecret, "host"),
      secretEnv("CKAN_DB_PORT", CNPG_LAYOUT.appSecret, "port"),
      secretEnv("DATASTORE_RO_PASSWORD", CNPG_LAYOUT.datastoreReadonlySecret, "password"),
    ],
    readonlyUser: POSTGRES_LAYOUT.datastoreReadonlyUser,
    pooled: `${CNPG_LAYOUT.pooler}:${SERVICES.postgres.port}`,
    primary: "$(CKAN_DB_HOST):$(CKAN_DB_PORT)",
  });
}

export function cloudNativePostgres(context: StackContext): PostgresProvider {
  const { settings } = context;
  const { instances, poolerReplicas, backups } = settings.postgres;
  const version = postgresPinVersion(context);
  const identity = { ...POSTGRES_IDENTITY, version };
  const size = settings.sizes.postgres;
  const metadata = (name: string, annotations: Record<string, string> = {}, running = false) => ({
    name,
    labels: running ? runningLabels(identity) : labels(identity),
    annotations: { ...syncWave(SYNC_WAVES.databases), ...annotations },
  });
  const cluster = { name: CNPG_LAYOUT.cluster };

  const postgres = new Cluster({
    // Deleting the Cluster deletes its volumes: Argo CD must never prune or delete it.
    metadata: metadata(CNPG_LAYOUT.cluster, KEEP_DATA, true),
    spec: {
      instances,
      // The PostgreSQL release of the environment's ckan-postgres pin: switching providers keeps it.
      imageName: `${CNPG_LAYOUT.imageRepository}:${version}-${CNPG_LAYOUT.imageFlavour}`,
      // CNPG sets app.kubernetes.io/name, component, instance and managed-by on its objects itself, and
      // overriding them here makes its PVC reconciler flip them forever (cloudnative-pg#11438): only
      // part-of is inherited, and NetworkPolicies select the pods by cnpg.io/cluster.
      inheritedMetadata: { labels: { "app.kubernetes.io/part-of": PART_OF } },
      resources: resources(size),
      storage: { size: size.storage },
      affinity: {
        enablePodAntiAffinity: true,
        podAntiAffinityType: "preferred",
        topologyKey: "kubernetes.io/hostname",
      },
      bootstrap: {
        initdb: { database: POSTGRES_LAYOUT.ckanDatabase, owner: POSTGRES_LAYOUT.ckanUser },
      },
      managed: {
        roles: [
          {
            // Login only: the bootstrap's `ckan datastore set-permissions` grants CONNECT and SELECT.
            name: POSTGRES_LAYOUT.datastoreReadonlyUser,
            ensure: "present",
            login: true,
            passwordSecret: { name: CNPG_LAYOUT.datastoreReadonlySecret },
          },
        ],
      },
      // No object store in gov-dev: backups are CSI volume snapshots (the namespace's default
      // VolumeSnapshotClass). They are not pruned by CNPG and give no point-in-time recovery.
      backup: { volumeSnapshot: { online: true } },
    },
  });

  // Owned by the CKAN role, so it may CREATE in schema public (PostgreSQL 15+) and run set-permissions.
  const databases = [POSTGRES_LAYOUT.datastoreDatabase, POSTGRES_LAYOUT.xloaderDatabase].map(
    (name) =>
      new Database({
        metadata: metadata(`${CNPG_LAYOUT.cluster}-${name.replaceAll("_", "-")}`),
        spec: { cluster, name, owner: POSTGRES_LAYOUT.ckanUser, databaseReclaimPolicy: "retain" },
      }),
  );

  // CNPG has no incremental volume snapshots: both schedules take a full snapshot backup.
  const scheduledBackups = (["full", "incremental"] as const).map(
    (kind) =>
      new ScheduledBackup({
        metadata: metadata(`${CNPG_LAYOUT.cluster}-${kind}`),
        spec: { cluster, schedule: withSeconds(backups[kind]), method: "volumeSnapshot" },
      }),
  );

  const pooler = new Pooler({
    metadata: metadata(CNPG_LAYOUT.pooler),
    spec: {
      cluster,
      type: "rw",
      instances: poolerReplicas,
      // Session pooling keeps every PostgreSQL feature CKAN and SQLAlchemy use (SET, prepared statements).
      pgbouncer: { poolMode: "session" },
      template: {
        metadata: { labels: { "app.kubernetes.io/part-of": PART_OF } },
        spec: { containers: [{ name: "pgbouncer", resources: resources(settings.sizes.pooler) }] },
      },
    },
  });

  return {
    objects: [postgres, ...databases, ...scheduledBackups, pooler],
    ckanEnv: ckanEnv(),
    generatedSecrets: [CNPG_LAYOUT.appSecret],
    network: {
      podLabels: { [CLUSTER_LABEL]: CNPG_LAYOUT.cluster },
      clientPorts: [SERVICES.postgres.port],
      peerPorts: [SERVICES.postgres.port],
      operatorPorts: [SERVICES.postgres.port, INSTANCE_MANAGER_PORT],
    },
  };
}
