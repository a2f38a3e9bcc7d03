// Pod templates and containers with the project's defaults applied once: labels, restricted security
// contexts, resources from the environment's sizes, no service-account token, no service-link env vars.
import type { IDeploymentStrategy } from "kubernetes-models/apps/v1";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import type { IContainer, IPodTemplateSpec, IVolume } from "kubernetes-models/v1";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Service } from "kubernetes-models/v1/Service";
import type { WorkloadSize } from "../settings/environment-settings.ts";
import { KEEP_DATA, syncWave, SYNC_WAVES } from "./argocd.ts";
import { labels, selectorLabels, type Identity } from "./labels.ts";
import type { ProbeSet } from "./probes.ts";
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

export function container(props: ContainerProps): IContainer {
  return {
    name: props.name,
    image: props.image,
    ...(props.command ? { command: [...props.command] } : {}),
    ...(props.args ? { args: [...props.args] } : {}),
    ...(props.ports ? { ports: props.ports } : {}),
    ...(props.envFrom ? { envFrom: props.envFrom } : {}),
    ...(props.env ? { env: props.env } : {}),
    resources: resources(props.size),
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
}

export function podTemplate(props: PodTemplateProps): IPodTemplateSpec {
  const exceptions = props.containers
    .filter((c) => c.securityException)
    .map((c) => `${c.name}: ${c.securityException!.reason}`);
  const annotations = {
    ...props.annotations,
    ...(exceptions.length > 0 ? { [SECURITY_EXCEPTION_ANNOTATION]: exceptions.join("; ") } : {}),
  };
  return {
    metadata: {
      labels: labels(props.identity),
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
      containers: props.containers.map(container),
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
    labels: labels(props.identity),
    annotations: { ...syncWave(props.wave), ...(exception ? { [KUBE_LINTER_READ_ONLY_ROOT]: exception.reason } : {}) },
  };
}

/** A single-replica Deployment; `strategy` is required because the right one depends on the volumes. */
export function deployment(props: WorkloadProps & { readonly strategy: IDeploymentStrategy }): Deployment {
  return new Deployment({
    metadata: workloadMetadata(props),
    spec: {
      replicas: 1,
      strategy: props.strategy,
      selector: { matchLabels: selectorLabels(props.identity) },
      template: podTemplate(props),
    },
  });
}

/** A single-replica StatefulSet: never two pods on the same data, even during a rollout. */
export function statefulSet(props: WorkloadProps): StatefulSet {
  return new StatefulSet({
    metadata: workloadMetadata(props),
    spec: {
      replicas: 1,
      serviceName: props.identity.name,
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

/** A ClusterIP Service on one named TCP port (same number as the container's), selecting the workload. */
export function service(identity: Identity, port: NamedPort, wave: number = SYNC_WAVES.foundation): Service {
  return new Service({
    metadata: { name: identity.name, labels: labels(identity), annotations: syncWave(wave) },
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(identity),
      ports: [{ name: port.name, port: port.port, targetPort: port.name, protocol: "TCP" }],
    },
  });
}

/** A ReadWriteOnce claim that Argo CD never prunes or deletes with the application. */
export function persistentVolumeClaim(name: string, identity: Identity, storage: string): PersistentVolumeClaim {
  return new PersistentVolumeClaim({
    metadata: {
      name,
      labels: labels(identity),
      annotations: { ...syncWave(SYNC_WAVES.foundation), ...KEEP_DATA },
    },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage } } },
  });
}

/** An emptyDir for scratch space the read-only root filesystem does not offer. */
export function scratchVolume(name: string, sizeLimit = "256Mi"): IVolume {
  return { name, emptyDir: { sizeLimit } };
}
