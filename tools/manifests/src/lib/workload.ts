// Pod templates and containers with the project's defaults applied once: labels, restricted security
// contexts, resources from the environment's sizes, no service-account token, no service-link env vars.
import type { IDeploymentStrategy } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Job } from "kubernetes-models/batch/v1/Job";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import type { IContainer, IEnvVar, IPodTemplateSpec, IVolume } from "kubernetes-models/v1";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Service } from "kubernetes-models/v1/Service";
import type { WorkloadSize } from "../settings/environment-settings.ts";
import { KEEP_DATA, SYNC_HOOK, syncWave, SYNC_WAVES } from "./argocd.ts";
import { labels, runningLabels, selectorLabels, type Identity } from "./labels.ts";
import type { ProbeSet } from "./probes.ts";
import { ephemeralStorage } from "./ephemeral-storage.ts";
import { resources } from "./resources.ts";
import {
  containerSecurityContext,
  POD_SECURITY_CONTEXT,
  SECURITY_EXCEPTION_ANNOTATION,
  type SecurityException,
} from "./security.ts";

export interface ContainerProps {
  readonly name: string;
  readonly image: string;
  readonly size: WorkloadSize;
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly ports?: IContainer["ports"];
  readonly env?: IContainer["env"];
  readonly envFrom?: IContainer["envFrom"];
  readonly volumeMounts?: IContainer["volumeMounts"];
  /** Every long-running container has readiness and liveness probes. */
  readonly probes?: ProbeSet;
  /** The only way to loosen the default security context; the reason is recorded on the pod. */
  readonly securityException?: SecurityException;
}

/** `ephemeralStorage`: what it writes on the node (lib/ephemeral-storage.ts), requested and limited. */
export function container(props: ContainerProps, ephemeralStorage: string): IContainer {
  return {
    name: props.name,
    image: props.image,
    ...(props.command ? { command: [...props.command] } : {}),
    ...(props.args ? { args: [...props.args] } : {}),
    ...(props.ports ? { ports: props.ports } : {}),
    ...(props.envFrom ? { envFrom: props.envFrom } : {}),
    ...(props.env ? { env: props.env } : {}),
    resources: resources(props.size, ephemeralStorage),
    ...(props.probes ?? {}),
    securityContext: containerSecurityContext(props.securityException),
    ...(props.volumeMounts ? { volumeMounts: props.volumeMounts } : {}),
  };
}

export interface PodTemplateProps {
  readonly identity: Identity;
  readonly containers: readonly (ContainerProps & { readonly name: string })[];
  readonly volumes?: readonly IVolume[];
  readonly annotations?: Record<string, string>;
  readonly restartPolicy?: "Always" | "OnFailure" | "Never";
  /** Seconds before the kubelet stops the pod; also puts a Job's pod in the Terminating quota scope. */
  readonly activeDeadlineSeconds?: number;
  readonly terminationGracePeriodSeconds?: number;
  /** Spread the replicas over nodes and zones (best effort: a small cluster still schedules them). */
  readonly spread?: boolean;
}

function topologySpread(
  identity: Identity,
): NonNullable<IPodTemplateSpec["spec"]>["topologySpreadConstraints"] {
  return ["kubernetes.io/hostname", "topology.kubernetes.io/zone"].map((topologyKey) => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: "ScheduleAnyway" as const,
    labelSelector: { matchLabels: selectorLabels(identity) },
  }));
}

