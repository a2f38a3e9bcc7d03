#!/usr/bin/env node
// The day-two drills on the cluster tier, with the commands a user runs. Runs inside the node's network
// namespace (main.ts starts it with `nsenter --net`, after the journey), where Service addresses route.
//   drills.ts --environment <env> --workspace <the tier's scratch copy of the repository>
//  0. The host drills' data set (tools/e2e/src/drill-data.ts) loaded through the `ckan` Service; its
//     fingerprint (drill-fingerprint.ts) read through the API, the DataStore's read-only user and the
//     uploads volume (`kubectl exec`); `npm run backup -- <env> --workspace <scratch> --out <dir>`.
//  1. Restore drill: the account is lost. The namespace is deleted (every claim and Secret), then the
//     local PersistentVolumes and their directories on the node. The namespace is made again as OpenShift
//     makes a project, `npm run restore -- <env> <dir> --secrets-only`, the overlay applied again, every
//     workload waited for; the empty stack must differ; `npm run restore -- <env> <dir>`; every item found
//     again and the tokens made before the backup accepted.
//  2. Upgrade drill (with --candidate-tag/--candidate-digest: the ckan image main.ts built with
//     `npm run images -- build ckan --versions images/ckan/versions.next.env`): `npm run images -- pin`
//     of it into the scratch workspace, the bootstrap Job deleted and the overlay applied (as Argo CD's
//     BeforeHookCreation hook does), the Job (`ckan db upgrade`), web and worker waited for; every item
//     found again; each known blocker (tools/e2e/src/upgrade-blockers.ts) must still show.
//  3. Rollback: the default image pinned back and applied; its bootstrap Job must refuse the upgraded
//     database; `npm run restore` of the pre-upgrade backup; every item as before; no blocker shows.
// Each step is timed; the report at the end is the host drills' (tools/e2e/src/drill-report.ts).
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { MANIFEST, type Manifest } from "@ckan-openshift/backup";
import {
  check,
  seconds,
  checkTokens,
  loadDrillData,
  type DrillTokens,
  checkSame,
  differences,
  fingerprint,
  type Fingerprint,
  DrillReport,
  type CkanApi,
  waitFor,
} from "@ckan-openshift/e2e";
import { PLATFORMS, NAMES } from "@ckan-openshift/manifests/stack";
import { loadSettings } from "@ckan-openshift/manifests/settings";
import { clusterDrillStack, webServiceUrl } from "./drill-stack.ts";
import { kubectl } from "./kube.ts";
import { repoRoot } from "./paths.ts";
import { applyOverlay, destroyProject, makeProject } from "./project.ts";
import { build, clusterLayer, pinImage, workloads, type Rendered } from "./sandbox.ts";
import * as tools from "./tools.ts";
import { observeBlockers } from "./upgrade-blockers.ts";
import { waitForWorkloads, type Target } from "./workloads.ts";

const { values } = parseArgs({
  options: {
    environment: { type: "string" },
    workspace: { type: "string" },
    /** The default ckan image, pinned back for the rollback. */
    tag: { type: "string" },
    digest: { type: "string" },
    /** The candidate ckan image (images/ckan/versions.next.env), for the upgrade drill. */
    "candidate-tag": { type: "string" },
    "candidate-digest": { type: "string" },
  },
});
const { environment, workspace } = values;
if (!environment || !workspace) {
  console.error("usage: drills.ts --environment <env> --workspace <scratch copy of the repository>");
  process.exit(2);
}

const report = new DrillReport();
const timed = report.timed.bind(report);

/** `npm run <script> -- args` as a user types it, against this cluster; its output indented. */
async function userCommand(script: "backup" | "restore", args: string[]): Promise<void> {
  const result = await tools.npm(script, args).catch((error: unknown) => {
    throw new Error(`npm run ${script} -- ${args.join(" ")} failed:\n    ${tools.tail(error)}`);
  });
  console.log(result.stdout.trim().replace(/^/gm, "    "));
}

/** The stack in the namespace as it is now (its Service address changes with the namespace). */
async function currentStack(namespace: string) {
  const stack = clusterDrillStack(namespace, await webServiceUrl(namespace));
  await waitFor(
    "the ckan Service to answer",
    300,
    async () =>
      await stack.api.action("status_show").then(
        () => true,
        () => undefined,
      ),
  );
  return stack;
}

