// The CI overlay for kind (.github/workflows/e2e-kind.yml): the rendered sandbox overlay, made to behave
// like OpenShift on a plain cluster, and nothing else changed.
// - The namespace enforces Pod Security `restricted`, as OpenShift's restricted-v2 SCC does.
// - Every pod runs as a random high UID with GID 0 and that UID as its fsGroup: what restricted-v2
//   assigns from the namespace's range. This is a CI-only patch: the product never pins IDs (the
//   gate's openshift/pinned-id rule), and kind would otherwise run the images' own USER, hiding any
//   file an image leaves writable only by that user.
// - Every container requests 100m CPU: the sandbox's requests (about 2 CPUs with the Job) do not fit a
//   2-core GitHub runner next to kind's own pods. Memory requests and limits are kept.
// - The Route is removed (kind has no Route API); the smoke test reaches the web Service by port-forward.
// - The project's images point at the ones built in CI and loaded into kind.
//   usage: node tools/e2e/src/kind-overlay.ts --out <dir> [--image <name>=<reference>]... [--uid <n>]
import { randomInt } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { kustomizeBuild } from "@ckan-openshift/manifests/kustomize";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const REPO = path.resolve(import.meta.dirname, "../../..");
export const SANDBOX_OVERLAY = path.join(REPO, "manifests/overlays/sandbox");
/** OpenShift's per-namespace UID ranges start at 1000000000 and are 10000 wide. */
const UID_RANGE = { min: 1_000_000_000, max: 2_000_000_000 } as const;
const POD_KINDS = new Set(["Deployment", "StatefulSet", "Job", "CronJob"]);

/** The pod spec of a workload (a CronJob's is one level deeper, in its Job template). */
function podSpec(object: Obj): Obj {
  return object.kind === "CronJob" ? object.spec.jobTemplate.spec.template.spec : object.spec.template.spec;
}

/** A strategic-merge patch body that sets `spec` as the workload's pod spec. */
function podSpecPatch(kind: string, spec: Obj): Obj {
  const template = { template: { spec } };
  return kind === "CronJob" ? { jobTemplate: { spec: template } } : template;
}
const CI_CPU_REQUEST = "100m";

export interface KindOverlayOptions {
  /** The UID every pod runs as (and its fsGroup). */
  readonly uid: number;
  /** Image name without tag or digest (`ckan`, `ckan-solr`, `ckan-postgres`) → the reference to run. */
  readonly images: ReadonlyMap<string, string>;
}

/** `repository/name:tag@digest` → `repository/name`. */
function imageName(reference: string): string {
  const withoutDigest = reference.split("@")[0]!;
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  return colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** Splits a reference into kustomize's `newName` and `newTag` or `digest`. */
function kustomizeImage(name: string, reference: string): Obj {
  const [nameAndTag, digest] = reference.split("@");
  const newName = imageName(nameAndTag!);
  const tag = nameAndTag!.slice(newName.length + 1);
  return { name, newName, ...(tag ? { newTag: tag } : {}), ...(digest ? { digest } : {}) };
}

/** The overlay's files (relative path → content) for the sandbox's rendered objects. */
export function kindOverlayFiles(
  rendered: readonly Obj[],
  outDir: string,
  options: KindOverlayOptions,
): Map<string, string> {
  if (!Number.isInteger(options.uid) || options.uid < UID_RANGE.min || options.uid >= UID_RANGE.max) {
    throw new Error(
      `--uid ${options.uid}: use an integer in [${UID_RANGE.min}, ${UID_RANGE.max}), as OpenShift assigns`,
    );
  }
  const namespace = rendered.find((object) => object.metadata?.namespace)?.metadata.namespace as string;
  const files = new Map<string, string>();
  files.set(
    "namespace.yaml",
    stringify({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: {
        name: namespace,
        labels: Object.fromEntries(
          ["enforce", "audit", "warn"].flatMap((mode) => [
            [`pod-security.kubernetes.io/${mode}`, "restricted"],
            [`pod-security.kubernetes.io/${mode}-version`, "latest"],
          ]),
        ),
      },
    }),
  );

  const patches: Obj[] = [];
  for (const object of rendered) {
    const identity = {
      apiVersion: object.apiVersion,
      kind: object.kind,
      metadata: { name: object.metadata.name },
    };
    if (object.kind === "Route") patches.push({ patch: stringify({ $patch: "delete", ...identity }) });
    if (!POD_KINDS.has(object.kind)) continue;
    const pod = podSpec(object);
    const securityContext = { runAsUser: options.uid, runAsGroup: 0, fsGroup: options.uid };
    const smallRequests = (containers: Obj[] | undefined) =>
      containers?.map((container) => ({
        name: container.name,
        resources: { requests: { cpu: CI_CPU_REQUEST } },
      }));
    const spec = {
      securityContext,
      containers: smallRequests(pod.containers),
      ...(pod.initContainers ? { initContainers: smallRequests(pod.initContainers) } : {}),
    };
    patches.push({ patch: stringify({ ...identity, spec: podSpecPatch(object.kind, spec) }) });
  }

  const running = new Set(
    rendered
      .filter((object) => POD_KINDS.has(object.kind))
      .flatMap((object) => [...(podSpec(object).initContainers ?? []), ...podSpec(object).containers])
      .map((container: Obj) => imageName(container.image)),
  );
  const images = [...options.images].map(([short, reference]) => {
    const name = [...running].find((candidate) => candidate === short || candidate.endsWith(`/${short}`));
    if (!name)
      throw new Error(
        `--image ${short}=…: no container runs an image named ${short} (they run ${[...running].sort().join(", ")})`,
      );
    return kustomizeImage(name, reference);
  });

  files.set(
    "kustomization.yaml",
    stringify({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: [path.relative(outDir, SANDBOX_OVERLAY)],
      ...(images.length > 0 ? { images } : {}),
      patches,
    }),
  );
  return files;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      image: { type: "string", multiple: true, default: [] },
      uid: { type: "string", default: String(randomInt(UID_RANGE.min, UID_RANGE.max)) },
    },
  });
  if (!values.out) throw new Error("--out <dir> is required");
  const images = new Map(
    values.image.map((pair) => {
      const [name, reference] = pair.split("=");
      if (!name || !reference)
        throw new Error(`--image ${pair}: use <name>=<reference>, e.g. ckan=localhost/ckan:ci`);
      return [name, reference] as const;
    }),
  );
  const outDir = path.resolve(values.out);
  const rendered = (await kustomizeBuild(SANDBOX_OVERLAY)) as Obj[];
  const files = kindOverlayFiles(rendered, outDir, { uid: Number(values.uid), images });
  await mkdir(outDir, { recursive: true });
  for (const [file, content] of files) await writeFile(path.join(outDir, file), content);
  console.log(`✓ kind overlay in ${outDir}: pods run as UID ${values.uid}, GID 0 (fsGroup ${values.uid})`);
}

if (import.meta.main) {
  try {
    await main();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
