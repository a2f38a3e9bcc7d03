// Layer 4: the project's own rules, which no linter has.
import { PLATFORMS, type Platform } from "../config/platforms.ts";
import { BASE_IMAGES } from "../config/layout.ts";
import { registryOf } from "../lib/image-reference.ts";
import { VERSION_LABEL } from "../lib/labels.ts";
import { tagVersion } from "../settings/image-pins.ts";
import { failureWindowSeconds, SAME_HANDLER_LIVENESS_FACTOR } from "../lib/probes.ts";
import { formatBytes, parseQuantity } from "../lib/quantity.ts";
import { SECRETS } from "../secrets-catalog.ts";
import type { EmitError, Finding, RenderedObject } from "./finding.ts";
import { errorEmitter, objectName } from "./finding.ts";
import { operatorGeneratedSecrets } from "./operator-secrets.ts";
import { containersOf, podsOf, podTemplateOf, type PodTemplate } from "./pods.ts";
import { RULES } from "./rules.ts";

/** Secrets that exist outside git: created by tools/secrets (or the platform), never rendered. */
export const PROVIDED_OUTSIDE_GIT: ReadonlySet<string> = new Set(
  Object.values(SECRETS).map((secret) => secret.name),
);

const REQUIRED_LABELS = [
  "app.kubernetes.io/name",
  "app.kubernetes.io/instance",
  "app.kubernetes.io/component",
  "app.kubernetes.io/part-of",
  "app.kubernetes.io/managed-by",
];

function names(objects: readonly RenderedObject[], kind: string): Set<string> {
  return new Set(objects.filter((o) => o.kind === kind).map((o) => String(o.metadata?.name)));
}

function checkReferences(objects: readonly RenderedObject[], emit: EmitError): void {
  const configMaps = names(objects, "ConfigMap");
  const secrets = new Set([
    ...names(objects, "Secret"),
    ...names(objects, "SealedSecret"),
    ...names(objects, "ExternalSecret"),
    ...operatorGeneratedSecrets(objects),
    ...PROVIDED_OUTSIDE_GIT,
  ]);
  const claims = names(objects, "PersistentVolumeClaim");
  const accounts = new Set(["default", ...names(objects, "ServiceAccount")]);
  const missing = (object: RenderedObject, path: string, kind: string, name: string) =>
    emit(
      object,
      "refs/missing",
      path,
      `${kind} ${name} does not exist in the overlay`,
      "the pod stays in CreateContainerConfigError or Pending until it exists",
      kind === "Secret"
        ? `create it with tools/secrets and add it to the catalog (secrets-catalog.ts), or render it as a SealedSecret`
        : `add the ${kind} to the overlay or correct the name`,
    );
  for (const object of objects) {
    const pod = podTemplateOf(object);
    if (!pod) continue;
    if (pod.spec.serviceAccountName && !accounts.has(pod.spec.serviceAccountName)) {
      missing(object, `${pod.path}.serviceAccountName`, "ServiceAccount", pod.spec.serviceAccountName);
    }
    for (const volume of (pod.spec.volumes as RenderedObject[]) ?? []) {
      const at = `${pod.path}.volumes[name=${volume.name}]`;
      if (volume.configMap && !volume.configMap.optional && !configMaps.has(volume.configMap.name))
        missing(object, at, "ConfigMap", volume.configMap.name);
      if (volume.secret && !volume.secret.optional && !secrets.has(volume.secret.secretName))
        missing(object, at, "Secret", volume.secret.secretName);
      if (volume.persistentVolumeClaim && !claims.has(volume.persistentVolumeClaim.claimName)) {
        missing(object, at, "PersistentVolumeClaim", volume.persistentVolumeClaim.claimName);
      }
    }
    for (const { container, path } of containersOf(pod)) {
      for (const [index, from] of ((container.envFrom as RenderedObject[]) ?? []).entries()) {
        const at = `${path}.envFrom[${index}]`;
        if (from.configMapRef && !from.configMapRef.optional && !configMaps.has(from.configMapRef.name))
          missing(object, at, "ConfigMap", from.configMapRef.name);
        if (from.secretRef && !from.secretRef.optional && !secrets.has(from.secretRef.name))
          missing(object, at, "Secret", from.secretRef.name);
      }
      for (const variable of (container.env as RenderedObject[]) ?? []) {
        const at = `${path}.env[name=${variable.name}]`;
        const cm = variable.valueFrom?.configMapKeyRef;
        const secret = variable.valueFrom?.secretKeyRef;
        if (cm && !cm.optional && !configMaps.has(cm.name)) missing(object, at, "ConfigMap", cm.name);
        if (secret && !secret.optional && !secrets.has(secret.name))
          missing(object, at, "Secret", secret.name);
      }
    }
  }
  checkServicePorts(objects, emit);
  checkGoverningServices(objects, emit);
}

