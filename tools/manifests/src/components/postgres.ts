// PostgreSQL: by default (the sandbox) one StatefulSet pod on the `pg-data` claim, whose init scripts
// create the CKAN, DataStore and XLoader databases and roles on first start (images/postgres); or an
// operator's cluster (`postgres.provider`, see postgres-crunchy.ts and postgres-cnpg.ts); or none, for a
// server outside the stack (external.ts).
import { BASE_IMAGES, NAMES, POSTGRES_LAYOUT, SERVICES } from "../config/layout.ts";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { configChecksum, CONFIG_CHECKSUM_ANNOTATION } from "../lib/checksum.ts";
import { scratchVolume } from "../lib/ephemeral-storage.ts";
import { execHandler, probes } from "../lib/probes.ts";
import {
  containerPort,
  headlessService,
  persistentVolumeClaim,
  service,
  statefulSet,
} from "../lib/workload.ts";
import { labels, selectorLabels } from "../lib/labels.ts";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import { type Component, type StackContext, pinnedVersion } from "./component.ts";
import { cloudNativePostgres } from "./postgres-cnpg.ts";
import { crunchyPostgres } from "./postgres-crunchy.ts";
import { externalPostgres } from "./external.ts";
import type { PostgresProvider } from "./provider-contract.ts";
import { POSTGRES_IDENTITY } from "./postgres-identity.ts";

export { POSTGRES_IDENTITY };

const PORT = { name: "postgres", port: SERVICES.postgres.port } as const;

/** Database and role names for the postgres image's init scripts. */
export function postgresConfigData(): Record<string, string> {
  return {
    CKAN_DB_USER: POSTGRES_LAYOUT.ckanUser,
    CKAN_DB: POSTGRES_LAYOUT.ckanDatabase,
    DATASTORE_DB: POSTGRES_LAYOUT.datastoreDatabase,
    DATASTORE_READONLY_USER: POSTGRES_LAYOUT.datastoreReadonlyUser,
    XLOADER_DB: POSTGRES_LAYOUT.xloaderDatabase,
    PGDATA: POSTGRES_LAYOUT.pgdata,
  };
}

function statefulSetPostgres(context: StackContext): PostgresProvider {
  const identity = { ...POSTGRES_IDENTITY, version: pinnedVersion(context, "postgres") };
  const size = context.settings.sizes.postgres;
  // The user is named: under an arbitrary UID with no passwd entry (OpenShift) libpq cannot tell who
  // runs the probe, and pg_isready then gives up ("no attempt", exit 3) without asking the server.
  const isReady = [
    "pg_isready",
    "--quiet",
    "--host=127.0.0.1",
    `--port=${PORT.port}`,
    `--username=${POSTGRES_LAYOUT.superuser}`,
  ];
  // pg_isready exits 1 when the server answers but rejects connections (starting, recovering after a
  // crash): not ready, but alive. Only 2 (no answer) or 3 means the postmaster is gone or hung.
  const answers = ["sh", "-c", `${isReady.join(" ")}; [ $? -le 1 ]`];
  const postgres = statefulSet({
    identity,
    wave: SYNC_WAVES.databases,
    annotations: { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(postgresConfigData()) },
    // A clean shutdown writes a checkpoint; a killed server replays its WAL on the next start.
    terminationGracePeriodSeconds: 60,
    containers: [
      {
        name: "postgres",
        image: BASE_IMAGES.postgres,
        size,
        ports: [containerPort(PORT)],
        envFrom: [
          { configMapRef: { name: NAMES.postgresConfig } },
          { secretRef: { name: NAMES.postgresSecret } },
        ],
        probes: probes({
          readiness: execHandler(isReady),
          liveness: execHandler(answers),
          startupSeconds: 300,
          hungAfterSeconds: 90,
        }),
        volumeMounts: [
          { name: "data", mountPath: POSTGRES_LAYOUT.dataMountPath },
          { name: "run", mountPath: "/var/run/postgresql" },
          { name: "tmp", mountPath: "/tmp" },
        ],
      },
    ],
    volumes: [
      { name: "data", persistentVolumeClaim: { claimName: NAMES.postgresData } },
      scratchVolume("run", "16Mi"),
      scratchVolume("tmp", "256Mi"),
    ],
  });
  const config = new ConfigMap({
    metadata: {
      name: NAMES.postgresConfig,
      labels: labels(identity),
      annotations: syncWave(SYNC_WAVES.configuration),
    },
    data: postgresConfigData(),
  });
  return {
    objects: [
      config,
      postgres,
      service(identity, PORT),
      headlessService(identity, PORT),
      persistentVolumeClaim(NAMES.postgresData, identity, size.storage, SYNC_WAVES.databases),
    ],
    ckanEnv: [],
    generatedSecrets: [],
    network: {
      podLabels: selectorLabels(identity),
      clientPorts: [PORT.port],
      peerPorts: [],
      operatorPorts: [],
    },
  };
}

const PROVIDERS: Record<
  EnvironmentSettings["postgres"]["provider"],
  (context: StackContext) => PostgresProvider
> = {
  statefulset: statefulSetPostgres,
  crunchy: crunchyPostgres,
  cnpg: cloudNativePostgres,
  external: externalPostgres,
};

export function postgresProvider(context: StackContext): PostgresProvider {
  return PROVIDERS[context.settings.postgres.provider](context);
}

export function postgresComponent(context: StackContext): Component {
  return {
    name: "postgres",
    description: "PostgreSQL: the StatefulSet, Service and data volume, or an operator's cluster",
    objects: postgresProvider(context).objects,
  };
}