export function podTemplate(props: PodTemplateProps): IPodTemplateSpec {
  const volumes = props.volumes ?? [];
  const exceptions = props.containers
    .filter((c) => c.securityException)
    .map((c) => `${c.name}: ${c.securityException!.reason}`);
  const annotations = {
    ...props.annotations,
    ...(exceptions.length > 0 ? { [SECURITY_EXCEPTION_ANNOTATION]: exceptions.join("; ") } : {}),
  };
  return {
    metadata: {
      labels: runningLabels(props.identity),
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    spec: {
      // The pods never call the Kubernetes API.
      automountServiceAccountToken: false,
      // Service links would inject SOLR_PORT=tcp://… and the like, which Solr and Redis misread.
      enableServiceLinks: false,
      securityContext: POD_SECURITY_CONTEXT,
      ...(props.restartPolicy ? { restartPolicy: props.restartPolicy } : {}),
      ...(props.activeDeadlineSeconds ? { activeDeadlineSeconds: props.activeDeadlineSeconds } : {}),
      ...(props.terminationGracePeriodSeconds !== undefined
        ? { terminationGracePeriodSeconds: props.terminationGracePeriodSeconds }
        : {}),
      ...(props.spread ? { topologySpreadConstraints: topologySpread(props.identity) } : {}),
      containers: props.containers.map((props) =>
        container(props, ephemeralStorage(props, volumes, props.securityException?.writableRoot)),
      ),
      ...(props.volumes ? { volumes: [...props.volumes] } : {}),
    },
  };
}

export interface WorkloadProps extends PodTemplateProps {
  /** The Argo CD sync wave of the workload (see argocd.ts). */
  readonly wave: number;
}

/** kube-linter reads exceptions from the workload's own metadata, with the reason as the value. */
const KUBE_LINTER_READ_ONLY_ROOT = "ignore-check.kube-linter.io/no-read-only-root-fs";

function workloadMetadata(props: WorkloadProps) {
  const exception = props.containers.find((container) => container.securityException)?.securityException;
  return {
    name: props.identity.name,
    labels: runningLabels(props.identity),
    annotations: {
      ...syncWave(props.wave),
      ...(exception ? { [KUBE_LINTER_READ_ONLY_ROOT]: exception.reason } : {}),
    },
  };
}

export interface DeploymentProps extends WorkloadProps {
  /** Required: the right strategy depends on the volumes. */
  readonly strategy: IDeploymentStrategy;
  /** Pods; `"autoscaled"` leaves the count to a HorizontalPodAutoscaler, so Argo CD never resets it. @default 1 */
  readonly replicas?: number | "autoscaled";
}

export function deployment(props: DeploymentProps): Deployment {
  const replicas = props.replicas ?? 1;
  return new Deployment({
    metadata: workloadMetadata(props),
    spec: {
      ...(replicas === "autoscaled" ? {} : { replicas }),
      strategy: props.strategy,
      selector: { matchLabels: selectorLabels(props.identity) },
      template: podTemplate(props),
    },
  });
}

/** The headless Service a StatefulSet names as its serviceName (see headlessService()). */
export const governingServiceName = (identity: Identity): string => `${identity.name}-headless`;

/**
 * A single-replica StatefulSet: never two pods on the same data, even during a rollout. Its serviceName
 * is the headless Service governingServiceName() names, which the component must add (headlessService()).
 */
export function statefulSet(props: WorkloadProps): StatefulSet {
  return new StatefulSet({
    metadata: workloadMetadata(props),
    spec: {
      replicas: 1,
      serviceName: governingServiceName(props.identity),
      selector: { matchLabels: selectorLabels(props.identity) },
      template: podTemplate(props),
    },
  });
}

export interface NamedPort {
  /** Probes, Services and the Route refer to the port by this name, never by number. */
  readonly name: string;
  readonly port: number;
}

/** The container port for a named port. */
export function containerPort({ name, port }: NamedPort): NonNullable<IContainer["ports"]>[number] {
  return { name, containerPort: port, protocol: "TCP" };
}

/**
 * The pod spec a pod-making object carries (a workload, or a CloudNativePG Pooler), if any: what settings
 * applied to every pod (images, scheduling) edit in place.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any object's typed fields, walked by kind
export function podSpecOf(object: Record<string, any>): Record<string, any> | undefined {
  if (object.kind === "CronJob") return object.spec?.jobTemplate?.spec?.template?.spec;
  if (["Deployment", "StatefulSet", "Job", "Pooler"].includes(object.kind))
    return object.spec?.template?.spec;
  return undefined;
}

/** An environment entry read from a key of a Secret. */
export const secretEnv = (name: string, secret: string, key: string): IEnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key } },
});

/** A ClusterIP Service on one named TCP port (same number as the container's), selecting the workload. */
export function service(
  identity: Identity,
  port: NamedPort,
  wave: number = SYNC_WAVES.configuration,
): Service {
  return new Service({
    metadata: { name: identity.name, labels: labels(identity), annotations: syncWave(wave) },
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(identity),
      ports: [{ name: port.name, port: port.port, targetPort: port.name, protocol: "TCP" }],
    },
  });
}

