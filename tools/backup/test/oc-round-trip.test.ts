// Backup and restore through the oc transport against a fake namespace (test/fake-namespace.ts): the
// exact oc calls, the scripts run for real on a directory standing for the uploads volume, what psql
// receives, and every refusal before anything is changed. The host-stack drills (npm run e2e:drills)
// run the same code against real PostgreSQL, CKAN and Solr.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { kustomizeBuild } from "@ckan-openshift/manifests/kustomize";
import { takeBackup } from "../src/backup.ts";
import { BackupError } from "../src/errors.ts";
import { ocTransport, type OcTarget } from "../src/oc-transport.ts";
import type { Step } from "../src/progress.ts";
import { restoreBackup } from "../src/restore.ts";
import { DUMP_DATABASE, RESTORE_DATABASE } from "../src/scripts.ts";
import { DATABASE_OWNER, DATABASES } from "../src/targets.ts";
import { makeFakeNamespace, type FakeNamespace } from "./fake-namespace.ts";

const REPO = path.resolve(import.meta.dirname, "../../..");
const quiet: Step = (_name, work) => work();
const SECRETS = {
  "postgres-secrets": { POSTGRES_PASSWORD: "pg-secret-value-1" },
  "ckan-secrets": { CKAN___API_TOKEN__JWT__ENCODE__SECRET: "string:jwt-secret-value-2" },
};

let objects: Record<string, unknown>[];
beforeAll(async () => {
  objects = await kustomizeBuild(path.join(REPO, "manifests/overlays/sandbox"));
});

let namespace: FakeNamespace;
let out: string;
beforeEach(() => {
  namespace = makeFakeNamespace();
  out = mkdtempSync(path.join(tmpdir(), "backup-out-"));
  const upload = path.join(namespace.volume, "storage/uploads/resources/abc/def");
  mkdirSync(upload, { recursive: true });
  writeFileSync(path.join(upload, "0123"), Buffer.from([0, 1, 2, 255]));
  mkdirSync(path.join(namespace.volume, "webassets"));
  writeFileSync(path.join(namespace.volume, "webassets/bundle.js"), "rebuilt at start");
  for (const [name, values] of Object.entries(SECRETS)) namespace.secret(name, values);
});
afterEach(() => {
  namespace.remove();
  rmSync(out, { recursive: true, force: true });
});

const target = (provider: OcTarget["provider"] = "statefulset"): OcTarget => ({
  tool: namespace.tool,
  namespace: "ckan-dev",
  context: "sandbox",
  provider,
  objects,
});

async function backup(provider?: OcTarget["provider"]) {
  const directory = path.join(out, "sandbox-1");
  const manifest = await takeBackup(ocTransport(target(provider)), {
    environment: "sandbox",
    namespace: "ckan-dev",
    databases: DATABASES,
    secrets: ["postgres-secrets", "redis-secrets", "ckan-secrets"],
    directory,
    step: quiet,
  });
  return { directory, manifest };
}

const restore = (directory: string, keepSecrets = false) =>
  restoreBackup(ocTransport(target()), {
    directory,
    databases: DATABASES,
    owner: DATABASE_OWNER,
    keepSecrets,
    step: quiet,
  });

describe("backup through oc", () => {
  it("dumps each database in the postgres pod, archives the volume from the web pod, keeps the Secrets", async () => {
    const { directory, manifest } = await backup();
    const execs = namespace.calls().filter((call) => call.argv.includes("exec"));
    expect(execs.map((call) => call.argv.slice(0, 8))).toEqual([
      ["--context", "sandbox", "-n", "ckan-dev", "exec", "deployment/ckan", "-c", "ckan"],
      ...["ckan", "datastore", "ckan_xloader"].map(() => [
        "--context",
        "sandbox",
        "-n",
        "ckan-dev",
        "exec",
        "statefulset/postgres",
        "-c",
        "postgres",
      ]),
      ["--context", "sandbox", "-n", "ckan-dev", "exec", "deployment/ckan", "-c", "ckan"],
    ]);
    expect(execs[1]!.argv.slice(8).join("\n")).toBe(
      ["--", "sh", "-c", DUMP_DATABASE, "sh", "ckan"].join("\n"),
    );
    expect(readFileSync(path.join(directory, "databases/xloader.dump"), "utf8")).toBe(
      "DUMP ckan_xloader as postgres\n",
    );
    expect(manifest).toMatchObject({
      environment: "sandbox",
      ckanVersion: "2.11.6",
      databases: { ckan: "ckan", datastore: "datastore", xloader: "ckan_xloader" },
      uploads: { "storage/uploads/resources/abc/def/0123": expect.stringMatching(/^[0-9a-f]{64}$/) },
      secrets: ["ckan-secrets", "postgres-secrets"],
    });
    expect(Object.keys(manifest.uploads)).toHaveLength(1); // webassets/ is left out
    expect(statSync(directory).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(directory, "secrets/ckan-secrets.env")).mode & 0o777).toBe(0o600);
    const argv = namespace
      .calls()
      .flatMap((call) => call.argv)
      .join("\n");
    for (const values of Object.values(SECRETS))
      for (const value of Object.values(values)) expect(argv).not.toContain(value);
  });

  it("runs pg_dump in the Crunchy primary, found by its role label", async () => {
    await backup("crunchy");
    const calls = namespace.calls().map((call) => call.argv.slice(4).join(" "));
    expect(calls).toContain(
      "get pods -l postgres-operator.crunchydata.com/cluster=postgres,postgres-operator.crunchydata.com/role=master -o name",
    );
    expect(
      calls.some((call) => call.startsWith("exec pod/postgres-instance1-abcd-0 -c database -- sh -c")),
    ).toBe(true);
  });

  it("leaves nothing behind when a step fails", async () => {
    namespace.ckanVersion("");
    rmSync(path.join(namespace.dir, "bin/pg_dump"));
    await expect(backup()).rejects.toThrow("oc exec statefulset/postgres -c postgres failed");
    expect(readdirSync(out)).toEqual([]);
  });
});

