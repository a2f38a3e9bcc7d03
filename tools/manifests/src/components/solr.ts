// Solr with CKAN's schema (the ckan-solr image, core `ckan`), on the `solr-data` claim at /var/solr; or a
// SolrCloud of the Solr Operator (`solr.provider`, see solr-cloud.ts); or none, for a Solr outside the
// stack (external.ts).
import { BASE_IMAGES, NAMES, SERVICES, SOLR_LAYOUT } from "../config/layout.ts";
import { scratchVolume } from "../lib/ephemeral-storage.ts";
import { SYNC_WAVES } from "../lib/argocd.ts";
import { httpHandler, probes } from "../lib/probes.ts";
import {
  containerPort,
  headlessService,
  persistentVolumeClaim,
  service,
  statefulSet,
} from "../lib/workload.ts";
import { selectorLabels } from "../lib/labels.ts";
import { type Component, type StackContext, pinnedVersion } from "./component.ts";
import type { SolrProvider } from "./provider-contract.ts";
import { solrCloud } from "./solr-cloud.ts";
import { externalSolr } from "./external.ts";
import { solrHeap } from "./solr-heap.ts";

export { solrHeap };

const HTTP = { name: "http", port: SERVICES.solr.port } as const;

function statefulSetSolr(context: StackContext): SolrProvider {
  const identity = { name: "solr", component: "search", version: pinnedVersion(context, "solr") };
  const size = context.settings.sizes.solr;
  const solr = statefulSet({
    identity,
    wave: SYNC_WAVES.databases,
    containers: [
      {
        name: "solr",
        image: BASE_IMAGES.solr,
        size,
        ports: [containerPort(HTTP)],
        env: [{ name: "SOLR_HEAP", value: solrHeap(size.memoryLimit) }],
        // Ready when the core answers its ping (loaded, not still opening its index); alive while the node
        // answers its info handler, which needs no core, so a slow or reloading core is never restarted.
        probes: probes({
          readiness: httpHandler(`/solr/${SOLR_LAYOUT.core}/admin/ping`),
          liveness: httpHandler(SOLR_LAYOUT.nodeInfoPath),
          startupSeconds: 180,
          // A full garbage collection of a large heap stops every thread.
          hungAfterSeconds: 120,
        }),
        securityException: {
          readOnlyRootFilesystem: false,
          reason: "Solr's start scripts write below /opt/solr/server; not yet proven read-only",
          // Jetty's and the start scripts' files there; logs and cores are on the claim.
          writableRoot: "128Mi",
        },
        volumeMounts: [
          { name: "data", mountPath: SOLR_LAYOUT.dataMountPath },
          { name: "tmp", mountPath: "/tmp" },
        ],
      },
    ],
    volumes: [
      { name: "data", persistentVolumeClaim: { claimName: NAMES.solrData } },
      scratchVolume("tmp", "256Mi"),
    ],
  });
  return {
    objects: [
      solr,
      service(identity, HTTP),
      headlessService(identity, HTTP),
      persistentVolumeClaim(NAMES.solrData, identity, size.storage, SYNC_WAVES.databases),
    ],
    solrUrl: `http://${SERVICES.solr.name}:${SERVICES.solr.port}/solr/${SOLR_LAYOUT.core}`,
    ckanEnv: [],
    network: {
      podLabels: selectorLabels(identity),
      clientPorts: [HTTP.port],
      peerPorts: [],
      operatorPorts: [],
    },
  };
}

export function solrProvider(context: StackContext): SolrProvider {
  const provider = context.settings.solr.provider;
  if (provider === "external") return externalSolr(context);
  return provider === "solrcloud" ? solrCloud(context) : statefulSetSolr(context);
}

export function solrComponent(context: StackContext): Component {
  return {
    name: "solr",
    description: "Solr: the StatefulSet, Service and index volume, or a SolrCloud",
    objects: solrProvider(context).objects,
  };
}
