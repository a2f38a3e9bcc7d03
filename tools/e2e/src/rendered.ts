// What the pods get, read from the rendered sandbox overlay (kustomize's output, not a copy): each
// container's command, arguments, environment (ConfigMaps and Secrets resolved as the kubelet does) and
// probes, and each Service's port.
import path from "node:path";
import { kustomizeBuild } from "@ckan-openshift/manifests/kustomize";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export interface Probe {
  readonly httpPath?: string;
  readonly exec?: readonly string[];
}

export interface RenderedContainer {
  /** `Kind/name` of the workload, for messages. */
  readonly workload: string;
  /** Its pods' app.kubernetes.io/component (web, worker, database …). */
  readonly component?: string;
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Where each variable came from (`ConfigMap ckan-config`, `Secret ckan-secrets` …), for messages. */
  readonly envSource: Readonly<Record<string, string>>;
  readonly readiness?: Probe;
  readonly liveness?: Probe;
  /** Mount path → PersistentVolumeClaim, for the volumes that outlive the pod. */
  readonly claims: Readonly<Record<string, string>>;
}

export interface RenderedStack {
  readonly containers: ReadonlyMap<string, RenderedContainer>;
  readonly services: ReadonlyMap<string, number>;
  readonly namespace: string;
}

/** Secret name → key → value; the cluster's Secrets, here from the secrets tool's dry run. */
export type SecretStore = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** Kubernetes' $(VAR) expansion in command, args and env values; $$( escapes. */
export function expandReferences(value: string, env: Readonly<Record<string, string>>): string {
  return value.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (match, name?: string) =>
    name === undefined ? "$(" : (env[name] ?? match),
  );
}

function probeOf(probe: Obj | undefined): Probe | undefined {
  if (!probe) return undefined;
  return {
    ...(probe.httpGet ? { httpPath: probe.httpGet.path } : {}),
    ...(probe.exec ? { exec: probe.exec.command } : {}),
  };
}

function resolveContainer(
  workload: string,
  component: string | undefined,
  container: Obj,
  volumes: readonly Obj[],
  configMaps: Map<string, Obj>,
  secrets: SecretStore,
): RenderedContainer {
  const env: Record<string, string> = {};
  const envSource: Record<string, string> = {};
  const source = (kind: "ConfigMap" | "Secret", name: string): Readonly<Record<string, string>> => {
    const data = kind === "ConfigMap" ? configMaps.get(name) : secrets.get(name);
    if (!data) throw new Error(`${workload}: ${kind} ${name} is referenced but does not exist`);
    return data;
  };
  for (const from of container.envFrom ?? []) {
    const [kind, name] = from.configMapRef
      ? (["ConfigMap", from.configMapRef.name] as const)
      : (["Secret", from.secretRef.name] as const);
    for (const [key, value] of Object.entries(source(kind, name))) {
      env[key] = value;
      envSource[key] = `${kind} ${name}`;
    }
  }
  for (const variable of container.env ?? []) {
    if (variable.valueFrom?.secretKeyRef) {
      const { name, key } = variable.valueFrom.secretKeyRef;
      const value = source("Secret", name)[key];
      if (value === undefined) throw new Error(`${workload}: Secret ${name} has no key ${key}`);
      env[variable.name] = value;
      envSource[variable.name] = `Secret ${name}`;
    } else if (variable.valueFrom?.configMapKeyRef) {
      const { name, key } = variable.valueFrom.configMapKeyRef;
      env[variable.name] = source("ConfigMap", name)[key] ?? "";
      envSource[variable.name] = `ConfigMap ${name}`;
    } else {
      env[variable.name] = expandReferences(variable.value ?? "", env);
      envSource[variable.name] = `${workload} env`;
    }
  }
  return {
    workload,
    ...(component ? { component } : {}),
    command: (container.command ?? []).map((part: string) => expandReferences(part, env)),
    args: (container.args ?? []).map((part: string) => expandReferences(part, env)),
    env,
    envSource,
    readiness: probeOf(container.readinessProbe),
    liveness: probeOf(container.livenessProbe),
    claims: Object.fromEntries(
      (container.volumeMounts ?? []).flatMap((mount: Obj) => {
        const claim = volumes.find((volume) => volume.name === mount.name)?.persistentVolumeClaim?.claimName;
        return claim ? [[mount.mountPath, claim]] : [];
      }),
    ),
  };
}

/**
 * Renders manifests/overlays/<environment> with the real kustomize and resolves every container.
 * `changes` replaces values of ConfigMaps or Secrets first (to prove that a wrong setting fails).
 */
export async function renderedStack(
  workspaceRoot: string,
  environment: string,
  secrets: SecretStore,
  changes: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map(),
): Promise<RenderedStack> {
  const objects = (await kustomizeBuild(
    path.join(workspaceRoot, "manifests/overlays", environment),
  )) as Obj[];
  const configMaps = new Map(
    objects.filter((o) => o.kind === "ConfigMap").map((o) => [o.metadata.name, o.data ?? {}]),
  );
  for (const [name, data] of changes) {
    if (configMaps.has(name)) configMaps.set(name, { ...configMaps.get(name), ...data });
    else if (!secrets.has(name))
      throw new Error(`--set: the overlay has no ConfigMap or Secret named ${name}`);
  }
  const containers = new Map<string, RenderedContainer>();
  const podTemplate = (o: Obj): Obj | undefined => o.spec?.template ?? o.spec?.jobTemplate?.spec?.template;
  const podSpec = (o: Obj): Obj | undefined => podTemplate(o)?.spec;
  for (const object of objects.filter(podSpec)) {
    const spec = podSpec(object)!;
    for (const container of spec.containers) {
      // Keyed by workload name: every workload of the stack has one container.
      containers.set(
        object.metadata.name,
        resolveContainer(
          `${object.kind}/${object.metadata.name}`,
          podTemplate(object)?.metadata?.labels?.["app.kubernetes.io/component"],
          container,
          spec.volumes ?? [],
          configMaps,
          secrets,
        ),
      );
    }
  }
  // Clients dial the Services with a cluster IP; a StatefulSet's headless one only names its pods.
  const services = new Map<string, number>(
    objects
      .filter((o) => o.kind === "Service" && o.spec.clusterIP !== "None")
      .map((o) => [o.metadata.name, o.spec.ports[0].port]),
  );
  return { containers, services, namespace: objects[0]?.metadata?.namespace ?? "" };
}

/** The job workers' Deployments (component `worker`): `ckan-worker` and one per `ckan.workerQueues` entry. */
export function workersOf(stack: RenderedStack): [string, RenderedContainer][] {
  return [...stack.containers].filter(([, container]) => container.component === "worker");
}

export function containerOf(stack: RenderedStack, name: string): RenderedContainer {
  const container = stack.containers.get(name);
  if (!container) throw new Error(`the rendered overlay has no workload named ${name}`);
  return container;
}

/** Names a setting and its rendered value, for failure messages. */
export function setting(container: RenderedContainer, name: string): string {
  const value = container.env[name] ?? "(unset)";
  const shown = /PASSWORD|SECRET|_URL$|URI$/.test(name)
    ? value.replace(/\/\/([^:@/]*):[^@]*@/, "//$1:***@")
    : value;
  return `${name}=${shown} (from ${container.envSource[name] ?? "nowhere"})`;
}
