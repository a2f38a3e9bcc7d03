// CKAN web: Deployment, Service, Route (edge TLS, http→https redirect) and the uploads PVC.
import { Route } from "../generated/crd-models/route.openshift.io/v1/Route.js";
import { CKAN_IMAGE, NAMES, SERVICES } from "../config/layout.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { labels } from "../lib/labels.ts";
import { httpHandler, probes } from "../lib/probes.ts";
import {
  containerPort,
  cpuAutoscaler,
  deployment,
  persistentVolumeClaim,
  podDisruptionBudget,
  service,
} from "../lib/workload.ts";
import { ckanContainer, ckanPodAnnotations, ckanVolumes } from "./ckan-pod.ts";
import { type Component, type StackContext, pinnedVersion } from "./component.ts";

const HTTP = { name: "http", port: SERVICES.ckan.port } as const;

export function ckanComponent(context: StackContext): Component {
  const identity = { name: "ckan", component: "web", version: pinnedVersion(context, "ckan") };
  const { ckan: settings, storage } = context.settings;
  const size = context.settings.sizes.ckan;
  const shared = storage.uploadsAccessMode === "ReadWriteMany";
  const replicas = settings.autoscaling ? settings.autoscaling.minReplicas : settings.replicas;
  const web = deployment({
    identity,
    wave: SYNC_WAVES.application,
    replicas: settings.autoscaling ? "autoscaled" : settings.replicas,
    // One ReadWriteOnce volume: a rolling update would start the new pod while the old one holds the
    // volume, and on another node it would wait for the attachment forever. Recreate cannot deadlock.
    // Shared (ReadWriteMany) uploads allow a rolling update that never drops below the current pods.
    strategy: shared
      ? { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }
      : { type: "Recreate" },
    spread: replicas > 1 || settings.autoscaling !== undefined,
    annotations: ckanPodAnnotations(context),
    containers: [
      {
        ...ckanContainer(context, { name: "ckan", command: CKAN_IMAGE.commands.web }, size),
        ports: [containerPort(HTTP)],
        // status_show answers from gunicorn's Python alone (no database, Solr or Redis): it is both "can
        // serve" and "not hung". gunicorn itself kills a request stuck past webTimeoutSeconds, so only a
        // web silent for twice that is hung beyond its own recovery. Migrations run in the bootstrap Job,
        // but the first start still builds webassets.
        probes: probes({
          readiness: httpHandler(CKAN_IMAGE.statusPath),
          startupSeconds: 300,
          hungAfterSeconds: 2 * settings.webTimeoutSeconds,
        }),
      },
    ],
    volumes: ckanVolumes(context, { claimName: NAMES.ckanStorage }, "web"),
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
    objects: [
      web,
      service(identity, HTTP),
      route,
      persistentVolumeClaim(NAMES.ckanStorage, identity, size.storage, SYNC_WAVES.application, {
        accessMode: storage.uploadsAccessMode,
        storageClass: storage.storageClass,
      }),
      ...(settings.autoscaling ? [cpuAutoscaler(identity, settings.autoscaling)] : []),
      ...(replicas > 1 ? [podDisruptionBudget(identity)] : []),
    ],
  };
}
