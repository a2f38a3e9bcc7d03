// Proof that the tier can fail: broken inputs, each of which must be caught by the tier's own
// checks with a message that names the object and the cause. They run on the cluster the journey used,
// each in a namespace of its own (made as the sandbox's is) or beside the running stack.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PLATFORMS, type PlatformName } from "@ckan-openshift/manifests/stack";
import { $ } from "zx";
import { checkImageUsers } from "./image-contract.ts";
import { apply, getJson, kubectl } from "./kube.ts";
import { platformLimits, project, volumeFor } from "./openshift-like.ts";
import { cluster, run } from "./paths.ts";
import { claims, PUBLISHED_REGISTRY, type Pushed, type Rendered } from "./sandbox.ts";
import { checkServices } from "./services.ts";
import { waitForWorkloads } from "./workloads.ts";

export interface MutationContext {
  readonly rendered: Rendered;
  /** The namespace the journey ran in, still up. */
  readonly namespace: string;
  readonly platform: PlatformName;
  readonly pushed: readonly Pushed[];
  /** The engine's CONTAINERS_* variables. */
  readonly engine: Record<string, string>;
}

interface Mutation {
  readonly name: string;
  /** What the tier's message must say: the object and the cause. */
  readonly expect: RegExp;
  /** Breaks something and runs the tier's check that must catch it; resolves if nothing was caught. */
  readonly run: (context: MutationContext) => Promise<void>;
}

type Rendered1 = Rendered["objects"][number];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const pushedImage = (context: MutationContext, image: string) => {
  const found = context.pushed.find((entry) => entry.image === image);
  if (!found) throw new Error(`no pushed ${image} image`);
  return found;
};

/** Builds `FROM <image>` plus `lines` with podman and pushes it; returns the name pods pull it by. */
async function derivedImage(
  context: MutationContext,
  image: string,
  name: string,
  lines: string[],
): Promise<string> {
  const base = pushedImage(context, image);
  const directory = mkdtempSync(path.join(tmpdir(), "ckan-mutation-"));
  writeFileSync(
    path.join(directory, "Containerfile"),
    [`FROM ${base.repository}:${base.tag}`, ...lines, ""].join("\n"),
  );
  const local = `${cluster.registry}/ckan-openshift/${name}:mutation`;
  const podman = $({ quiet: true, env: { ...process.env, ...context.engine } });
  await podman`podman build --file ${path.join(directory, "Containerfile")} --tag ${local} ${directory}`;
  await podman`podman push ${local}`;
  return `${PUBLISHED_REGISTRY}/${name}:mutation`;
}

/** A namespace made as the sandbox's is, with the platform's quota and a volume for each claim. */
async function mutationNamespace(
  context: MutationContext,
  name: string,
  objects: Rendered1[],
): Promise<string> {
  const namespace = `mutation-${name}`;
  await apply([project(namespace)]);
  await apply(platformLimits(namespace, PLATFORMS[context.platform]));
  const volumes = claims({ yaml: "", objects }).map((claim) => {
    const directory = path.join(run, "volumes", namespace, claim.name);
    mkdirSync(directory, { recursive: true });
    return volumeFor(namespace, claim, directory, "localhost");
  });
  await apply(volumes);
  return namespace;
}

/** Copies Secrets from the journey's namespace (values stay in memory), minus `dropKeys`. */
async function copySecrets(
  context: MutationContext,
  namespace: string,
  names: string[],
  dropKeys: string[] = [],
) {
  for (const name of names) {
    const secret = await getJson<Loose>(["secret", name, "-n", context.namespace]);
    for (const key of dropKeys) delete secret.data?.[key];
    await apply([
      {
        apiVersion: "v1",
        kind: "Secret",
        metadata: { name, namespace },
        type: secret.type,
        data: secret.data,
      },
    ]);
  }
}

function pick(context: MutationContext, ...names: string[]): Rendered1[] {
  return context.rendered.objects.filter((object) =>
    names.includes(`${object.kind}/${object.metadata.name}`),
  );
}

function withImage(objects: Rendered1[], image: string): Rendered1[] {
  return objects.map((object) => {
    const copy = structuredClone(object) as Loose;
    for (const container of copy.spec?.template?.spec?.containers ?? []) container.image = image;
    return copy as Rendered1;
  });
}

