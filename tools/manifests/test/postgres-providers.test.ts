import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { IEnvVar } from "kubernetes-models/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StackContext } from "../src/components/component.ts";
import { cloudNativePostgres, withSeconds } from "../src/components/postgres-cnpg.ts";
import { CRUNCHY_LAYOUT, crunchyInitSql, crunchyPostgres } from "../src/components/postgres-crunchy.ts";
import type { PostgresProvider } from "../src/components/provider-contract.ts";
import { KEEP_DATA } from "../src/lib/argocd.ts";
import { sandboxContext } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function contextWith(postgres: Partial<StackContext["settings"]["postgres"]>): StackContext {
  const context = sandboxContext();
  return {
    ...context,
    settings: { ...context.settings, postgres: { ...context.settings.postgres, ...postgres } },
  };
}

const objectOf = (provider: PostgresProvider, kind: string, name?: string): Json =>
  provider.objects
    .find((object) => object.kind === kind && (name === undefined || object.metadata?.name === name))
    ?.toJSON();

/** Kubernetes' dependent-variable expansion: $(NAME) becomes NAME's value if NAME is defined earlier. */
function expand(
  env: readonly IEnvVar[],
  secrets: Record<string, Record<string, string>>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const entry of env) {
    if (entry.valueFrom?.secretKeyRef) {
      const { name, key } = entry.valueFrom.secretKeyRef;
      values[entry.name] = secrets[name!]![key]!;
    } else {
      values[entry.name] = entry.value!.replace(
        /\$\(([A-Za-z0-9_]+)\)/g,
        (whole, name: string) => values[name] ?? whole,
      );
    }
  }
  return values;
}

const URL_VARIABLES = [
  "CKAN_SQLALCHEMY_URL",
  "CKAN_DATASTORE_WRITE_URL",
  "CKAN_DATASTORE_READ_URL",
  "CKANEXT__XLOADER__JOBS_DB__URI",
];

describe.each([
  ["crunchy", crunchyPostgres],
  ["cnpg", cloudNativePostgres],
] as const)("postgres provider %s", (_name, build) => {
  const provider = build(contextWith({}));

  it("should produce only objects that pass their schema", () => {
    expect(provider.objects.length).toBeGreaterThan(0);
    for (const object of provider.objects) expect(() => object.validate()).not.toThrow();
  });

  it("should define every $(VAR) before a value uses it, and set exactly CKAN's four URLs", () => {
    const defined = new Set<string>();
    for (const entry of provider.ckanEnv) {
      for (const [, name] of (entry.value ?? "").matchAll(/\$\(([A-Za-z0-9_]+)\)/g)) {
        expect(defined, `${entry.name} uses $(${name})`).toContain(name);
      }
      defined.add(entry.name);
    }
    expect(provider.ckanEnv.filter((entry) => entry.value !== undefined).map((entry) => entry.name)).toEqual(
      URL_VARIABLES,
    );
  });

  it("should never pin a UID, GID or fsGroup (OpenShift's SCC assigns them)", () => {
    const text = JSON.stringify(provider.objects.map((object) => object.toJSON()));
    for (const field of ["runAsUser", "runAsGroup", "fsGroup"]) expect(text).not.toContain(field);
  });

  it("should keep the database objects in the databases wave, and any ConfigMap (init SQL) before them", () => {
    for (const object of provider.objects) {
      const wave = object.metadata?.annotations?.["argocd.argoproj.io/sync-wave"];
      expect([object.kind, wave]).toEqual([object.kind, object.kind === "ConfigMap" ? "-3" : "-2"]);
    }
  });
});

