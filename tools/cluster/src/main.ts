#!/usr/bin/env node
// npm run e2e:cluster: the project's images, built as CI builds them, running the committed sandbox
// overlay on a real single-node Kubernetes whose node lives in a network namespace of its own.
//   --keep   leave the cluster and the registry running (tools/cluster/node/cluster.sh down stops them)
// Phases and their timings are printed as they run; the host's firewall, routes, links and sysctls are
// compared before and after.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { phase, seconds } from "@ckan-openshift/e2e/src/api-journey.ts";
import { PLATFORMS } from "@ckan-openshift/manifests/config/platforms.ts";
import { loadSettings } from "@ckan-openshift/manifests/settings/load-settings.ts";
import { apply, kubectl } from "./kube.ts";
import { differences, snapshot } from "./host-state.ts";
import { platformLimits, project, sccPolicies, volumeFor } from "./openshift-like.ts";
import { cluster, repoRoot, run, state } from "./paths.ts";
import {
  build,
  claims,
  clusterLayer,
  PUBLISHED_REGISTRY,
  scratchWorkspace,
  workloads,
  type Pushed,
} from "./sandbox.ts";
import { checkServices } from "./services.ts";
import * as tools from "./tools.ts";
import { waitForWorkloads, type Target } from "./workloads.ts";

const USAGE = "usage: npm run e2e:cluster [-- --keep]";
let values: { keep?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({ options: { keep: { type: "boolean" }, help: { type: "boolean", short: "h" } } }));
} catch (error) {
  console.error(`✗ ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const environment = "sandbox";
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
  await phase("npm run images -- build (podman)", () =>
    tools.npm("images", ["build", "--engine", "podman", "--registry", registry], engine),
  );
  const pushed = await phase(
    "npm run images -- push",
    async () =>
      JSON.parse(
        (await tools.npm("images", ["push", "--engine", "podman", "--registry", registry, "--json"], engine))
          .stdout,
      ) as Pushed[],
  );
  const workspace = scratchWorkspace();
  await phase("npm run images -- pin, into a scratch copy of the repository", async () => {
    for (const image of pushed)
      await tools.npm("images", [
        "pin",
        image.image,
        "--environment",
        environment,
        "--registry",
        PUBLISHED_REGISTRY,
        "--tag",
        image.tag,
        "--digest",
        image.digest,
        "--workspace",
        workspace,
      ]);
  });

  const settings = await loadSettings(repoRoot, environment);
  const namespace = settings.namespace;
  const rendered = await build(clusterLayer(workspace, environment));
  await phase(
    `namespace ${namespace} as OpenShift makes it (restricted-v2 UID, Pod Security, quota, volumes)`,
    async () => {
      await apply(sccPolicies());
      await apply([project(namespace)]);
      await apply(platformLimits(namespace, PLATFORMS[settings.platform]));
      const volumes = claims(rendered).map((claim) => {
        const directory = path.join(run, "volumes", namespace, claim.name);
        mkdirSync(directory, { recursive: true });
        return volumeFor(namespace, claim, directory, "localhost");
      });
      await apply(volumes);
    },
  );
  await phase(`npm run secrets -- ${environment} --context local`, () =>
    tools.npm("secrets", [environment, "--context", "local"]),
  );
  await phase(
    "apply the overlay as committed (pins from this run, no Route)",
    () =>
      kubectl({
        input: rendered.yaml,
      })`kubectl apply --server-side --field-manager=ckan-cluster-tier -n ${namespace} -f -`,
  );
  const targets = workloads(rendered);
  await phase(`wait for the bootstrap Job (${targets.jobs.join(", ")})`, () =>
    waitForWorkloads(namespace, targets.jobs as Target[], 900),
  );
  await phase(`wait for ${[...targets.services, ...targets.apps].join(", ")}`, () =>
    waitForWorkloads(namespace, [...targets.services, ...targets.apps] as Target[], 600),
  );
  const web = await phase("every Service answers on its port", () => checkServices(namespace));
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
process.exitCode = failed ? 1 : 0;