async function deploy(namespace: string, objects: Rendered1[]) {
  const relocated = objects.map((object) => ({ ...object, metadata: { ...object.metadata, namespace } }));
  await apply(relocated);
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "an image that writes where its arbitrary UID (GID 0) may not",
    expect: /StatefulSet solr cannot start[\s\S]*(Permission denied|AccessDenied)/,
    run: async (context) => {
      // The classic: a directory owned by the image's own user, not group 0 and group-writable.
      const image = await derivedImage(context, "solr", "solr-owned-home", [
        "USER 0",
        "RUN mkdir -p /opt/solr-home && chown 8983:8983 /opt/solr-home && chmod 0755 /opt/solr-home",
        "ENV SOLR_HOME=/opt/solr-home",
        "USER 8983",
      ]);
      const objects = pick(context, "StatefulSet/solr", "Service/solr", "PersistentVolumeClaim/solr-data");
      const namespace = await mutationNamespace(context, "solr-home", objects);
      await deploy(namespace, withImage(objects, image));
      await waitForWorkloads(namespace, ["StatefulSet/solr"], 300);
    },
  },
  {
    name: "an image that declares USER 0",
    expect: /image \S+ckan-as-root\S* declares USER 0 \(root\)/,
    run: async (context) => {
      await derivedImage(context, "ckan", "ckan-as-root", ["USER 0"]);
      await checkImageUsers([`${cluster.registry}/ckan-openshift/ckan-as-root:mutation`], context.engine);
    },
  },
  {
    name: "a container that needs a writable root filesystem",
    expect: /Deployment ckan cannot start[\s\S]*(Read-only file system|\/srv\/app is not writable)/,
    run: async (context) => {
      // The runtime ini written next to the image's files instead of on the config volume.
      const image = await derivedImage(context, "ckan", "ckan-ini-in-image", [
        "ENV CKAN_INI=/srv/app/ckan-runtime.ini",
      ]);
      const objects = pick(
        context,
        "Deployment/ckan",
        "ConfigMap/ckan-config",
        "PersistentVolumeClaim/ckan-storage",
      );
      const namespace = await mutationNamespace(context, "root-fs", objects);
      await copySecrets(context, namespace, ["ckan-secrets"]);
      await deploy(namespace, withImage(objects, image));
      await waitForWorkloads(namespace, ["Deployment/ckan"], 300);
    },
  },
  {
    name: "a Service whose targetPort no container listens on",
    expect: /Service ckan-wrong-port port 5000 \(targetPort 8080\) does not answer/,
    run: async (context) => {
      const [web] = pick(context, "Service/ckan") as Loose[];
      const service = structuredClone(web!);
      service.metadata = {
        name: "ckan-wrong-port",
        namespace: context.namespace,
        labels: web!.metadata.labels,
      };
      service.spec.ports = [{ ...service.spec.ports[0], targetPort: 8080 }];
      await apply([service]);
      try {
        await checkServices(context.namespace);
      } finally {
        await kubectl`kubectl delete service ckan-wrong-port -n ${context.namespace}`;
      }
    },
  },
  {
    name: "a Secret without a key the pods need",
    expect:
      /Deployment redis cannot start[\s\S]*CreateContainerConfigError: couldn't find key REDIS_PASSWORD in Secret mutation-secret-key\/redis-secrets/,
    run: async (context) => {
      const objects = pick(context, "Deployment/redis", "Service/redis");
      const namespace = await mutationNamespace(context, "secret-key", objects);
      await copySecrets(context, namespace, ["redis-secrets"], ["REDIS_PASSWORD"]);
      await deploy(namespace, objects);
      await waitForWorkloads(namespace, ["Deployment/redis"], 120);
    },
  },
  {
    name: "a pod that pins runAsUser (restricted-v2 assigns it)",
    expect: /Deployment redis cannot start[\s\S]*FailedCreate[\s\S]*outside the namespace range/,
    run: async (context) => {
      const objects = pick(context, "Deployment/redis") as Loose[];
      const pinned = structuredClone(objects[0]!);
      pinned.spec.template.spec.securityContext = {
        ...pinned.spec.template.spec.securityContext,
        runAsUser: 1001,
      };
      const namespace = await mutationNamespace(context, "pinned-uid", []);
      await copySecrets(context, namespace, ["redis-secrets"]);
      await deploy(namespace, [pinned as Rendered1]);
      await waitForWorkloads(namespace, ["Deployment/redis"], 120);
    },
  },
];

/** Runs every mutation; returns one line per mutation and whether each was caught as expected. */
export async function runMutations(context: MutationContext): Promise<{ ok: boolean; lines: string[] }> {
  const lines: string[] = [];
  let ok = true;
  for (const mutation of MUTATIONS) {
    const started = performance.now();
    const caught = await mutation.run(context).then(
      () => undefined,
      (error: Error) => error.message,
    );
    const took = `${((performance.now() - started) / 1000).toFixed(1)}s`;
    if (caught !== undefined && mutation.expect.test(caught)) {
      lines.push(`✓ ${mutation.name} (${took}): ${caught.split("\n").slice(0, 3).join(" ").slice(0, 240)}`);
    } else {
      ok = false;
      lines.push(
        caught === undefined
          ? `✗ ${mutation.name}: the tier did not fail`
          : `✗ ${mutation.name}: the tier failed, but not naming ${mutation.expect}:\n    ${caught}`,
      );
    }
  }
  await kubectl({
    nothrow: true,
  })`kubectl delete namespace -l ${"ckan-cluster-tier/scc=restricted-v2"} --field-selector ${"metadata.name!=" + context.namespace} --wait=false`;
  return { ok, lines };
}
