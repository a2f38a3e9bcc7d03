// CKAN web: Deployment, Service, Route (edge TLS, http→https redirect) and the uploads PVC.
import { Route } from "../generated/crd-models/route.openshift.io/v1/Route.js";
import { CKAN_IMAGE, NAMES, SERVICES } from "../config/stack.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { labels } from "../lib/labels.ts";
import { httpProbes } from "../lib/probes.ts";
import { containerPort, deployment, persistentVolumeClaim, service } from "../lib/workload.ts";
import { ckanContainer, ckanPodAnnotations, ckanVolumes } from "./ckan-pod.ts";
import type { Component, StackContext } from "./component.ts";

const HTTP = { name: "http", port: SERVICES.ckan.port } as const;

export function ckanComponent(context: StackContext): Component {
  const identity = { name: "ckan", component: "web", version: context.versions.ckan };
  const size = context.settings.sizes.ckan;
  const web = deployment({
    identity,
    wave: SYNC_WAVES.application,
    // One ReadWriteOnce volume: a rolling update would start the new pod while the old one holds the
    // volume, and on another node it would wait for the attachment forever. Recreate cannot deadlock.
    strategy: { type: "Recreate" },
    annotations: ckanPodAnnotations(context),
    containers: [
      {
        ...ckanContainer({ name: "ckan", command: CKAN_IMAGE.commands.web }, size),
        ports: [containerPort(HTTP)],
        // Migrations run in the bootstrap Job, but the first start still builds webassets.
        probes: httpProbes(CKAN_IMAGE.statusPath, { startupSeconds: 300 }),
      },
    ],
    volumes: ckanVolumes({ claimName: NAMES.ckanStorage }),
  });

  const route = new Route({
    metadata: { name: NAMES.route, labels: labels(identity), annotations: syncWave(SYNC_WAVES.exposure) },
    spec: {
      host: context.settings.host,
      to: { kind: "Service", name: identity.name, weight: 100 },
      port: { targetPort: HTTP.name },
      tls: { termination: "edge", insecureEdgeTerminationPolicy: "Redirect" },
      // The router's default, spelled out: schema validators apply no defaults, and the Route's schema
      // needs either a host or an explicit wildcard policy.
      wildcardPolicy: "None",
    },
  });

  return {
    name: "ckan",
    description: "CKAN web: Deployment, Service, Route and the uploads volume",
    objects: [web, service(identity, HTTP), route, persistentVolumeClaim(NAMES.ckanStorage, identity, size.storage)],
  };
}
