// Solr run by the Apache Solr Operator: a SolrCloud of `solr.replicas` nodes on the ckan-solr image, with a
// ZooKeeper ensemble the operator provides, and the Job that uploads CKAN's configset and creates the
// collection (images/solr/scripts/solr-ensure-collection). CKAN searches the collection through the
// cloud's common Service.
// @see https://apache.github.io/solr-operator/docs/solr-cloud/solr-cloud-crd.html
import { BASE_IMAGES, INSTANCE, MANAGED_BY, PART_OF, SERVICES, SOLR_LAYOUT } from "../config/layout.ts";
import { SolrCloud } from "../generated/crd-models/solr.apache.org/v1beta1/SolrCloud.js";
import { KEEP_DATA, syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { runningLabels } from "../lib/labels.ts";
import { resources } from "../lib/resources.ts";
import {
  containerSecurityContext,
  POD_SECURITY_CONTEXT,
  SECURITY_EXCEPTION_ANNOTATION,
} from "../lib/security.ts";
import { scratchVolume } from "../lib/ephemeral-storage.ts";
import { syncHookJob } from "../lib/workload.ts";
import type { WorkloadSize } from "../settings/environment-settings.ts";
import { type StackContext, pinnedVersion } from "./component.ts";
import type { ProviderNetwork, SolrProvider } from "./provider-contract.ts";
import { solrHeap } from "./solr-heap.ts";

/** The SolrCloud's name; the operator derives every object's name from it. */
const CLOUD = "ckan";

export const SOLR_CLOUD_LAYOUT = {
  cloud: CLOUD,
  /** The operator's ClusterIP Service over every Solr node (SolrCloud.CommonServiceName()). */
  commonService: `${CLOUD}-solrcloud-common`,
  /** The common Service's port: the operator's default without TLS, set explicitly so the URL follows it. */
  commonServicePort: 80,
  /** The port every Solr pod listens on (the operator's default). */
  podPort: SERVICES.solr.port,
  collection: SOLR_LAYOUT.core,
  /** Where ckan/ckan-solr bakes CKAN's configset (a copy of `_default` with CKAN's schema). */
  configsetDir: "/opt/solr/server/solr/configsets/ckan/conf",
  job: "solr-ensure-collection",
  /** COPYed by images/solr/Dockerfile. */
  jobCommand: ["/usr/local/bin/solr-ensure-collection"],
} as const;

/** ZooKeeper's client, quorum and leader-election ports (zookeeper-operator's defaults). */
const ZOOKEEPER_PORTS = { client: 2181, quorum: 2888, leaderElection: 3888 } as const;

/** How long the Job waits for the SolrCloud: ZooKeeper's quorum and every Solr node, cold images included. */
export const SOLR_WAIT_SECONDS = 600;
/** The wait, the upload and the collection's creation, with room to spare. */
export const SOLR_JOB_DEADLINE_SECONDS = 900;
/** bash, wget and sha256sum: a few MiB. */
export const SOLR_JOB_SIZE: WorkloadSize = { cpu: "50m", memory: "32Mi", memoryLimit: "64Mi" };

const SOLR_EXCEPTION = {
  readOnlyRootFilesystem: false,
  reason: "Solr's start scripts write below /opt/solr/server and /var/solr; not yet proven read-only",
} as const;

/**
 * The operator splits the image into repository and tag and joins them as `repository:tag`, and Kustomize's
 * `images` transformer only rewrites whole image references (in a repository field it would write
 * `registry/ckan-solr:tag@digest` and the operator would append `:tag` again). So the SolrCloud takes the
 * environment's pin (images/kustomization.yaml) itself: same repository, tag and digest.
 */
export function solrCloudImage(pins: StackContext["imagePins"]): { repository: string; tag: string } {
  const pin = pins?.find((candidate) => candidate.name === BASE_IMAGES.solr);
  if (!pin) throw new Error(`generator bug: a SolrCloud needs the environment's pin of ${BASE_IMAGES.solr}`);
  return { repository: pin.newName, tag: pin.digest ? `${pin.newTag}@${pin.digest}` : pin.newTag };
}

export function solrCloud(context: StackContext): SolrProvider & { readonly network: ProviderNetwork } {
  const { settings } = context;
  const version = pinnedVersion(context, "solr");
  const solrIdentity = { name: "solr", component: "search", version };
  const jobIdentity = { name: SOLR_CLOUD_LAYOUT.job, component: "search", version };
  /** On every pod of the provider (Solr, ZooKeeper and the Job): the NetworkPolicies select them by it. */
  const podLabels = {
    "app.kubernetes.io/instance": INSTANCE,
    "app.kubernetes.io/component": solrIdentity.component,
  };
  const size = settings.sizes.solr;
  const zookeeperSize = settings.sizes.zookeeper;

  const cloud = new SolrCloud({
    // Deleting the SolrCloud deletes its StatefulSet and ZooKeeper: Argo CD must never prune or delete it.
    metadata: {
      name: SOLR_CLOUD_LAYOUT.cloud,
      labels: runningLabels(solrIdentity),
      annotations: { ...syncWave(SYNC_WAVES.databases), ...KEEP_DATA },
    },
    spec: {
      replicas: settings.solr.replicas,
      solrImage: solrCloudImage(context.imagePins),
      solrJavaMem: `-Xms${solrHeap(size.memoryLimit)} -Xmx${solrHeap(size.memoryLimit)}`,
      solrAddressability: {
        podPort: SOLR_CLOUD_LAYOUT.podPort,
        commonServicePort: SOLR_CLOUD_LAYOUT.commonServicePort,
      },
      dataStorage: {
        persistent: {
          // The claims outlive the SolrCloud and a scale-down: the index is rebuilt only on purpose.
          reclaimPolicy: "Retain",
          pvcTemplate: {
            spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: size.storage } } },
          },
        },
      },
      customSolrKubeOptions: {
        podOptions: {
          labels: runningLabels(solrIdentity),
          resources: resources(size),
          // Replaces the operator's default `fsGroup: 8983`, which restricted-v2 rejects
          // (apache/solr-operator#466): the SCC assigns the UID, GID and fsGroup.
          podSecurityContext: POD_SECURITY_CONTEXT,
          containerSecurityContext: containerSecurityContext(SOLR_EXCEPTION),
          // The operator's Solr container is `solrcloud-node`; podTemplate() records exceptions the same way.
          annotations: { [SECURITY_EXCEPTION_ANNOTATION]: `solrcloud-node: ${SOLR_EXCEPTION.reason}` },
          // One node per Kubernetes node where the cluster has enough; the operator adds the selector.
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway" },
          ],
        },
      },
      zookeeperRef: {
        provided: {
          replicas: settings.solr.zookeeperReplicas,
          persistence: {
            reclaimPolicy: "Retain",
            spec: {
              accessModes: ["ReadWriteOnce"],
              resources: { requests: { storage: zookeeperSize.storage } },
            },
          },
          zookeeperPodPolicy: {
            labels: {
              ...podLabels,
              "app.kubernetes.io/name": "zookeeper",
              "app.kubernetes.io/part-of": PART_OF,
              "app.kubernetes.io/managed-by": MANAGED_BY,
            },
            resources: resources(zookeeperSize),
            securityContext: POD_SECURITY_CONTEXT,
          },
        },
      },
    },
  });

  // The databases wave: the script itself waits for the SolrCloud (Argo CD has no health check for it),
  // so the bootstrap wave starts only once the collection answers.
  const job = syncHookJob({
    // Its component is the provider's, so it carries podLabels: a peer of the Solr pods.
    identity: jobIdentity,
    wave: SYNC_WAVES.databases,
    activeDeadlineSeconds: SOLR_JOB_DEADLINE_SECONDS,
    containers: [
      {
        name: "ensure-collection",
        image: BASE_IMAGES.solr,
        size: SOLR_JOB_SIZE,
        command: SOLR_CLOUD_LAYOUT.jobCommand,
        env: [
          { name: "SOLR_URL", value: solrBaseUrl() },
          { name: "SOLR_COLLECTION", value: SOLR_CLOUD_LAYOUT.collection },
          { name: "SOLR_CONFIGSET_DIR", value: SOLR_CLOUD_LAYOUT.configsetDir },
          { name: "SOLR_REPLICATION_FACTOR", value: String(settings.solr.replicas) },
          { name: "SOLR_WAIT_SECONDS", value: String(SOLR_WAIT_SECONDS) },
        ],
        // bash may put a large here-string in a temporary file.
        volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
      },
    ],
    volumes: [scratchVolume("tmp", "16Mi")],
  });

  return {
    objects: [cloud, job],
    solrUrl: `${solrBaseUrl()}/${SOLR_CLOUD_LAYOUT.collection}`,
    ckanEnv: [],
    network: {
      podLabels,
      clientPorts: [SOLR_CLOUD_LAYOUT.podPort],
      peerPorts: [
        SOLR_CLOUD_LAYOUT.podPort,
        ZOOKEEPER_PORTS.client,
        ZOOKEEPER_PORTS.quorum,
        ZOOKEEPER_PORTS.leaderElection,
      ],
      // The Solr Operator calls each node's admin API; the ZooKeeper operator writes the ensemble's size
      // through the client port.
      operatorPorts: [SOLR_CLOUD_LAYOUT.podPort, ZOOKEEPER_PORTS.client],
    },
  };
}

/** Solr's root through the common Service, on port 80 (commonServicePort), the URL's default. */
function solrBaseUrl(): string {
  return `http://${SOLR_CLOUD_LAYOUT.commonService}/solr`;
}
