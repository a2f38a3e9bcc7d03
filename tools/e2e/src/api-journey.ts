// The part of the user's journey that needs nothing but CKAN's API: the host tier (scenario.ts) and the
// kind cluster's smoke test (cluster-smoke.ts) both run it, each telling where to look when a step fails.
import type { CkanApi } from "./api.ts";
import { waitFor } from "./processes.ts";

export type Phase = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** Seconds since a performance.now() reading, for progress lines. */
export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

/** Runs one step of a journey, printing its name and, when it passed, how long it took. */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const since = performance.now();
  process.stdout.write(`▶ ${name}\n`);
  const result = await work();
  process.stdout.write(`  ✓ ${name} (${seconds(since)})\n`);
  return result;
}

export interface JourneyContext {
  /** The API as an anonymous user. */
  readonly api: CkanApi;
  readonly phase: Phase;
  /** A sysadmin API token, as an operator makes one. */
  readonly sysadminToken: () => Promise<string>;
  /** Where to look when a step fails: the settings (or logs) behind each part. */
  readonly hints: {
    readonly plugins: () => string;
    readonly solr: () => string;
    readonly xloader: () => string;
  };
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export interface XloaderStatus {
  status: string;
  error?: unknown;
}

/** A CSV of `rows` cities: id, name, population and a date. */
export function csv(rows: number): string {
  const lines = ["id,city,population,measured_on"];
  for (let i = 1; i <= rows; i++)
    lines.push(`${i},city-${i},${1000 + i},2024-01-${String((i % 28) + 1).padStart(2, "0")}`);
  return `${lines.join("\n")}\n`;
}

/** Uploads a CSV as a new resource of the dataset (multipart, as the web form does). */
export async function upload(
  api: CkanApi,
  packageId: string,
  name: string,
  content: string,
): Promise<string> {
  const form = new FormData();
  form.set("package_id", packageId);
  form.set("name", name);
  form.set("format", "CSV");
  form.set("upload", new Blob([content], { type: "text/csv" }), name);
  return (await api.action<{ id: string }>("resource_create", form)).id;
}

/** Waits for XLoader to load the resource; the error names the last status and `hint()`. */
export async function waitForLoad(
  api: CkanApi,
  resourceId: string,
  timeoutSeconds: number,
  hint: () => string,
) {
  let last: XloaderStatus | undefined;
  try {
    await waitFor("XLoader to load the resource", timeoutSeconds, async () => {
      last = await api.action<XloaderStatus>("xloader_status", { resource_id: resourceId });
      if (last.status === "error") throw new Error(`job error: ${JSON.stringify(last.error)}`);
      return last.status === "complete" ? true : undefined;
    });
  } catch (error) {
    throw new Error(
      `XLoader did not load resource ${resourceId} (last status ${last?.status ?? "none"}): ${(error as Error).message}\n${hint()}`,
      { cause: error },
    );
  }
}

/**
 * status_show, a sysadmin token, an organisation and dataset with a CSV upload, XLoader's load into the
 * DataStore, datastore_search and package_search (Solr). Returns the sysadmin's API and the resource.
 */
export async function dataJourney(context: JourneyContext): Promise<{ api: CkanApi; resourceId: string }> {
  const { phase, hints } = context;
  await phase("status_show through the web Service", async () => {
    const result = await context.api.action<{ ckan_version: string; extensions: string[] }>("status_show");
    check(
      result.extensions.includes("datastore") && result.extensions.includes("xloader"),
      `datastore and xloader must be enabled: ${hints.plugins()}`,
    );
  });

  const token = await phase(
    "a sysadmin API token (ckan user token add, as an operator would)",
    context.sysadminToken,
  );
  const api = context.api.withToken(token);

  const resourceId = await phase("organisation, dataset and a CSV upload (multipart)", async () => {
    await api.action("organization_create", { name: "e2e-org", title: "End-to-end" });
    await api.action("package_create", {
      name: "e2e-cities",
      title: "Cities",
      owner_org: "e2e-org",
      notes: "populations",
    });
    return upload(api, "e2e-cities", "cities.csv", csv(5));
  });

  await phase("XLoader loads the CSV into the DataStore", () =>
    waitForLoad(api, resourceId, 60, hints.xloader),
  );

  await phase("datastore_search returns the rows, values and types", async () => {
    const result = await api.action<{
      total: number;
      fields: { id: string; type: string }[];
      records: Record<string, unknown>[];
    }>("datastore_search", { resource_id: resourceId, sort: "_id" });
    check(result.total === 5, `expected 5 rows, DataStore has ${result.total}`);
    const fields = Object.fromEntries(result.fields.map((field) => [field.id, field.type]));
    check(
      JSON.stringify(fields) ===
        JSON.stringify({ _id: "int", id: "text", city: "text", population: "text", measured_on: "text" }),
      `unexpected DataStore column types ${JSON.stringify(fields)}`,
    );
    const first = result.records[0]!;
    check(
      first.city === "city-1" && first.population === "1001" && first.measured_on === "2024-01-02",
      `row 1 is ${JSON.stringify(first)}`,
    );
  });

  await phase("package_search finds the dataset (Solr)", async () => {
    const result = await api.action<{ count: number; results: { name: string }[] }>("package_search", {
      q: "populations",
    });
    check(
      result.count === 1 && result.results[0]!.name === "e2e-cities",
      `package_search found ${result.count} dataset(s); Solr is ${hints.solr()}`,
    );
  });
  return { api, resourceId };
}