/** A StatefulSet's serviceName must be a headless Service: that is what gives its pods their DNS names. */
function checkGoverningServices(objects: readonly RenderedObject[], emit: EmitError): void {
  const services = new Map(objects.filter((o) => o.kind === "Service").map((o) => [o.metadata?.name, o]));
  for (const set of objects.filter((o) => o.kind === "StatefulSet")) {
    const name = set.spec?.serviceName;
    const service = services.get(name);
    if (service?.spec?.clusterIP === "None") continue;
    emit(
      set,
      "workload/statefulset-service",
      "spec.serviceName",
      service ? `Service ${name} has a cluster IP` : `Service ${name} does not exist in the overlay`,
      "a StatefulSet's pods get their stable DNS names (<pod>.<service>) only from a headless Service",
      RULES["workload/statefulset-service"].fix,
    );
  }
}

function checkServicePorts(objects: readonly RenderedObject[], emit: EmitError): void {
  const services = objects.filter((o) => o.kind === "Service");
  for (const service of services) {
    const selector: Record<string, string> = service.spec?.selector ?? {};
    const pods = objects
      .map((o) => podTemplateOf(o))
      .filter((pod) => pod && Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v));
    if (Object.keys(selector).length > 0 && pods.length === 0) {
      emit(
        service,
        "refs/service-selector",
        "spec.selector",
        `no pod template matches ${JSON.stringify(selector)}`,
        "the Service has no endpoints: every connection to it fails",
        RULES["refs/service-selector"].fix,
      );
      continue;
    }
    const ports = pods.flatMap((pod) =>
      containersOf(pod!).flatMap(({ container }) => (container.ports as RenderedObject[]) ?? []),
    );
    for (const [index, port] of ((service.spec?.ports as RenderedObject[]) ?? []).entries()) {
      const target = port.targetPort ?? port.port;
      const found = ports.some((p) =>
        typeof target === "string" ? p.name === target : p.containerPort === target,
      );
      if (!found) {
        emit(
          service,
          "refs/service-port",
          `spec.ports[${port.name ?? index}].targetPort`,
          `no container declares port ${target}`,
          "traffic to the Service goes nowhere",
          "point targetPort at a named container port",
        );
      }
    }
  }
  for (const route of objects.filter((o) => o.kind === "Route")) {
    const service = services.find((s) => s.metadata?.name === route.spec?.to?.name);
    if (!service) {
      emit(
        route,
        "refs/missing",
        "spec.to.name",
        `Service ${route.spec?.to?.name} does not exist in the overlay`,
        "the router answers 503",
        "point the Route at a Service of the overlay",
      );
      continue;
    }
    const target = route.spec?.port?.targetPort;
    if (
      target !== undefined &&
      !(service.spec.ports as RenderedObject[]).some(
        (p) => p.name === target || p.port === target || p.targetPort === target,
      )
    ) {
      emit(
        route,
        "refs/service-port",
        "spec.port.targetPort",
        `Service ${service.metadata.name} has no port ${target}`,
        "the router answers 503",
        "use one of the Service's port names",
      );
    }
  }
}

