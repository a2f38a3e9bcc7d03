// CKAN web: Deployment, Service, Route (edge TLS, http→https redirect) and the uploads PVC.
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Route } from "../generated/crd-models/route.openshift.io/v1/Route.js";
import { CKAN_IMAGE, NAMES, SERVICES } from "../config/stack.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { configChecksum, CONFIG_CHECKSUM_ANNOTATION } from "../lib/checksum.ts";
import { labels, selectorLabels, type Identity } from "../lib/labels.ts";
import { httpProbes } from "../lib/probes.ts";
import { containerPort, persistentVolumeClaim, podTemplate, service } from "../lib/workload.ts";
import { ckanContainer, ckanVolumes } from "./ckan-pod.ts";
import type { Component, StackContext } from "./component.ts";
import { ckanConfigData } from "./config.ts";

const HTTP = { name: "http", port: SERVICES.ckan.port } as const;

export function ckanIdentity(context: StackContext): Identity {
  return { name: "ckan", component: "web", version: context.versions.ckan };
}

export function ckanComponent(context: StackContext): Component {
  const identity = ckanIdentity(context);
  const size = context.settings.sizes.ckan;
  const deployment = new Deployment({
    metadata: { name: identity.name, labels: labels(identity), annotations: syncWave(SYNC_WAVES.application) },
    spec: {
      replicas: 1,
      // One ReadWriteOnce volume: a rolling update would start the new pod while the old one holds the
      // volume, and on another node it would wait for the attachment forever. Recreate cannot deadlock.
      strategy: { type: "Recreate" },
      selector: { matchLabels: selectorLabels(identity) },
      template: podTemplate({
        identity,
        annotations: { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(ckanConfigData(context)) },
        containers: [
          {
            ...ckanContainer({ name: "ckan", command: CKAN_IMAGE.commands.web }, size),
            ports: [containerPort(HTTP)],
            // Migrations run in the bootstrap Job, but the first start still builds webassets.
            probes: httpProbes(CKAN_IMAGE.statusPath, { startupSeconds: 300 }),
          },
        ],
        volumes: ckanVolumes({ claimName: NAMES.ckanStorage }),
      }),
    },
  });

  const route = new Route({
    metadata: { name: NAMES.route, labels: labels(identity), annotations: syncWave(SYNC_WAVES.exposure) },
    spec: {
      host: context.settings.host,
      to: { kind: "Service", name: identity.name, weight: 100 },
      port: { targetPort: HTTP.name },
      tls: { termination: "edge", insecureEdgeTerminationPolicy: "Redirect" },
      wildcardPolicy: "None",
    },
  });

  return {
    name: "ckan",
    description: "CKAN web: Deployment, Service, Route and the uploads volume",
    objects: [
      deployment,
      service(identity, HTTP),
      route,
      persistentVolumeClaim(NAMES.ckanStorage, identity, size.storage),
    ],
  };
}