/** A call's argv without --context <ctx>, -n <namespace> and --request-timeout=…, wherever they are. */
function withoutGlobalFlags(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--context" || argv[i] === "-n") i++;
    else if (!argv[i]!.startsWith("--request-timeout=")) kept.push(argv[i]!);
  }
  return kept;
}

describe("restore through oc", () => {
  it("replaces each database in one transaction, swaps the uploads in, bootstraps, reindexes, restarts", async () => {
    const { directory } = await backup();
    writeFileSync(path.join(namespace.volume, "storage/uploads/resources/abc/def/0123"), "changed since");
    writeFileSync(path.join(namespace.volume, "storage/stray"), "made after the backup");
    const before = namespace.calls().length;

    await restore(directory);

    const sql = namespace.read("psql-datastore.sql");
    expect(sql).toContain(
      "DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public AUTHORIZATION pg_database_owner;",
    );
    expect(sql).toContain('SET LOCAL ROLE "ckan";\nDUMP datastore as postgres\nCOMMIT;');
    expect(readFileSync(path.join(namespace.volume, "storage/uploads/resources/abc/def/0123"))).toEqual(
      Buffer.from([0, 1, 2, 255]),
    );
    expect(() => statSync(path.join(namespace.volume, "storage/stray"))).toThrow();
    expect(readFileSync(path.join(namespace.volume, "webassets/bundle.js"), "utf8")).toBe("rebuilt at start");
    expect(namespace.read("ckan.log")).toBe(
      "-c /srv/app/config/ckan.ini search-index clear\n-c /srv/app/config/ckan.ini search-index rebuild --quiet\n",
    );

    const calls = namespace.calls().slice(before);
    const commands = calls.map((call) =>
      withoutGlobalFlags(call.argv)
        .filter((arg) => !arg.includes("\n"))
        .join(" "),
    );
    // What changes the namespace (not exec, which the volume and psql checks above cover, nor reads).
    const changes = commands.filter((command) => !/^(exec|get) /.test(command));
    expect(changes).toEqual([
      "scale --replicas=0 deployment/ckan-worker deployment/ckan-harvest-gather deployment/ckan-harvest-fetch",
      'patch cronjob ckan-harvest-run --type=merge -p {"spec":{"suspend":true}}',
      "wait --for=delete pod -l app.kubernetes.io/instance=ckan,app.kubernetes.io/name=ckan-worker --timeout=300s",
      "wait --for=delete pod -l app.kubernetes.io/instance=ckan,app.kubernetes.io/name=ckan-harvest-gather --timeout=300s",
      "wait --for=delete pod -l app.kubernetes.io/instance=ckan,app.kubernetes.io/name=ckan-harvest-fetch --timeout=300s",
      "delete job ckan-bootstrap --ignore-not-found --wait=true",
      "create -f -",
      "scale --replicas=1 deployment/ckan-worker",
      "scale --replicas=1 deployment/ckan-harvest-gather",
      "scale --replicas=1 deployment/ckan-harvest-fetch",
      'patch cronjob ckan-harvest-run --type=merge -p {"spec":{"suspend":false}}',
      "rollout restart deployment/ckan",
      "rollout status deployment/ckan --timeout=600s",
      "rollout status deployment/ckan-worker --timeout=600s",
      "rollout status deployment/ckan-harvest-gather --timeout=600s",
      "rollout status deployment/ckan-harvest-fetch --timeout=600s",
    ]);
    const job = JSON.parse(calls.find((call) => call.argv.includes("create"))!.stdin!) as {
      kind: string;
      metadata: { name: string };
    };
    expect([job.kind, job.metadata.name]).toEqual(["Job", "ckan-bootstrap"]);
    const restores = calls.filter((call) => call.argv.join("\n").includes(RESTORE_DATABASE));
    expect(restores.map((call) => call.argv.slice(-2))).toEqual([
      ["ckan", "ckan"],
      ["datastore", "ckan"],
      ["ckan_xloader", "ckan"],
    ]);
  });

  it("refuses a damaged backup before any oc call", async () => {
    const { directory } = await backup();
    const tar = path.join(directory, "uploads.tar");
    const bytes = readFileSync(tar);
    bytes[600] = bytes[600]! ^ 0xff;
    writeFileSync(tar, bytes);
    const before = namespace.calls().length;
    await expect(restore(directory)).rejects.toThrow(/uploads\.tar does not match manifest\.json/);
    expect(namespace.calls()).toHaveLength(before);
  });

  it("refuses Secrets that differ from the backup's, naming them, before stopping anything", async () => {
    const { directory } = await backup();
    namespace.secret("ckan-secrets", { CKAN___API_TOKEN__JWT__ENCODE__SECRET: "string:another" });
    const error = await restore(directory).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toContain("ckan-secrets (CKAN___API_TOKEN__JWT__ENCODE__SECRET)");
    expect((error as BackupError).message).not.toContain("string:another");
    expect(namespace.calls().some((call) => call.argv.includes("scale"))).toBe(false);
  });

  it("refuses to restore into an older CKAN than the backup's", async () => {
    namespace.ckanVersion("2.12.0");
    const { directory } = await backup();
    namespace.ckanVersion("2.11.6");
    await expect(restore(directory)).rejects.toThrow(
      "the backup was taken on CKAN 2.12.0, the target runs CKAN 2.11.6",
    );
    expect(namespace.calls().some((call) => call.argv.includes("scale"))).toBe(false);
  });
});
