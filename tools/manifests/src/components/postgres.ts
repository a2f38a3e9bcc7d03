// PostgreSQL for the sandbox: one StatefulSet pod on the `pg-data` claim. The postgres image's init
// scripts create the CKAN, DataStore and XLoader databases and roles on first start (images/postgres).
import { BASE_IMAGES, NAMES, POSTGRES_LAYOUT, SERVICES } from "../config/stack.ts";
import { SYNC_WAVES } from "../lib/argocd.ts";
import { configChecksum, CONFIG_CHECKSUM_ANNOTATION } from "../lib/checksum.ts";
import { execProbes } from "../lib/probes.ts";
import { containerPort, persistentVolumeClaim, scratchVolume, service, statefulSet } from "../lib/workload.ts";
import type { Component, StackContext } from "./component.ts";
import { postgresConfigData } from "./config.ts";

const PORT = { name: "postgres", port: SERVICES.postgres.port } as const;

export function postgresComponent(context: StackContext): Component {
  const identity = { name: "postgres", component: "database", version: context.versions.postgres };
  const size = context.settings.sizes.postgres;
  const isReady = ["pg_isready", "--quiet", "--host=127.0.0.1", `--port=${PORT.port}`];
  const postgres = statefulSet({
    identity,
    wave: SYNC_WAVES.foundation,
    annotations: { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(postgresConfigData()) },
    // A clean shutdown writes a checkpoint; a killed server replays its WAL on the next start.
    terminationGracePeriodSeconds: 60,
    containers: [
      {
        name: "postgres",
        image: BASE_IMAGES.postgres,
        size,
        ports: [containerPort(PORT)],
        envFrom: [{ configMapRef: { name: NAMES.postgresConfig } }, { secretRef: { name: NAMES.postgresSecret } }],
        probes: execProbes(isReady, isReady, { startupSeconds: 300 }),
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
  return {
    name: "postgres",
    description: "PostgreSQL: StatefulSet, Service and the data volume",
    objects: [postgres, service(identity, PORT), persistentVolumeClaim(NAMES.postgresData, identity, size.storage)],
  };
}