describe("Crunchy PGO provider", () => {
  const provider = crunchyPostgres(contextWith({}));
  const cluster = objectOf(provider, "PostgresCluster", "postgres");

  it("should run PostgreSQL 16 on OpenShift with the settings' instances, sizes and a spread over nodes", () => {
    expect(cluster.apiVersion).toBe("postgres-operator.crunchydata.com/v1beta1");
    expect(cluster.spec.postgresVersion).toBe(16);
    expect(cluster.spec.openshift).toBe(true);
    const [instanceSet] = cluster.spec.instances;
    expect(instanceSet).toMatchObject({
      name: "instance1",
      replicas: 2,
      dataVolumeClaimSpec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "5Gi" } } },
    });
    expect(instanceSet.resources.limits).not.toHaveProperty("cpu");
    expect(instanceSet.topologySpreadConstraints[0].labelSelector.matchLabels).toEqual({
      "postgres-operator.crunchydata.com/cluster": "postgres",
      "postgres-operator.crunchydata.com/instance-set": "instance1",
    });
  });

  it("should give the CKAN role its three databases and the read-only role none", () => {
    expect(cluster.spec.users).toEqual([
      { name: "ckan", databases: ["ckan", "datastore", "ckan_xloader"], password: { type: "AlphaNumeric" } },
      { name: "datastore-ro", password: { type: "AlphaNumeric" } },
    ]);
    expect(provider.generatedSecrets).toEqual(["postgres-pguser-ckan", "postgres-pguser-datastore-ro"]);
  });

  it("should make the CKAN role own its databases through databaseInitSQL", () => {
    expect(cluster.spec.databaseInitSQL).toEqual({ name: "postgres-init-sql", key: "init.sql" });
    expect(objectOf(provider, "ConfigMap", "postgres-init-sql").data).toEqual({
      "init.sql":
        'ALTER DATABASE "ckan" OWNER TO "ckan";\nALTER DATABASE "datastore" OWNER TO "ckan";\nALTER DATABASE "ckan_xloader" OWNER TO "ckan";\n',
    });
  });

  it("should back up to a pgBackRest volume on the settings' schedules and keep the set number of full backups", () => {
    const { pgbackrest } = cluster.spec.backups;
    expect(pgbackrest.global).toEqual({ "repo1-retention-full": "4", "repo1-retention-full-type": "count" });
    expect(pgbackrest.repos).toEqual([
      {
        name: "repo1",
        schedules: { full: "0 1 * * 0", incremental: "0 1 * * 1-6" },
        volume: {
          volumeClaimSpec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "20Gi" } } },
        },
      },
    ]);
  });

  it("should run the settings' PgBouncer replicas in session mode with the pooler size", () => {
    expect(cluster.spec.proxy.pgBouncer).toMatchObject({
      replicas: 2,
      resources: { requests: { cpu: "100m", memory: "64Mi" }, limits: { memory: "256Mi" } },
      config: { global: { pool_mode: "session" } },
    });
  });

  it("should label every pod PGO creates and never let Argo CD prune or delete the cluster", () => {
    expect(cluster.spec.metadata.labels).toMatchObject({
      "app.kubernetes.io/name": "postgres",
      "app.kubernetes.io/instance": "ckan",
    });
    expect(cluster.metadata.annotations).toMatchObject(KEEP_DATA);
    expect(provider.network).toEqual({
      podLabels: { "postgres-operator.crunchydata.com/cluster": "postgres" },
      clientPorts: [5432],
      peerPorts: [5432, 8008, 8432],
      operatorPorts: [5432, 8008],
    });
  });

  it("should compose the URLs from PGO's Secrets: CKAN through PgBouncer, the DataStore to the primary", () => {
    const urls = expand(provider.ckanEnv, {
      "postgres-pguser-ckan": {
        password: "Ckan0pw",
        host: "postgres-primary.gov.svc",
        port: "5432",
        "pgbouncer-host": "postgres-pgbouncer.gov.svc",
        "pgbouncer-port": "5432",
      },
      "postgres-pguser-datastore-ro": { password: "Ro0pw" },
    });
    expect(URL_VARIABLES.map((name) => urls[name])).toEqual([
      "postgresql://ckan:Ckan0pw@postgres-pgbouncer.gov.svc:5432/ckan",
      "postgresql://ckan:Ckan0pw@postgres-primary.gov.svc:5432/datastore",
      "postgresql://datastore-ro:Ro0pw@postgres-primary.gov.svc:5432/datastore",
      "postgresql://ckan:Ckan0pw@postgres-pgbouncer.gov.svc:5432/ckan_xloader",
    ]);
  });

  it("should follow a change of the settings", () => {
    const changed = objectOf(
      crunchyPostgres(contextWith({ instances: 3, poolerReplicas: 3 })),
      "PostgresCluster",
    );
    expect(changed.spec.instances[0].replicas).toBe(3);
    expect(changed.spec.proxy.pgBouncer.replicas).toBe(3);
  });
});