function checkImages(object: RenderedObject, platform: Platform, emit: EmitError): void {
  const images = podsOf(object).flatMap((pod) =>
    containersOf(pod).map(({ container, path }) => ({ container, at: pod.fieldPath(`${path}.image`) })),
  );
  for (const { container, at } of images) {
    const image = String(container.image ?? "");
    const [name, digest] = image.split("@");
    const registry = registryOf(image);
    const tag = /:([^/:]+)$/.exec(name!)?.[1];
    if (!platform.allowedRegistries.includes(registry)) {
      emit(
        object,
        "images/registry",
        at,
        `${image} comes from ${registry}`,
        `the platform pulls only from ${platform.allowedRegistries.join(", ")}`,
        RULES["images/registry"].fix,
      );
    }
    if (!digest && (!tag || tag === "latest")) {
      emit(
        object,
        "images/pinned",
        at,
        `${image} has ${tag ? "the tag latest" : "no tag"}`,
        "the image can change under the same name: Argo CD cannot tell, and rollbacks break",
        RULES["images/pinned"].fix,
      );
    }
  }
}

const handlerOf = ({ httpGet, exec, tcpSocket, grpc }: RenderedObject) =>
  JSON.stringify({ httpGet, exec, tcpSocket, grpc });

/**
 * Readiness takes a pod out of rotation; liveness restarts it. A liveness that gives up as soon as
 * readiness does kills a slow but working pod, and its requests, instead of letting it recover.
 */
function checkProbeRoles(
  object: RenderedObject,
  container: RenderedObject,
  path: string,
  emit: EmitError,
): void {
  const { readinessProbe: readiness, livenessProbe: liveness } = container;
  if (!readiness || !liveness) return;
  const sameHandler = handlerOf(readiness) === handlerOf(liveness);
  const factor = sameHandler ? SAME_HANDLER_LIVENESS_FACTOR : 1;
  const [ready, live] = [failureWindowSeconds(readiness), failureWindowSeconds(liveness)];
  if (live >= factor * ready) return;
  emit(
    object,
    "workload/probe-roles",
    `${path}.livenessProbe`,
    `liveness restarts the container after ${live}s of failures${sameHandler ? ", on the readiness probe's handler," : ""} and readiness takes it out of rotation after ${ready}s`,
    "a slow but working pod is killed, with the requests it is serving, instead of being taken out of rotation until it recovers",
    sameHandler
      ? `give liveness a handler that only shows the process answers, or a failure window of at least ${factor}× readiness's (${factor * ready}s): lib/probes.ts probes()`
      : `give liveness a failure window at least as long as readiness's (${ready}s): lib/probes.ts probes()`,
  );
}

function checkWorkload(object: RenderedObject, emit: EmitError): void {
  if (!["Deployment", "StatefulSet"].includes(object.kind)) return;
  const pod = podTemplateOf(object)!;
  for (const { container, path, kind } of containersOf(pod)) {
    if (kind !== "containers") continue;
    for (const probe of ["readinessProbe", "livenessProbe"]) {
      if (!container[probe]) {
        emit(
          object,
          "workload/probes",
          `${path}.${probe}`,
          `no ${probe}`,
          probe === "readinessProbe"
            ? "traffic reaches the pod before it can answer"
            : "a hung process is never restarted",
          `add a ${probe} (lib/probes.ts)`,
        );
      }
    }
    checkProbeRoles(object, container, path, emit);
    for (const resource of ["cpu", "memory"]) {
      if (!container.resources?.requests?.[resource]) {
        emit(
          object,
          "workload/requests",
          `${path}.resources.requests.${resource}`,
          `no ${resource} request`,
          "the scheduler and the quota fall back to the LimitRange's defaults, which are too small for CKAN and Solr",
          RULES["workload/requests"].fix,
        );
      }
    }
    if (!container.resources?.limits?.memory) {
      emit(
        object,
        "workload/memory-limit",
        `${path}.resources.limits.memory`,
        "no memory limit",
        "a leak grows until the node evicts other pods",
        RULES["workload/memory-limit"].fix,
      );
    }
  }
}

/**
 * Every container of a workload requests and limits ephemeral storage, every emptyDir on disk has a
 * sizeLimit, and the limits hold the sizeLimits: the kubelet evicts a pod whose emptyDirs and logs outgrow
 * its containers' limits, so a smaller sum would evict it before any emptyDir is full.
 */