async function found(namespace: string, tokens: DrillTokens, what: string, expected: Fingerprint) {
  const stack = await currentStack(namespace);
  const { items } = await fingerprint(stack, tokens.sysadmin);
  checkSame(what, expected, items);
  await checkTokens(stack, tokens);
}

const CANDIDATE_PINS_FILE = "images/ckan/versions.next.env";

/** `npm run images -- pin ckan` into the scratch workspace; the overlay rendered again. */
async function pinCkan(image: { tag: string; digest: string }) {
  await pinImage(workspace!, environment!, "ckan", image);
  return build(clusterLayer(workspace!, environment!));
}

/**
 * A release rolled out as Argo CD syncs it: the bootstrap Job (a Sync hook, BeforeHookCreation) deleted
 * and created again with the overlay; then the Job, the web and the worker waited for.
 */
async function rollOut(namespace: string, rendered: Rendered) {
  await kubectl`kubectl delete job ${NAMES.bootstrapJob} -n ${namespace} --ignore-not-found --wait=true`;
  await applyOverlay(namespace, rendered);
  await waitForWorkloads(namespace, [`Job/${NAMES.bootstrapJob}`], 900);
  await waitForWorkloads(namespace, ["Deployment/ckan", "Deployment/ckan-worker"], 600);
}

async function jobLog(namespace: string): Promise<string> {
  const result = await kubectl({
    nothrow: true,
  })`kubectl logs -n ${namespace} job/${NAMES.bootstrapJob} --tail=60`;
  return result.stdout + result.stderr;
}

/**
 * Here the harvest consumers run (on the host they do not): the drill's job goes to the gather queue,
 * its CSW source does not answer, and the next run of the ckan-harvest-run CronJob marks it Finished,
 * perhaps in the middle of the drill. So it runs now, as the CronJob would, until the job is Finished
 * and stays so; the fingerprint then holds the job as any later run leaves it.
 */
async function settleHarvest(namespace: string, api: CkanApi): Promise<void> {
  const source = await api.action<{ id: string }>("harvest_source_show", { id: "drill-csw" });
  let statuses: string[] = [];
  for (let run = 1; run <= 4; run++) {
    statuses = (await api.action<{ status: string }[]>("harvest_job_list", { source_id: source.id })).map(
      (job) => job.status,
    );
    if (statuses.length > 0 && statuses.every((status) => status === "Finished")) return;
    const job = `drill-harvest-run-${run}`;
    await kubectl`kubectl create job ${job} --from=cronjob/ckan-harvest-run -n ${namespace}`;
    await waitForWorkloads(namespace, [`Job/${job}`], 300);
    await sleep(5000);
  }
  throw new Error(
    `the drill's harvest job is still ${statuses.join(", ")} after 4 runs of cronjob/ckan-harvest-run: kubectl logs deployment/ckan-harvest-gather -n ${namespace}`,
  );
}

