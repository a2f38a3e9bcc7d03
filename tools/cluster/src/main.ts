#!/usr/bin/env node
// npm run e2e:cluster: the project's images, built as CI builds them, running the committed sandbox
// overlay on a real single-node Kubernetes whose node lives in a network namespace of its own.
//   --keep   leave the cluster and the registry running (tools/cluster/node/cluster.sh down stops them)
// Phases and their timings are printed as they run; the host's firewall, routes, links and sysctls are
// compared before and after.
import path from "node:path";
import { parseArgs } from "node:util";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { phase as printedPhase, seconds } from "@ckan-openshift/e2e";
import { IMAGE_NAMES } from "@ckan-openshift/images";
import { GITOPS, parseVersionsFile, PLATFORMS } from "@ckan-openshift/manifests/stack";
import { loadSettings } from "@ckan-openshift/manifests/settings";
import { checkImageUsers } from "./image-contract.ts";
import { apply, kubectl } from "./kube.ts";
import { formatMemory, sampleMemory, type MemoryUse } from "./memory.ts";
import { differences, snapshot } from "./host-state.ts";
import { platformLimits, project, sccPolicies } from "./openshift-like.ts";
import { applyOverlay, makeProject } from "./project.ts";
import { cluster, repoRoot, state } from "./paths.ts";
import { build, clusterLayer, pinImage, scratchWorkspace, workloads, type Pushed } from "./sandbox.ts";
import { runMutations } from "./mutations.ts";
import { checkServices } from "./services.ts";
import * as tools from "./tools.ts";
import { waitForWorkloads, type Target } from "./workloads.ts";