function checkEphemeralStorage(object: RenderedObject, emit: EmitError): void {
  const pod = podTemplateOf(object);
  if (!pod || object.kind === "Pod") return;
  let limits = 0;
  for (const { container, path, kind } of containersOf(pod)) {
    if (kind === "ephemeralContainers") continue;
    for (const field of ["requests", "limits"] as const) {
      const value = container.resources?.[field]?.["ephemeral-storage"];
      if (value === undefined) {
        emit(
          object,
          "workload/ephemeral-storage",
          `${path}.resources.${field}.ephemeral-storage`,
          `no ephemeral-storage ${field === "requests" ? "request" : "limit"}`,
          "the scheduler cannot tell whether the node has room for the container's emptyDirs and log, and a quota on ephemeral storage counts it as nothing",
          "build the container with lib/workload.ts podTemplate(), which sizes it from its emptyDirs and log",
        );
      } else if (field === "limits") limits += parseQuantity(value);
    }
  }
  let sizeLimits = 0;
  for (const volume of (pod.spec.volumes as RenderedObject[] | undefined) ?? []) {
    if (!volume.emptyDir || volume.emptyDir.medium === "Memory") continue;
    if (volume.emptyDir.sizeLimit === undefined) {
      emit(
        object,
        "workload/ephemeral-storage",
        `${pod.path}.volumes[name=${volume.name}].emptyDir.sizeLimit`,
        "an emptyDir without a sizeLimit",
        "nothing bounds what the pod writes to the node's disk until the node runs short and evicts pods",
        "give it a sizeLimit: lib/ephemeral-storage.ts scratchVolume()",
      );
    } else sizeLimits += parseQuantity(volume.emptyDir.sizeLimit);
  }
  if (limits > 0 && limits < sizeLimits) {
    emit(
      object,
      "workload/ephemeral-storage",
      `${pod.path}.containers`,
      `the containers' ephemeral-storage limits (${formatBytes(limits)}) are below the emptyDirs' sizeLimits (${formatBytes(sizeLimits)})`,
      "the kubelet evicts the pod when its emptyDirs and logs pass its containers' limits, before any emptyDir is full",
      "size the containers from their emptyDirs: lib/workload.ts podTemplate()",
    );
  }
}

const WAVE = "argocd.argoproj.io/sync-wave";
const waveOf = (object: RenderedObject): string => String(object.metadata?.annotations?.[WAVE] ?? "0");

/**
 * A claim must sync in the wave of the pod that mounts it: with a WaitForFirstConsumer storage class it
 * stays Pending (Progressing to Argo CD) until that pod exists, so an earlier wave never ends (argo-cd#12840).
 */
function checkClaimWaves(objects: readonly RenderedObject[], emit: EmitError): void {
  const claims = new Map(
    objects.filter((o) => o.kind === "PersistentVolumeClaim").map((o) => [String(o.metadata?.name), o]),
  );
  for (const object of objects) {
    const pod = podTemplateOf(object);
    for (const volume of (pod?.spec.volumes as RenderedObject[] | undefined) ?? []) {
      const claim = claims.get(String(volume.persistentVolumeClaim?.claimName));
      if (!claim || waveOf(claim) === waveOf(object)) continue;
      emit(
        claim,
        "argocd/pvc-wave",
        `metadata.annotations["${WAVE}"]`,
        `the claim syncs in wave ${waveOf(claim)}, ${objectName(object)} that mounts it in wave ${waveOf(object)}`,
        "with a WaitForFirstConsumer storage class the claim stays Pending until its pod exists, so Argo CD waits forever for the earlier wave (argo-cd#12840)",
        RULES["argocd/pvc-wave"].fix,
      );
    }
  }
}