const started = performance.now();
try {
  const settings = await loadSettings(repoRoot, environment);
  const namespace = settings.namespace;
  const rendered = await build(clusterLayer(workspace, environment));
  const targets = workloads(rendered);
  const first = await currentStack(namespace);

  const tokens = await timed("setup", "load the data set through Service ckan", () => loadDrillData(first));
  await timed("setup", "the harvest CronJob run now until the drill's harvest job is Finished", () =>
    settleHarvest(namespace, first.api.withToken(tokens.sysadmin)),
  );
  const before = await timed("setup", "fingerprint: API, read-only DataStore user, uploads volume", () =>
    fingerprint(first, tokens.sysadmin),
  );
  const out = mkdtempSync(path.join(workspace, "drill-backups-"));
  await timed("restore", `npm run backup -- ${environment} --workspace <scratch> --out <dir>`, () =>
    userCommand("backup", [environment, "--workspace", workspace, "--out", out]),
  );
  const made = readdirSync(out).filter((name) => name.startsWith(`${environment}-`));
  check(made.length === 1, `npm run backup made ${made.length} backups in ${out}: ${made.join(", ")}`);
  const directory = path.join(out, made[0]!);
  const manifest = JSON.parse(readFileSync(path.join(directory, MANIFEST), "utf8")) as Manifest;

  await timed(
    "restore",
    "delete the namespace (every claim), the local volumes and their directories",
    async () => {
      const deleted = await destroyProject(namespace, rendered);
      console.log(`    deleted ${deleted.join("; ")}`);
    },
  );
  await timed("restore", `the namespace ${namespace} again, as OpenShift makes a project`, () =>
    makeProject(namespace, rendered, PLATFORMS[settings.platform]),
  );
  await timed("restore", `npm run restore -- ${environment} <dir> --secrets-only (before deploying)`, () =>
    userCommand("restore", [environment, directory, "--secrets-only", "--workspace", workspace]),
  );
  await timed("restore", "apply the overlay; the bootstrap Job, then every workload", async () => {
    await applyOverlay(namespace, rendered);
    await waitForWorkloads(namespace, targets.jobs as Target[], 900);
    await waitForWorkloads(namespace, [...targets.services, ...targets.apps] as Target[], 600);
  });
  await timed("restore", "the empty stack is not the backed-up one (the check can fail)", async () => {
    const empty = await fingerprint(await currentStack(namespace), tokens.sysadmin).catch(() => undefined);
    const total = Object.keys(before.items).length;
    const missing = empty ? differences(before.items, empty.items).length : total;
    check(missing > 0, "the empty stack already holds every item: the drill would prove nothing");
    console.log(`    ${missing} of ${total} items differ before the restore`);
  });
  await timed("restore", `npm run restore -- ${environment} <dir>`, () =>
    userCommand("restore", [environment, directory, "--workspace", workspace]),
  );
  await timed("restore", "every item found again, the old API tokens accepted", () =>
    found(namespace, tokens, "after the restore", before.items),
  );

  if (values["candidate-tag"] && values["candidate-digest"] && values.tag && values.digest) {
    const candidate = { tag: values["candidate-tag"], digest: values["candidate-digest"] };
    const previous = { tag: values.tag, digest: values.digest };
    const to = candidate.tag.split("-")[0]!;
    const from = previous.tag.split("-")[0]!;
    let current = rendered;
    await timed(
      "upgrade",
      `npm run images -- pin ckan ${candidate.tag} (${CANDIDATE_PINS_FILE})`,
      async () => {
        current = await pinCkan(candidate);
      },
    );
    await timed("upgrade", "roll out: bootstrap Job (ckan db upgrade), web and worker", () =>
      rollOut(namespace, current),
    );
    await timed("upgrade", "every item found again", () =>
      found(namespace, tokens, `after the upgrade to ${to}`, before.items),
    );
    await timed("upgrade", "known blockers still show", async () => {
      for (const { blocker, seen } of await observeBlockers(namespace)) {
        check(
          seen !== undefined,
          `the known blocker no longer shows on CKAN ${to}: ${blocker.what}. Remove it from ` +
            `tools/e2e/src/upgrade-blockers.ts and, if no other is left, move ${CANDIDATE_PINS_FILE} into images/ckan/versions.env`,
        );
        report.verdicts.push(
          `verdict: CKAN ${to} stays the candidate, blocked by ${blocker.what}\n      seen: ${seen}\n      why: ${blocker.why}`,
        );
      }
    });

    await timed(
      "rollback",
      `pins back: CKAN ${from}'s bootstrap Job refuses the upgraded database`,
      async () => {
        current = await pinCkan(previous);
        const refusal = await rollOut(namespace, current).then(
          () => "",
          async (error: Error) => `${error.message}\n${await jobLog(namespace)}`,
        );
        // Alembic's words when the database carries a migration this CKAN does not know.
        check(
          /Can't locate revision/.test(refusal),
          `CKAN ${from}'s bootstrap Job did not refuse CKAN ${to}'s database for its migrations: ${refusal || "it succeeded"}`,
        );
        await waitForWorkloads(namespace, ["Deployment/ckan", "Deployment/ckan-worker"], 600);
      },
    );
    await timed("rollback", `npm run restore -- ${environment} <pre-upgrade backup>`, () =>
      userCommand("restore", [environment, directory, "--workspace", workspace]),
    );
    await timed("rollback", "every item as before the upgrade", () =>
      found(namespace, tokens, `after the rollback to ${from}`, before.items),
    );
    await timed("rollback", "no known blocker on the default release", async () => {
      for (const { blocker, seen } of await observeBlockers(namespace))
        check(seen === undefined, `on the default CKAN ${from} too: ${blocker.what}: ${seen}`);
    });
  }

  console.log(
    `\n${report
      .lines(
        `cluster tier, namespace ${namespace}, default CKAN ${manifest.ckanVersion}` +
          (values["candidate-tag"] ? `, candidate CKAN ${values["candidate-tag"].split("-")[0]}` : ""),
        before.numbers,
        manifest,
        before.items,
      )
      .join("\n")}`,
  );
  console.log(`✓ the day-two drills passed on the cluster in ${seconds(started)}`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
