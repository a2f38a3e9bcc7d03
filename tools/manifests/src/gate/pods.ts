// The pod templates inside workload objects, with the path to each, for rules that check pods.
import type { RenderedObject } from "./finding.ts";

export interface PodTemplate {
  /** Path of the pod spec in the object, e.g. `spec.template.spec`. */
  readonly path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly spec: Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly metadata: Record<string, any>;
}

export interface ContainerAt {
  /** e.g. `spec.template.spec.containers[name=ckan]`. */
  readonly path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly container: Record<string, any>;
  readonly kind: "containers" | "initContainers" | "ephemeralContainers";
}

export function podTemplateOf(object: RenderedObject): PodTemplate | undefined {
  switch (object.kind) {
    case "Pod":
      return { path: "spec", spec: object.spec ?? {}, metadata: object.metadata ?? {} };
    case "CronJob":
      return template(object.spec?.jobTemplate?.spec?.template, "spec.jobTemplate.spec.template");
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "Job":
      return template(object.spec?.template, "spec.template");
    default:
      return undefined;
  }
}

function template(value: RenderedObject | undefined, path: string): PodTemplate | undefined {
  return value?.spec ? { path: `${path}.spec`, spec: value.spec, metadata: value.metadata ?? {} } : undefined;
}

export function containersOf(pod: PodTemplate): ContainerAt[] {
  return (["initContainers", "containers", "ephemeralContainers"] as const).flatMap((kind) =>
    ((pod.spec[kind] as RenderedObject[] | undefined) ?? []).map((container) => ({
      kind,
      container,
      path: `${pod.path}.${kind}[name=${String(container.name)}]`,
    })),
  );
}