function checkLabels(object: RenderedObject, emit: EmitError): void {
  const labels: Record<string, string> = object.metadata?.labels ?? {};
  const absent = REQUIRED_LABELS.filter((label) => !labels[label]);
  if (absent.length > 0) {
    emit(
      object,
      "labels/app-kubernetes-io",
      "metadata.labels",
      `missing ${absent.join(", ")}`,
      "tools, dashboards and Argo CD group objects by these labels",
      "build the object's metadata with lib/labels.ts",
    );
  }
  const pod = podTemplateOf(object);
  if (
    pod &&
    (!pod.metadata.labels?.["app.kubernetes.io/name"] || !pod.metadata.labels?.["app.kubernetes.io/instance"])
  ) {
    emit(
      object,
      "labels/app-kubernetes-io",
      `${pod.path.replace(/\.spec$/, "")}.metadata.labels`,
      "the pod template lacks app.kubernetes.io/name or instance",
      "Services and NetworkPolicies select pods by these labels",
      "build the pod template with lib/workload.ts",
    );
  }
  if (pod) checkVersionLabels(object, pod, emit);
}

const PROJECT_IMAGES: ReadonlySet<string> = new Set(Object.values(BASE_IMAGES));

/** The version part of a project image's tag (`…/ckan:2.11.6-1a2b3c4@sha256:…` → 2.11.6), else undefined. */
function projectImageVersion(image: unknown): string | undefined {
  if (typeof image !== "string") return undefined;
  const [named] = image.split("@");
  const slash = named!.lastIndexOf("/");
  const colon = named!.indexOf(":", slash + 1);
  if (colon < 0 || !PROJECT_IMAGES.has(named!.slice(slash + 1, colon))) return undefined;
  return tagVersion(named!.slice(colon + 1));
}

/**
 * A workload and its pods say which version they run, and it is the version of the project image they
 * run: the overlay sets the label from its pin (versions/kustomization.yaml), never from versions.env.
 */
function checkVersionLabels(object: RenderedObject, pod: PodTemplate, emit: EmitError): void {
  const template = `${pod.path.replace(/\.spec$/, "")}.metadata.labels`;
  const where: [string, Record<string, string> | undefined][] = [
    ["metadata.labels", object.metadata?.labels],
    [template, pod.metadata.labels],
  ];
  const fix =
    "render again (`npm run render`): each overlay's versions/kustomization.yaml sets the label from its image pins";
  for (const [path, labels] of where) {
    if (!labels?.[VERSION_LABEL])
      emit(
        object,
        "labels/app-kubernetes-io",
        path,
        `missing ${VERSION_LABEL}`,
        "a workload and its pods say which version they run: `oc get pods -L app.kubernetes.io/version`",
        fix,
      );
  }
  const running = containersOf(pod)
    .map(({ container }) => projectImageVersion(container.image))
    .filter((version) => version !== undefined);
  for (const version of new Set(running)) {
    for (const [path, labels] of where) {
      const label = labels?.[VERSION_LABEL];
      if (label && label !== version)
        emit(
          object,
          "labels/version",
          `${path}["${VERSION_LABEL}"]`,
          `is ${label}, but the pods run version ${version} (the version part of the pinned tag)`,
          "the label must say what runs, and change in the same diff as the pin that changes it",
          fix,
        );
    }
  }
}

export function projectFindings(
  objects: readonly RenderedObject[],
  overlay: string,
  platformName: keyof typeof PLATFORMS,
): Finding[] {
  const findings: Finding[] = [];
  const emit = errorEmitter(findings, overlay);
  const platform = PLATFORMS[platformName];
  checkReferences(objects, emit);
  checkClaimWaves(objects, emit);
  for (const object of objects) {
    if (object.kind === "Secret" && (object.data || object.stringData)) {
      emit(
        object,
        "secrets/no-values",
        "data",
        "a Secret with values is rendered",
        "everything rendered is committed to git: the values would leak",
        RULES["secrets/no-values"].fix,
      );
    }
    if (
      object.kind === "PersistentVolumeClaim" &&
      !String(object.metadata?.annotations?.["argocd.argoproj.io/sync-options"] ?? "").includes("Prune=false")
    ) {
      emit(
        object,
        "argocd/pvc-prune",
        "metadata.annotations",
        "no argocd.argoproj.io/sync-options: Prune=false",
        "a rename or removal in git would let Argo CD delete the volume and its data",
        RULES["argocd/pvc-prune"].fix,
      );
    }
    checkImages(object, platform, emit);
    checkWorkload(object, emit);
    checkEphemeralStorage(object, emit);
    checkLabels(object, emit);
  }
  return findings;
}
