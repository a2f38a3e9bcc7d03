// The data set both day-two drills load and then must find again, item for item: an organisation with
// an image and three members, users with API tokens, public and private datasets, uploads (CSV and
// binary), a DataStore table loaded by XLoader and one written through the API with typed columns, a
// dataset with a spatial extent, a harvest source with a job.
import { createHash } from "node:crypto";
import type { CkanApi } from "./api.ts";
import { check, csv, upload, waitForLoad, type Phase } from "./api-journey.ts";
import { OTTAWA } from "./extents.ts";
import { PYCSW_URL } from "./pycsw.ts";

/** An uploaded file on the uploads volume. */
export interface VolumeFile {
  readonly sha256: string;
  readonly bytes: number;
}

/**
 * What the drills need of a running stack, whatever runs it: the host stack (drill-stack.ts) or the
 * cluster tier (tools/cluster/src/drill-stack.ts, through `kubectl exec`).
 */
export interface DrillStack {
  /** CKAN's API through the `ckan` Service, anonymous (withToken for a user). */
  readonly api: CkanApi;
  readonly phase: Phase;
  /** A sysadmin API token made with `ckan user token add`, as an operator would. */
  readonly sysadminToken: () => Promise<string>;
  /** One SQL statement as the DataStore's read-only user (CKAN_DATASTORE_READ_URL): psql's -qtA output. */
  readonly readOnlySql: (sql: string) => Promise<string>;
  /** Every file on the uploads volume but `webassets/` (CKAN rebuilds it), by path relative to it. */
  readonly uploadedFiles: () => Promise<Record<string, VolumeFile>>;
  /** The worker's last log lines, for a failure message. */
  readonly workerLog: () => Promise<string>;
}

export const DRILL_ORG = "drill-org";
/** XLoader loads this many rows into the DataStore. */
export const CITY_ROWS = 20_000;
const MEASUREMENTS = 500;

export const DRILL_USERS = {
  "drill-editor": "editor",
  "drill-member": "member",
  "drill-admin": "admin",
} as const;

/** What the drills need to check afterwards: the tokens made before the backup. */
export interface DrillTokens {
  /** The sysadmin's token made by `ckan user token add`. */
  readonly sysadmin: string;
  /** drill-editor's token made by api_token_create. */
  readonly editor: string;
}

/** Deterministic bytes: a binary upload that is not text. */
export function binaryFixture(bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  let seed = 0x2545f491;
  for (let i = 0; i < bytes; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    buffer[i] = seed & 0xff;
  }
  return buffer;
}

/** A 1×1 PNG: the organisation's image upload. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

function measurementRecords(): Record<string, unknown>[] {
  return Array.from({ length: MEASUREMENTS }, (_, i) => ({
    n: i + 1,
    station: `station-${(i % 7) + 1}`,
    reading: Number(((i * 37) % 1000) / 10).toFixed(1),
    taken_at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().slice(0, 19),
    flags: { checked: i % 2 === 0, source: "drill" },
  }));
}

async function uploadFile(api: CkanApi, packageId: string, name: string, format: string, bytes: Buffer) {
  const form = new FormData();
  form.set("package_id", packageId);
  form.set("name", name);
  form.set("format", format);
  form.set("upload", new Blob([bytes]), name);
  return (await api.action<{ id: string }>("resource_create", form)).id;
}

/** Loads the data set through the API as the sysadmin; returns the tokens to try after the restore. */
export async function loadDrillData(stack: DrillStack): Promise<DrillTokens> {
  const { phase } = stack;
  const sysadmin = await stack.sysadminToken();
  const api = stack.api.withToken(sysadmin);

  const editor = await phase(
    "users, an organisation with an image and its members, an API token",
    async () => {
      for (const name of Object.keys(DRILL_USERS))
        await api.action("user_create", {
          name,
          email: `${name}@example.gc.ca`,
          password: `${name}-passphrase-1234`,
          fullname: name.replace("-", " "),
        });
      const form = new FormData();
      form.set("name", DRILL_ORG);
      form.set("title", "Drill organisation");
      form.set("image_upload", new Blob([PNG], { type: "image/png" }), "drill-logo.png");
      await api.action("organization_create", form);
      for (const [username, role] of Object.entries(DRILL_USERS))
        await api.action("organization_member_create", { id: DRILL_ORG, username, role });
      const { token } = await api.action<{ token: string }>("api_token_create", {
        user: "drill-editor",
        name: "drill",
      });
      return token;
    },
  );

  await phase(
    "datasets: public, private and with a spatial extent; uploads; a typed DataStore table",
    async () => {
      const dataset = (name: string, extra: Record<string, unknown> = {}) =>
        api.action("package_create", {
          name,
          title: name.replace("drill-", "Drill ").replaceAll("-", " "),
          owner_org: DRILL_ORG,
          notes: `The drill's ${name} (populations and measurements)`,
          license_id: "cc-by",
          tags: [{ name: "drill" }, { name: name.split("-")[1]! }],
          ...extra,
        });
      await dataset("drill-cities");
      await dataset("drill-measurements");
      await dataset("drill-private", { private: true });
      await dataset("drill-extent", { spatial: JSON.stringify(OTTAWA), reference_system: "EPSG:4326" });
      await uploadFile(api, "drill-private", "noise.bin", "BIN", binaryFixture(256 * 1024));
      await api.action("datastore_create", {
        resource: { package_id: "drill-measurements", name: "measurements", format: "JSON" },
        fields: [
          { id: "n", type: "int" },
          { id: "station", type: "text" },
          { id: "reading", type: "numeric" },
          { id: "taken_at", type: "timestamp" },
          { id: "flags", type: "json" },
        ],
        primary_key: ["n"],
        records: measurementRecords(),
      });
    },
  );

  await phase(`XLoader loads a ${CITY_ROWS}-row CSV upload into the DataStore`, async () => {
    const resourceId = await upload(api, "drill-cities", "cities.csv", csv(CITY_ROWS));
    await waitForLoad(api, resourceId, 300, () => "").catch(async (error: Error) => {
      error.message += `\n  worker log:\n${await stack.workerLog()}`;
      throw error;
    });
  });

  await phase("a CSW harvest source and a job for it", async () => {
    const source = await api.action<{ id: string }>("harvest_source_create", {
      name: "drill-csw",
      title: "Drill CSW",
      url: PYCSW_URL,
      source_type: "csw",
      frequency: "MANUAL",
      owner_org: DRILL_ORG,
    });
    await api.action("harvest_job_create", { source_id: source.id });
  });
  return { sysadmin, editor };
}

/** Proves the tokens made before the backup are accepted, as their users. */
export async function checkTokens(stack: DrillStack, tokens: DrillTokens): Promise<void> {
  const sysadmin = stack.api.withToken(tokens.sysadmin);
  const own = await sysadmin.action<unknown[]>("api_token_list", { user_id: "ckan_admin" });
  check(own.length > 0, "the sysadmin's token was accepted but lists no token");
  const editor = stack.api.withToken(tokens.editor);
  const orgs = await editor.action<{ name: string }[]>("organization_list_for_user", {
    permission: "create_dataset",
  });
  check(
    orgs.some((org) => org.name === DRILL_ORG),
    `drill-editor's token does not act as drill-editor (may create datasets in ${JSON.stringify(orgs.map((o) => o.name))})`,
  );
}

export const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