/**
 * The headless Service (no cluster IP) that governs a StatefulSet: it gives each pod its stable DNS name
 * (<pod>.<service>), which is what a StatefulSet's serviceName is for. Clients keep using service().
 */
export function headlessService(identity: Identity, port: NamedPort): Service {
  return new Service({
    metadata: {
      name: governingServiceName(identity),
      labels: labels(identity),
      annotations: syncWave(SYNC_WAVES.configuration),
    },
    spec: {
      clusterIP: "None",
      selector: selectorLabels(identity),
      ports: [{ name: port.name, port: port.port, targetPort: port.name, protocol: "TCP" }],
    },
  });
}

export interface ClaimOptions {
  /** @default "ReadWriteOnce" */
  readonly accessMode?: "ReadWriteOnce" | "ReadWriteMany";
  /** @default the cluster's default StorageClass */
  readonly storageClass?: string;
}

/**
 * A claim that Argo CD never prunes or deletes with the application. It syncs in the wave of the pod that
 * mounts it: with a WaitForFirstConsumer storage class the claim stays Pending (which Argo CD counts as
 * Progressing) until that pod exists, so an earlier wave would wait forever (argo-cd#12840).
 */
export function persistentVolumeClaim(
  name: string,
  identity: Identity,
  storage: string,
  consumerWave: number,
  options: ClaimOptions = {},
): PersistentVolumeClaim {
  return new PersistentVolumeClaim({
    metadata: {
      name,
      labels: labels(identity),
      annotations: { ...syncWave(consumerWave), ...KEEP_DATA },
    },
    spec: {
      accessModes: [options.accessMode ?? "ReadWriteOnce"],
      ...(options.storageClass ? { storageClassName: options.storageClass } : {}),
      resources: { requests: { storage } },
    },
  });
}

/** Keeps `minAvailable` pods of a workload through voluntary disruptions (node drains, upgrades). */
export function podDisruptionBudget(identity: Identity, minAvailable = 1): PodDisruptionBudget {
  return new PodDisruptionBudget({
    metadata: {
      name: identity.name,
      labels: labels(identity),
      annotations: syncWave(SYNC_WAVES.application),
    },
    spec: { minAvailable, selector: { matchLabels: selectorLabels(identity) } },
  });
}

/** Scales a Deployment between `min` and `max` pods on average CPU use (percent of the request). */
export function cpuAutoscaler(
  identity: Identity,
  scale: { readonly minReplicas: number; readonly maxReplicas: number; readonly cpuUtilization: number },
): HorizontalPodAutoscaler {
  return new HorizontalPodAutoscaler({
    metadata: {
      name: identity.name,
      labels: labels(identity),
      annotations: syncWave(SYNC_WAVES.application),
    },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: identity.name },
      minReplicas: scale.minReplicas,
      maxReplicas: scale.maxReplicas,
      metrics: [
        {
          type: "Resource",
          resource: {
            name: "cpu",
            target: { type: "Utilization", averageUtilization: scale.cpuUtilization },
          },
        },
      ],
    },
  });
}

const RUNS_TO_COMPLETION = "a run-to-completion pod serves nothing; activeDeadlineSeconds bounds it";

/**
 * A Job that Argo CD runs on every sync as a `Sync` hook in `wave`. Its name is fixed: Argo CD re-creates it
 * (BeforeHookCreation), and a random one would leave the application permanently out of sync. The pod
 * never restarts in place (the Job retries up to 3 times) and `activeDeadlineSeconds` bounds it, which
 * also puts it in the quota's Terminating scope.
 */
export function syncHookJob(
  props: PodTemplateProps & { readonly wave: number; readonly activeDeadlineSeconds: number },
): Job {
  return new Job({
    metadata: {
      name: props.identity.name,
      labels: runningLabels(props.identity),
      annotations: {
        ...syncWave(props.wave),
        ...SYNC_HOOK,
        "ignore-check.kube-linter.io/no-liveness-probe": RUNS_TO_COMPLETION,
        "ignore-check.kube-linter.io/no-readiness-probe": RUNS_TO_COMPLETION,
      },
    },
    spec: { backoffLimit: 3, template: podTemplate({ ...props, restartPolicy: "Never" }) },
  });
}
