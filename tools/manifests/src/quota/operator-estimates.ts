// The pods and claims an operator creates from a custom resource in the overlay, so the quota check counts
// them like the stack's own workloads. Containers the operators add without resources (sidecars, the
// pgBackRest repository host, backup Jobs) count with the LimitRange's default limits.
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- rendered YAML

/** One group of identical pods an operator runs. */
export interface OperatorPods {
  readonly object: string;
  /** The `sizes.<key>` entry their main container's resources come from; none for the operator's own. */
  readonly sizes?: string;
  readonly replicas: number;
  readonly scope: "notTerminating" | "terminating";
  /** The containers' resources; `{}` for a container the operator adds without any. */
  readonly containers: readonly Obj[];
  readonly images: readonly string[];
}

export interface OperatorClaim {
  readonly name: string;
  readonly storage: string;
  /** The setting its size comes from (`sizes.postgres.storage`). */
  readonly field?: string;
}

interface Estimate {
  readonly pods: OperatorPods[];
  readonly claims: OperatorClaim[];
}

const NONE = {};

const ESTIMATES: Record<string, (object: Obj) => Estimate> = {
  // Crunchy PGO v5: each instance pod runs `database` plus the pgBackRest and cert-copy sidecars; a volume
  // repository adds a repo-host pod; scheduled backups run one Job at a time; PgBouncer pods add a
  // config-reloading sidecar.
  "postgres-operator.crunchydata.com/PostgresCluster": (cluster) => {
    const name = `PostgresCluster/${cluster.metadata.name}`;
    const instances = (cluster.spec.instances ?? []) as Obj[];
    const repos = ((cluster.spec.backups?.pgbackrest?.repos ?? []) as Obj[]).filter((repo) => repo.volume);
    const pgBouncer = cluster.spec.proxy?.pgBouncer;
    return {
      pods: [
        ...instances.map((set) => ({
          object: `${name} ${set.name}`,
          sizes: "postgres",
          replicas: set.replicas ?? 1,
          scope: "notTerminating" as const,
          containers: [set.resources ?? NONE, NONE, NONE],
          images: ["(operator's postgres image)"],
        })),
        ...(repos.length > 0
          ? [
              {
                object: `${name} repo-host`,
                replicas: 1,
                scope: "notTerminating" as const,
                containers: [NONE, NONE],
                images: ["(operator's pgbackrest image)"],
              },
              {
                object: `${name} backup Job`,
                replicas: 1,
                scope: "terminating" as const,
                containers: [NONE],
                images: ["(operator's pgbackrest image)"],
              },
            ]
          : []),
        ...(pgBouncer
          ? [
              {
                object: `${name} pgbouncer`,
                sizes: "pooler",
                replicas: pgBouncer.replicas ?? 1,
                scope: "notTerminating" as const,
                containers: [pgBouncer.resources ?? NONE, NONE],
                images: ["(operator's pgbouncer image)"],
              },
            ]
          : []),
      ],
      claims: [
        ...instances.flatMap((set) =>
          Array.from({ length: set.replicas ?? 1 }, (_, index) => ({
            name: `${cluster.metadata.name}-${set.name}-pgdata-${index}`,
            storage: set.dataVolumeClaimSpec.resources.requests.storage,
            field: "sizes.postgres.storage",
          })),
        ),
        ...repos.map((repo) => ({
          name: `${cluster.metadata.name}-${repo.name}`,
          storage: repo.volume.volumeClaimSpec.resources.requests.storage,
          field: "postgres.backups.storage",
        })),
      ],
    };
  },
  // CloudNativePG: one `postgres` container per instance, one claim each.
  "postgresql.cnpg.io/Cluster": (cluster) => ({
    pods: [
      {
        object: `Cluster/${cluster.metadata.name}`,
        sizes: "postgres",
        replicas: cluster.spec.instances ?? 1,
        scope: "notTerminating",
        containers: [cluster.spec.resources ?? NONE],
        images: [cluster.spec.imageName ?? "(operator's postgres image)"],
      },
    ],
    claims: Array.from({ length: cluster.spec.instances ?? 1 }, (_, index) => ({
      name: `${cluster.metadata.name}-${index + 1}`,
      storage: cluster.spec.storage.size,
      field: "sizes.postgres.storage",
    })),
  }),
  "postgresql.cnpg.io/Pooler": (pooler) => ({
    pods: [
      {
        object: `Pooler/${pooler.metadata.name}`,
        sizes: "pooler",
        replicas: pooler.spec.instances ?? 1,
        scope: "notTerminating",
        containers: ((pooler.spec.template?.spec?.containers ?? [NONE]) as Obj[]).map(
          (c) => c.resources ?? NONE,
        ),
        images: ["(operator's pgbouncer image)"],
      },
    ],
    claims: [],
  }),
  // The Solr Operator: one `solrcloud-node` container per node, and the ZooKeeper ensemble it provides.
  "solr.apache.org/SolrCloud": (cloud) => {
    const zookeeper = cloud.spec.zookeeperRef?.provided;
    const image = `${cloud.spec.solrImage?.repository}:${cloud.spec.solrImage?.tag}`;
    return {
      pods: [
        {
          object: `SolrCloud/${cloud.metadata.name}`,
          sizes: "solr",
          replicas: cloud.spec.replicas ?? 3,
          scope: "notTerminating",
          containers: [cloud.spec.customSolrKubeOptions?.podOptions?.resources ?? NONE],
          images: [image],
        },
        ...(zookeeper
          ? [
              {
                object: `SolrCloud/${cloud.metadata.name} zookeeper`,
                sizes: "zookeeper",
                replicas: zookeeper.replicas ?? 3,
                scope: "notTerminating" as const,
                containers: [zookeeper.zookeeperPodPolicy?.resources ?? NONE],
                images: ["(operator's zookeeper image)"],
              },
            ]
          : []),
      ],
      claims: [
        ...Array.from({ length: cloud.spec.replicas ?? 3 }, (_, index) => ({
          name: `data-${cloud.metadata.name}-solrcloud-${index}`,
          storage: cloud.spec.dataStorage?.persistent?.pvcTemplate?.spec?.resources?.requests?.storage ?? "0",
          field: "sizes.solr.storage",
        })),
        ...Array.from({ length: zookeeper?.replicas ?? 0 }, (_, index) => ({
          name: `data-${cloud.metadata.name}-solrcloud-zookeeper-${index}`,
          storage: zookeeper.persistence?.spec?.resources?.requests?.storage ?? "0",
          field: "sizes.zookeeper.storage",
        })),
      ],
    };
  },
};

export function operatorEstimates(objects: readonly Obj[]): Estimate {
  const estimates = objects.flatMap((object) => {
    const group = String(object.apiVersion ?? "").split("/")[0];
    const estimate = ESTIMATES[`${group}/${String(object.kind)}`];
    return estimate ? [estimate(object)] : [];
  });
  return { pods: estimates.flatMap((e) => e.pods), claims: estimates.flatMap((e) => e.claims) };
}