describe("CloudNativePG provider", () => {
  const provider = cloudNativePostgres(contextWith({}));
  const cluster = objectOf(provider, "Cluster", "postgres");

  it("should run the ckan-postgres pin's PostgreSQL version with the settings' instances and sizes", () => {
    expect(cluster.spec).toMatchObject({
      instances: 2,
      // The sandbox pins ckan-postgres 16.11-0: the version part of the tag, never versions.env's.
      imageName: "ghcr.io/cloudnative-pg/postgresql:16.11-standard-trixie",
      storage: { size: "5Gi" },
      affinity: { enablePodAntiAffinity: true, podAntiAffinityType: "preferred" },
    });
    expect(cluster.spec.resources.limits).not.toHaveProperty("cpu");
    expect(cluster.metadata.annotations).toMatchObject(KEEP_DATA);
  });

  it("should create the CKAN database for the CKAN role and the others as Databases it owns", () => {
    expect(cluster.spec.bootstrap).toEqual({ initdb: { database: "ckan", owner: "ckan" } });
    const databases = provider.objects
      .filter((object) => object.kind === "Database")
      .map((object) => (object.toJSON() as Json).spec);
    expect(databases).toEqual([
      { cluster: { name: "postgres" }, name: "datastore", owner: "ckan", databaseReclaimPolicy: "retain" },
      { cluster: { name: "postgres" }, name: "ckan_xloader", owner: "ckan", databaseReclaimPolicy: "retain" },
    ]);
  });

  it("should manage the read-only role with its password from the git Secret, not a generated one", () => {
    expect(cluster.spec.managed.roles).toEqual([
      {
        name: "datastore_ro",
        ensure: "present",
        login: true,
        passwordSecret: { name: "postgres-datastore-ro" },
      },
    ]);
    expect(provider.generatedSecrets).toEqual(["postgres-app"]);
  });

  it("should take volume-snapshot backups on the settings' schedules, in CNPG's six-field cron", () => {
    expect(withSeconds("0 1 * * 0")).toBe("0 0 1 * * 0");
    const schedules = provider.objects
      .filter((object) => object.kind === "ScheduledBackup")
      .map((object) => (object.toJSON() as Json).spec);
    expect(schedules).toEqual([
      { cluster: { name: "postgres" }, schedule: "0 0 1 * * 0", method: "volumeSnapshot" },
      { cluster: { name: "postgres" }, schedule: "0 0 1 * * 1-6", method: "volumeSnapshot" },
    ]);
    expect(cluster.spec.backup).toEqual({ volumeSnapshot: { online: true } });
  });

  it("should pool CKAN's connections in session mode with the settings' replicas and pooler size", () => {
    expect(objectOf(provider, "Pooler", "postgres-pooler-rw").spec).toMatchObject({
      cluster: { name: "postgres" },
      type: "rw",
      instances: 2,
      pgbouncer: { poolMode: "session" },
      template: { spec: { containers: [{ name: "pgbouncer", resources: { limits: { memory: "256Mi" } } }] } },
    });
    expect(provider.network).toEqual({
      podLabels: { "cnpg.io/cluster": "postgres" },
      clientPorts: [5432],
      peerPorts: [5432],
      operatorPorts: [5432, 8000],
    });
  });

  it("should compose the URLs from CNPG's app Secret and the read-only role's Secret", () => {
    const urls = expand(provider.ckanEnv, {
      "postgres-app": { password: "Ckan0pw", host: "postgres-rw.gov.svc.cluster.local", port: "5432" },
      "postgres-datastore-ro": { password: "Ro0pw" },
    });
    expect(URL_VARIABLES.map((name) => urls[name])).toEqual([
      "postgresql://ckan:Ckan0pw@postgres-pooler-rw:5432/ckan",
      "postgresql://ckan:Ckan0pw@postgres-rw.gov.svc.cluster.local:5432/datastore",
      "postgresql://datastore_ro:Ro0pw@postgres-rw.gov.svc.cluster.local:5432/datastore",
      "postgresql://ckan:Ckan0pw@postgres-pooler-rw:5432/ckan_xloader",
    ]);
  });

  it("should follow a change of the settings", () => {
    const changed = cloudNativePostgres(contextWith({ instances: 3, poolerReplicas: 3 }));
    expect(objectOf(changed, "Cluster").spec.instances).toBe(3);
    expect(objectOf(changed, "Pooler").spec.instances).toBe(3);
  });
});

/**
 * The init SQL on a real PostgreSQL, after the SQL PGO runs for `spec.users` (CREATE ROLE …, CREATE
 * DATABASE …, GRANT ALL PRIVILEGES ON DATABASE …), then what CKAN's bootstrap does as the CKAN role.
 */
