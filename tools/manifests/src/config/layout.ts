// Names, ports, paths and database layout that several components must agree on. Changing one here
// changes every manifest, the secrets tool's URLs and the end-to-end harness together.

/** The Kustomize instance label of every object; also the Argo CD application name. */
export const INSTANCE = "ckan";
export const PART_OF = "ckan";
export const MANAGED_BY = "ckan-openshift-gitops";

/** In-cluster Services: name and port (the container port has the same number). */
export const SERVICES = {
  ckan: { name: "ckan", port: 5000 },
  postgres: { name: "postgres", port: 5432 },
  solr: { name: "solr", port: 8983 },
  redis: { name: "redis", port: 6379 },
} as const;

export const POSTGRES_LAYOUT = {
  /** The image's superuser (its POSTGRES_USER default), which the probes name. */
  superuser: "postgres",
  /** The CKAN role owns the ckan, datastore and XLoader jobs databases (the DataStore writes as it). */
  ckanUser: "ckan",
  ckanDatabase: "ckan",
  datastoreDatabase: "datastore",
  /** The DataStore's read-only role: CKAN refuses to start if it can write. */
  datastoreReadonlyUser: "datastore_ro",
  /** XLoader's job table; web and worker must share it, so it cannot be XLoader's default SQLite file. */
  xloaderDatabase: "ckan_xloader",
  /** PGDATA is a subdirectory: the volume's root holds lost+found and belongs to the fsGroup. */
  dataMountPath: "/var/lib/postgresql/data",
  pgdata: "/var/lib/postgresql/data/pgdata",
} as const;

export const SOLR_LAYOUT = {
  core: "ckan",
  dataMountPath: "/var/solr",
  /** The node's info handler: answers without any core (images/solr's scripts ask it too). */
  nodeInfoPath: "/solr/admin/info/system",
} as const;

/** Redis database CKAN uses for its job queue and cache (ckan-docker's choice). */
export const REDIS_DATABASE = 1;

/** The ckan image's contract (see images/ckan/README.md). */
export const CKAN_IMAGE = {
  port: 5000,
  /** Where the start scripts write the runtime ckan.ini (an emptyDir; the root filesystem is read-only). */
  configDir: "/srv/app/config",
  storagePath: "/var/lib/ckan",
  commands: {
    web: ["/srv/app/bin/ckan-start-web"],
    worker: ["/srv/app/bin/ckan-start-worker"],
    bootstrap: ["/srv/app/bin/ckan-bootstrap"],
    workerProbe: ["/srv/app/bin/ckan-worker-probe"],
    /** ckanext-harvest's CLI with the pod's settings (`ckan harvester …`). */
    harvester: ["/srv/app/bin/ckan-harvester"],
    /** Liveness of a harvest queue consumer: `ckan-harvester-probe gather|fetch`. */
    harvesterProbe: ["/srv/app/bin/ckan-harvester-probe"],
  },
  /** The job queues the worker serves. */
  workerQueues: ["default"],
  statusPath: "/api/3/action/status_show",
} as const;

/** Where web, worker and bootstrap find the extra CA bundle (`trustedCaBundle`). */
export const CA_BUNDLE_DIR = "/etc/ckan/trusted-ca";
/**
 * The bundle's file there, whatever the ConfigMap's key: one path that an external PostgreSQL's URL
 * (`sslrootcert`) can name without depending on that key.
 */
export const CA_BUNDLE_FILE = `${CA_BUNDLE_DIR}/ca-bundle.crt`;

/** XLoader's settings the stack relies on without setting them. */
export const XLOADER = {
  /** ckanext.xloader.max_content_length, its default: larger files are not loaded into the DataStore. */
  maxContentBytes: 1_000_000_000,
} as const;

/** Image references in the base; each overlay maps them to its registry and tag. */
export const BASE_IMAGES = {
  ckan: "ckan",
  solr: "ckan-solr",
  postgres: "ckan-postgres",
} as const;

/** Redis is used as published (no project image); Renovate keeps the pin current (renovate.json5). */
// renovate: datasource=docker depName=docker.io/library/redis
export const REDIS_IMAGE = { name: "docker.io/library/redis", tag: "8.2.2-alpine" } as const;

/** Object names other components refer to. */
export const NAMES = {
  ckanConfig: "ckan-config",
  postgresConfig: "postgres-config",
  ckanSecret: "ckan-secrets",
  postgresSecret: "postgres-secrets",
  redisSecret: "redis-secrets",
  mailSecret: "ckan-mail",
  ckanStorage: "ckan-storage",
  postgresData: "pg-data",
  solrData: "solr-data",
  bootstrapJob: "ckan-bootstrap",
  worker: "ckan-worker",
  harvestGather: "ckan-harvest-gather",
  harvestFetch: "ckan-harvest-fetch",
  harvestRun: "ckan-harvest-run",
  route: "ckan",
} as const;
