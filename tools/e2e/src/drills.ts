#!/usr/bin/env node
// npm run e2e:drills [-- --keep]: the day-two drills on the host stack, through the backup tool's own
// code (tools/backup) with the local transport.
//  0. On the default release (images/ckan/versions.env): the drill's data set, its fingerprint, a backup.
//  1. Restore drill: every process stopped, every volume (PostgreSQL's cluster directory, the uploads,
//     Solr's home) and the Secrets deleted; the Secrets restored, an empty stack booted, the backup
//     restored; everything found again, the old API tokens accepted.
//  2. Upgrade drill, to the candidate (images/ckan/versions.next.env): web and worker stopped, the
//     bootstrap Job (ckan db upgrade) run with it, web and worker started on it; everything found again;
//     each known blocker (upgrade-blockers.ts) must still show.
//  3. Rollback: the default release back (its bootstrap Job refuses the upgraded database), the
//     pre-upgrade backup restored; everything as before; no blocker shows; XLoader loads a new upload.
// Each step is timed; the report at the end gives the timings and the numbers that were checked.
import { chmod, mkdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { NAMES, parseVersionsFile } from "@ckan-openshift/manifests/stack";
import {
  backupName,
  DATABASE_OWNER,
  DATABASES,
  type Manifest,
  restoreBackup,
  restoreSecrets,
  takeBackup,
  timedSteps,
} from "@ckan-openshift/backup";
import { check, csv, upload, waitForLoad } from "./api-journey.ts";
import { runBootstrap } from "./ckan.ts";
import { checkTokens, loadDrillData, type DrillTokens } from "./drill-data.ts";
import { DrillReport } from "./drill-report.ts";
import { hostDrillStack } from "./drill-stack.ts";
import {
  checkSame,
  differences,
  fingerprint,
  type DrillNumbers,
  type Fingerprint,
} from "./drill-fingerprint.ts";
import {
  ENVIRONMENT,
  prepareRelease,
  REPO,
  startCkan,
  startHostStack,
  stopCkan,
  withScratch,
  type HostStack,
} from "./host-stack.ts";
import { localSecretStore, localTransport, STACK_SECRETS } from "./local-transport.ts";
import type { Supervisor } from "./processes.ts";
import { containerOf } from "./rendered.ts";
import { ckanPins } from "./services.ts";
import { UPGRADE_BLOCKERS } from "./upgrade-blockers.ts";

const { values } = parseArgs({ options: { keep: { type: "boolean", default: false } } });

const CANDIDATE_PINS_FILE = "images/ckan/versions.next.env";
const candidatePins = parseVersionsFile(
  await readFile(path.join(REPO, CANDIDATE_PINS_FILE), "utf8"),
  CANDIDATE_PINS_FILE,
);
const from = ckanPins(REPO).CKAN_VERSION!;
const to = ckanPins(REPO, candidatePins).CKAN_VERSION!;

const report = new DrillReport();
const timed = report.timed.bind(report);
const verdicts = report.verdicts;

async function newStackDirectory(root: string, name: string) {
  const scratch = path.join(root, name);
  await mkdir(scratch, { recursive: true });
  await chmod(scratch, 0o755); // PostgreSQL runs as its own user and must reach its directory
  return { repo: REPO, scratch };
}

async function backUp(stack: HostStack, root: string): Promise<{ directory: string; manifest: Manifest }> {
  const directory = path.join(root, "backups", backupName(ENVIRONMENT));
  const manifest = await takeBackup(localTransport(stack), {
    environment: ENVIRONMENT,
    namespace: stack.stack.namespace,
    databases: DATABASES,
    secrets: STACK_SECRETS,
    directory,
    step: timedSteps().step,
  });
  return { directory, manifest };
}

async function restore(stack: HostStack, directory: string): Promise<void> {
  await restoreBackup(localTransport(stack), {
    directory,
    databases: DATABASES,
    owner: DATABASE_OWNER,
    step: stack.phase,
  });
}

async function found(stack: HostStack, tokens: DrillTokens, what: string, expected: Fingerprint) {
  await stack.phase(`${what}: every item found again, the old API tokens accepted`, async () => {
    const drilled = hostDrillStack(stack);
    const { items } = await fingerprint(drilled, tokens.sysadmin);
    checkSame(what, expected, items);
    await checkTokens(drilled, tokens);
  });
}

/** Stops every process and deletes the stack's volumes and Secrets: the account is gone. */
async function destroy(stack: HostStack, supervisor: Supervisor) {
  await supervisor.stopAll();
  for (const [volume, directory] of Object.entries(stack.volumes)) {
    await rm(directory, { recursive: true, force: true });
    const gone = await stat(directory).then(
      () => false,
      () => true,
    );
    check(gone, `the ${volume} volume ${directory} is still there`);
  }
  await rm(stack.paths.scratch, { recursive: true, force: true });
}

/** Each known blocker must show on the candidate and none on the default release. */
async function checkBlockers(stack: HostStack, release: "candidate" | "default") {
  for (const blocker of UPGRADE_BLOCKERS) {
    const seen = await stack.phase(`known blocker on CKAN ${stack.host.version}: ${blocker.what}`, () =>
      blocker.observe(stack),
    );
    if (release === "candidate") {
      check(
        seen !== undefined,
        `the known blocker no longer shows on CKAN ${to}: ${blocker.what}. Remove it from ` +
          `tools/e2e/src/upgrade-blockers.ts and, if no other is left, move ${CANDIDATE_PINS_FILE} into images/ckan/versions.env`,
      );
      verdicts.push(
        `verdict: CKAN ${to} stays the candidate, blocked by ${blocker.what}\n      seen: ${seen}\n      why: ${blocker.why}`,
      );
    } else {
      check(seen === undefined, `on the default CKAN ${from} too: ${blocker.what}: ${seen}`);
    }
  }
}

function printReport(numbers: DrillNumbers, manifest: Manifest, expected: Fingerprint) {
  console.log(
    `\n${report.lines(`default CKAN ${from}, candidate CKAN ${to}`, numbers, manifest, expected).join("\n")}`,
  );
}

await withScratch({ keep: values.keep }, async (root, supervisor) => {
  const first = await timed("setup", `boot CKAN ${from} (images/ckan/versions.env)`, async () =>
    startHostStack(await newStackDirectory(root, "stack-1"), supervisor, { bootstrapTwice: false }),
  );
  const tokens = await timed("setup", "load the data set", () => loadDrillData(hostDrillStack(first)));
  const before = await fingerprint(hostDrillStack(first), tokens.sysadmin);
  const backup = await timed("restore", "npm run backup (local transport)", () => backUp(first, root));

  await timed("restore", "stop everything, delete every volume and the Secrets", () =>
    destroy(first, supervisor),
  );
  const secondPaths = await newStackDirectory(root, "stack-2");
  await timed("restore", "npm run restore --secrets-only (before deploying)", () =>
    restoreSecrets(localSecretStore(secondPaths), backup.directory),
  );
  const second = await timed("restore", `boot an empty stack (CKAN ${from})`, () =>
    startHostStack(secondPaths, supervisor, { bootstrapTwice: false }),
  );
  await second.phase("the empty stack is not the backed-up one (the check can fail)", async () => {
    const empty = await fingerprint(hostDrillStack(second), tokens.sysadmin).catch(() => undefined);
    const total = Object.keys(before.items).length;
    const missing = empty ? differences(before.items, empty.items).length : total;
    check(missing > 0, "the empty stack already holds every item: the drill would prove nothing");
    console.log(`  ${missing} of ${total} items differ before the restore`);
  });
  await timed("restore", "npm run restore (local transport)", () => restore(second, backup.directory));
  await timed("restore", "every item found again", () =>
    found(second, tokens, "after the restore", before.items),
  );

  if (to !== from) {
    const candidate = await timed("upgrade", `prepare CKAN ${to} (${CANDIDATE_PINS_FILE})`, () =>
      prepareRelease(second.paths, candidatePins),
    );
    await timed("upgrade", "roll out: bootstrap Job (ckan db upgrade), web and worker", async () => {
      await stopCkan(second);
      second.host = candidate;
      await runBootstrap(candidate, supervisor, containerOf(second.stack, NAMES.bootstrapJob), "upgrade");
      await startCkan(second);
    });
    await timed("upgrade", "every item found again", () =>
      found(second, tokens, `after the upgrade to ${to}`, before.items),
    );
    await timed("upgrade", "known blockers still show", () => checkBlockers(second, "candidate"));

    const previous = await timed("rollback", `prepare CKAN ${from}`, () => prepareRelease(second.paths));
    await timed(
      "rollback",
      `pins back: CKAN ${from}'s bootstrap Job refuses the upgraded database`,
      async () => {
        await stopCkan(second);
        second.host = previous;
        const refusal = await runBootstrap(
          previous,
          supervisor,
          containerOf(second.stack, NAMES.bootstrapJob),
          "rollback",
        ).then(
          () => "",
          (error: Error) => error.message,
        );
        // Alembic's words when the database carries a migration this CKAN does not know.
        check(
          /Can't locate revision/.test(refusal),
          `CKAN ${from}'s bootstrap Job did not refuse CKAN ${to}'s database for its migrations: ${refusal || "it succeeded"}`,
        );
        await startCkan(second);
      },
    );
    await timed("rollback", "npm run restore of the pre-upgrade backup", () =>
      restore(second, backup.directory),
    );
    await timed("rollback", "every item as before the upgrade", () =>
      found(second, tokens, `after the rollback to ${from}`, before.items),
    );
    await timed("rollback", "no known blocker on the default release", () =>
      checkBlockers(second, "default"),
    );
  }

  await second.phase("the stack still works: XLoader loads a new upload", async () => {
    const api = second.api.withToken(tokens.sysadmin);
    const resourceId = await upload(api, "drill-cities", "after-the-drills.csv", csv(5));
    await waitForLoad(api, resourceId, 120, () => supervisor.tail("worker", 15));
  });
  printReport(before.numbers, backup.manifest, before.items);
});