const USAGE = "usage: npm run e2e:cluster [-- --keep] [--report <file.json>]";
let values: { keep?: boolean; help?: boolean; report?: string };
try {
  ({ values } = parseArgs({
    options: { keep: { type: "boolean" }, help: { type: "boolean", short: "h" }, report: { type: "string" } },
  }));
} catch (error) {
  console.error(`✗ ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** What `npm run bench:cluster` reports: each phase's seconds, the images, and the pods' memory. */
const report = {
  phases: [] as { name: string; seconds: number }[],
  images: [] as { image: string; bytes: number }[],
  memory: [] as MemoryUse[],
  /** From `kubectl apply` of the overlay to every workload ready and every Service answering. */
  applyToReadySeconds: 0,
};
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const since = performance.now();
  const result = await printedPhase(name, work);
  report.phases.push({ name, seconds: (performance.now() - since) / 1000 });
  return result;
}

const environment = "sandbox";
const CANDIDATE_PINS_FILE = "images/ckan/versions.next.env";
const candidateVersion = parseVersionsFile(
  readFileSync(path.join(repoRoot, CANDIDATE_PINS_FILE), "utf8"),
  CANDIDATE_PINS_FILE,
).CKAN_VERSION;
const environments = () =>
  readdirSync(path.join(repoRoot, "environments"))
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.replace(/\.yaml$/, ""));
const started = performance.now();
const before = await snapshot(state);
let failed = false;
try {
  await phase("Kubernetes, etcd and CoreDNS binaries (built once per version)", () =>
    tools.buildKubernetes(),
  );
  await phase("cluster: network namespace, control plane, node, kube-proxy, CoreDNS", () =>
    tools.clusterUp(),
  );
  await phase(`podman and a local registry on ${cluster.registry}`, () => tools.engineUp());
  const engine = await tools.engineEnv();
  await phase("stand-ins for the upstream base images", () => tools.buildStandins());

  const registry = `${cluster.registry}/ckan-openshift`;
  // What CI's image workflow does first: the extensions' bundled front-end assets.
  await phase("the extensions' assets (nx run-many -t assets)", () => tools.nx(["run-many", "-t", "assets"]));
  const source = ["--source", GITOPS.repositoryUrl];
  for (const image of IMAGE_NAMES)
    await phase(`npm run images -- build ${image} (podman)`, () =>
      tools.npm("images", ["build", image, "--engine", "podman", "--registry", registry, ...source], engine),
    );
  const pushed = await phase(
    "npm run images -- push",
    async () =>
      JSON.parse(
        (
          await tools.npm(
            "images",
            ["push", "--engine", "podman", "--registry", registry, "--json", ...source],
            engine,
          )
        ).stdout,
      ) as Pushed[],
  );
  await phase("every image declares a numeric non-root USER", async () => {
    const references = pushed.map((image) => `${image.repository}:${image.tag}`);
    await checkImageUsers(references, engine);
    for (const [i, reference] of references.entries()) {
      const size = await tools.imageSize(reference, engine);
      report.images.push({ image: pushed[i]!.image, bytes: size });
    }
  });
  const workspace = scratchWorkspace();
  await phase("npm run images -- pin, into a scratch copy of the repository", async () => {
    for (const image of pushed) await pinImage(workspace, environment, image.image, image);
  });

  const settings = await loadSettings(repoRoot, environment);
  const namespace = settings.namespace;
  const rendered = await build(clusterLayer(workspace, environment));
  await phase(
    `namespace ${namespace} as OpenShift makes it (restricted-v2 UID, Pod Security, quota, volumes)`,
    async () => {
      await apply(sccPolicies());
      await makeProject(namespace, rendered, PLATFORMS[settings.platform]);
    },
  );
  await phase(
    "npm run validate -- --server: every overlay and variant admitted by this API server",
    async () => {
      await kubectl`kubectl apply --server-side --field-manager=ckan-cluster-tier -f ${path.join(repoRoot, "tools/manifests/crds")}`;
      for (const other of environments().filter((name) => name !== environment)) {
        const otherSettings = await loadSettings(repoRoot, other);
        await apply([project(otherSettings.namespace)]);
        await apply(platformLimits(otherSettings.namespace, PLATFORMS[otherSettings.platform]));
      }
      await tools.npm("validate", ["--server", "--context", "local"]);
    },
  );
  await phase(`npm run secrets -- ${environment} --context local`, () =>
    tools.npm("secrets", [environment, "--context", "local"]),
  );
  const applied = performance.now();
  await phase("apply the overlay as committed (pins from this run, no Route)", () =>
    applyOverlay(namespace, rendered),
  );
  const targets = workloads(rendered);
  await phase(`wait for the bootstrap Job (${targets.jobs.join(", ")})`, () =>
    waitForWorkloads(namespace, targets.jobs as Target[], 900),
  );
  await phase(`wait for ${[...targets.services, ...targets.apps].join(", ")}`, () =>
    waitForWorkloads(namespace, [...targets.services, ...targets.apps] as Target[], 600),
  );
  const web = await phase("every Service answers on its port", () => checkServices(namespace));
  report.applyToReadySeconds = (performance.now() - applied) / 1000;
  const sampler = sampleMemory(namespace);
  await phase(`the journey through Service ckan (${web})`, () =>
    tools.inNode([
      process.execPath,
      path.join(repoRoot, "tools/cluster/src/journey.ts"),
      "--namespace",
      namespace,
      "--base-url",
      `http://${web}`,
    ]),
  );
  report.memory = await sampler.stop();
  console.log(
    `  peak memory of each container during the journey (its cgroup's high-water mark) against the manifest:\n${formatMemory(report.memory).replace(/^/gm, "    ")}`,
  );
  // The upgrade drill's candidate: the ckan image with images/ckan/versions.next.env's pins.
  const ckan = pushed.find((image) => image.image === "ckan")!;
  let candidate: Pushed | undefined;
  if (candidateVersion !== ckan.tag.split("-")[0]) {
    const pins = ["--versions", CANDIDATE_PINS_FILE];
    await phase(`npm run images -- build ckan ${pins.join(" ")} (CKAN ${candidateVersion})`, () =>
      tools.npm(
        "images",
        ["build", "ckan", "--engine", "podman", "--registry", registry, ...pins, ...source],
        engine,
      ),
    );
    candidate = await phase(`npm run images -- push ckan ${pins.join(" ")}`, async () => {
      const { stdout } = await tools.npm(
        "images",
        ["push", "ckan", "--engine", "podman", "--registry", registry, "--json", ...pins, ...source],
        engine,
      );
      return (JSON.parse(stdout) as Pushed[])[0]!;
    });
  }
  await phase(
    `day-two drills: npm run backup, every volume lost, npm run restore${candidate ? ", upgrade, rollback" : ""} (src/drills.ts)`,
    () =>
      tools.inNode([
        process.execPath,
        path.join(repoRoot, "tools/cluster/src/drills.ts"),
        "--environment",
        environment,
        "--workspace",
        workspace,
        "--tag",
        ckan.tag,
        "--digest",
        ckan.digest,
        ...(candidate ? ["--candidate-tag", candidate.tag, "--candidate-digest", candidate.digest] : []),
      ]),
  );
  await phase("mutations: each broken input fails the tier, naming the object and the cause", async () => {
    const result = await runMutations({ rendered, namespace, platform: settings.platform, pushed, engine });
    console.log(result.lines.map((line) => `    ${line}`).join("\n"));
    if (!result.ok) throw new Error("a mutation was not caught as it should be (see above)");
  });
  await phase("npm run doctor's test suite against this API server (tools/doctor/cluster-test)", () =>
    tools.vitest("tools/doctor/vitest.cluster.config.ts"),
  );
} catch (error) {
  failed = true;
  console.error(
    `✗ ${(error as Error).message}${(error as { stderr?: string }).stderr ? `\n    ${tools.tail(error)}` : ""}`,
  );
} finally {
  if (!values.keep) {
    await phase("tear down: pods, node, control plane, registry, network namespace", async () => {
      await tools.clusterDown();
      await tools.engineDown();
    });
    const changed = differences(before, await snapshot(state));
    if (changed.length > 0) {
      failed = true;
      console.error(`✗ the host is not as it was:\n${changed.join("\n")}`);
    } else {
      console.log("✓ the host's firewall, routes, links, namespaces, mounts and sysctls are as before");
    }
  }
}
console.log(`${failed ? "✗ cluster tier failed" : "✓ cluster tier passed"} in ${seconds(started)}`);
if (values.report) writeFileSync(values.report, `${JSON.stringify({ ok: !failed, ...report }, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