describe("Crunchy init SQL on a real PostgreSQL", () => {
  const PORT = 55433;
  const readonly = CRUNCHY_LAYOUT.datastoreReadonlyUser;
  let dir = "";
  let bin = "";
  const asRoot = process.getuid?.() === 0;
  /** initdb and postgres refuse to run as root. */
  const asServerUser = (command: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", command, ...args])
      : execFileSync(command, args);

  function psql(user: string, database: string, sql: string) {
    return spawnSync(
      path.join(bin, "psql"),
      [
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-h",
        dir,
        "-p",
        String(PORT),
        "-U",
        user,
        "-d",
        database,
        "-At",
        "-c",
        sql,
      ],
      { encoding: "utf8" },
    );
  }
  const ok = (user: string, database: string, sql: string) => {
    const result = psql(user, database, sql);
    expect(result.stderr, `${user}@${database}: ${sql}`).toBe("");
    expect(result.status).toBe(0);
    return result.stdout.trim();
  };
  const denied = (user: string, database: string, sql: string) => {
    const result = psql(user, database, sql);
    expect(result.status, `${user}@${database} should be refused: ${sql}`).not.toBe(0);
    expect(result.stderr).toMatch(/permission denied/);
  };

  beforeAll(() => {
    const root = "/usr/lib/postgresql";
    const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
    bin =
      versions
        .map((version) => path.join(root, version, "bin"))
        .find((candidate) => existsSync(path.join(candidate, "initdb"))) ?? "";
    if (!bin)
      throw new Error(
        "PostgreSQL server binaries not found in /usr/lib/postgresql: sudo apt-get install -y postgresql",
      );
    dir = mkdtempSync(path.join(tmpdir(), "crunchy-init-sql-"));
    if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), 0);
    asServerUser(path.join(bin, "initdb"), [
      "--pgdata",
      path.join(dir, "data"),
      "--username=postgres",
      "--auth=trust",
      "--no-sync",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]);
    asServerUser(path.join(bin, "pg_ctl"), [
      "start",
      "--wait",
      "--silent",
      "--pgdata",
      path.join(dir, "data"),
      "--log",
      path.join(dir, "server.log"),
      "-o",
      `-c listen_addresses='' -k ${dir} -p ${PORT} -c fsync=off`,
    ]);
    // What PGO runs for spec.users (internal/postgres/users.go), as the superuser.
    const users = ["ckan", readonly].map((user) => `CREATE ROLE "${user}" LOGIN;`).join(" ");
    ok("postgres", "postgres", users);
    for (const database of ["ckan", "datastore", "ckan_xloader"]) {
      ok("postgres", "postgres", `CREATE DATABASE "${database}"`);
      ok("postgres", "postgres", `GRANT ALL PRIVILEGES ON DATABASE "${database}" TO "ckan"`);
    }
  }, 30_000);

  afterAll(() => {
    if (bin && dir && existsSync(path.join(dir, "data", "postmaster.pid"))) {
      asServerUser(path.join(bin, "pg_ctl"), [
        "stop",
        "--wait",
        "--silent",
        "--mode=immediate",
        "--pgdata",
        path.join(dir, "data"),
      ]);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("should let the CKAN role create tables in every database, and let CKAN's permissions make the read-only role read-only", () => {
    // Without the init SQL, PGO's grants are not enough on PostgreSQL 15+.
    denied("ckan", "datastore", "CREATE TABLE before_init (id int)");

    ok("postgres", "postgres", crunchyInitSql());

    for (const database of ["ckan", "datastore", "ckan_xloader"])
      ok("ckan", database, "CREATE TABLE migrated (id int)");
    ok("ckan", "datastore", "INSERT INTO migrated VALUES (1)");

    // CKAN 2.11's `datastore set-permissions` (ckanext/datastore/set_permissions.sql, privilege part),
    // as the bootstrap Job runs it: as the CKAN role, connected to the DataStore.
    ok(
      "ckan",
      "datastore",
      `
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      REVOKE USAGE ON SCHEMA public FROM PUBLIC;
      GRANT CREATE ON SCHEMA public TO "ckan";
      GRANT USAGE ON SCHEMA public TO "ckan";
      REVOKE CONNECT ON DATABASE "ckan" FROM "${readonly}";
      GRANT CONNECT ON DATABASE "datastore" TO "${readonly}";
      GRANT USAGE ON SCHEMA public TO "${readonly}";
      GRANT SELECT ON ALL TABLES IN SCHEMA public TO "${readonly}";
      ALTER DEFAULT PRIVILEGES FOR USER "ckan" IN SCHEMA public GRANT SELECT ON TABLES TO "${readonly}";
      CREATE OR REPLACE VIEW "_table_metadata" AS SELECT relname AS name FROM pg_class;
      ALTER VIEW "_table_metadata" OWNER TO "ckan";
      GRANT SELECT ON "_table_metadata" TO "${readonly}";
      CREATE OR REPLACE FUNCTION populate_full_text_trigger() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;
      ALTER FUNCTION populate_full_text_trigger() OWNER TO "ckan";`,
    );
    // A resource the DataStore adds later (default privileges).
    ok("ckan", "datastore", "CREATE TABLE later (id int); INSERT INTO later VALUES (2)");

    expect(ok(readonly, "datastore", "SELECT (SELECT id FROM migrated) + (SELECT id FROM later)")).toBe("3");
    denied(readonly, "datastore", "INSERT INTO migrated VALUES (3)");
    denied(readonly, "datastore", "CREATE TABLE sneaky (id int)");
  });
});
