// Everything the drills must find again after a restore or an upgrade, read through CKAN's API (as the
// sysadmin), the DataStore's read-only database user and the uploads volume itself, as one item per
// fact: `dataset:<name>`, `search:<query>`, `datastore:<dataset>/<resource>` (rows, columns, MD5 of every row),
// `upload:<path>` (SHA-256 on the volume), `download:<dataset>/<resource>` (SHA-256 through CKAN) …
import type { CkanApi } from "./api.ts";
import { check } from "./api-journey.ts";
import { DRILL_ORG, DRILL_USERS, sha256, type DrillStack } from "./drill-data.ts";
import { BBOX_AROUND_OTTAWA } from "./extents.ts";

export type Fingerprint = Record<string, string>;

export interface DrillNumbers {
  datasets: number;
  resources: number;
  datastoreTables: number;
  datastoreRows: number;
  uploads: number;
  uploadBytes: number;
  users: number;
  members: number;
  tokens: number;
  harvestSources: number;
  harvestJobs: number;
}

interface Resource {
  id: string;
  name: string;
  format: string;
  url: string;
  url_type: string | null;
  datastore_active?: boolean;
  size?: number | null;
  mimetype?: string | null;
}

interface Dataset {
  name: string;
  title: string;
  notes: string;
  private: boolean;
  state: string;
  metadata_modified: string;
  organization: { name: string } | null;
  tags: { name: string }[];
  spatial?: string;
  reference_system?: string;
  resources: Resource[];
}

const SEARCHES: Record<string, Record<string, unknown>> = {
  everything: {
    q: "*:*",
    include_private: true,
    rows: 100,
    sort: "name asc",
    "facet.field": ["organization", "tags", "res_format", "license_id"],
  },
  text: { q: "populations", include_private: true, sort: "name asc" },
  tag: { fq: "tags:extent", sort: "name asc" },
  bbox: { q: "*:*", sort: "name asc", extras: { ext_bbox: BBOX_AROUND_OTTAWA } },
  organisation: { fq: `organization:${DRILL_ORG}`, include_private: true, sort: "name asc" },
  anonymous: { q: "drill", sort: "name asc" },
};

const json = (value: unknown) => JSON.stringify(value);

export async function fingerprint(
  stack: DrillStack,
  sysadminToken: string,
): Promise<{ items: Fingerprint; numbers: DrillNumbers }> {
  const api: CkanApi = stack.api.withToken(sysadminToken);
  const items: Fingerprint = {};

  const { results: datasets } = await api.action<{ results: Dataset[] }>("package_search", {
    q: "*:*",
    include_private: true,
    rows: 1000,
  });
  // Resources by `<dataset>/<resource name>`: another journey's dataset may have a resource of the same name.
  const resources: (Resource & { key: string })[] = [];
  for (const { name } of datasets) {
    const dataset = await api.action<Dataset>("package_show", { id: name });
    resources.push(...dataset.resources.map((r) => ({ ...r, key: `${name}/${r.name}` })));
    items[`dataset:${name}`] = json({
      title: dataset.title,
      notes: dataset.notes,
      private: dataset.private,
      state: dataset.state,
      metadata_modified: dataset.metadata_modified,
      organization: dataset.organization?.name,
      tags: dataset.tags.map((tag) => tag.name).sort(),
      spatial: dataset.spatial,
      reference_system: dataset.reference_system,
      resources: dataset.resources.map((r) => [
        r.id,
        r.name,
        r.format,
        r.url,
        r.url_type,
        !!r.datastore_active,
      ]),
    });
  }

  for (const [label, query] of Object.entries(SEARCHES)) {
    const searcher = label === "anonymous" ? stack.api : api;
    const result = await searcher.action<{
      count: number;
      results: { name: string }[];
      search_facets: Record<string, { items: { name: string; count: number }[] }>;
    }>("package_search", query);
    items[`search:${label}`] = json({
      count: result.count,
      names: result.results.map((dataset) => dataset.name),
      facets: Object.fromEntries(
        Object.entries(result.search_facets ?? {})
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([field, facet]) => [field, facet.items.map((item) => `${item.name}=${item.count}`).sort()]),
      ),
    });
  }

  let datastoreRows = 0;
  for (const resource of resources.filter((r) => r.datastore_active)) {
    const search = await api.action<{ total: number; fields: { id: string; type: string }[] }>(
      "datastore_search",
      { resource_id: resource.id, limit: 0 },
    );
    // As the read-only user: proves its grants came back, and digests every row's values in _id order.
    const stdout = await stack.readOnlySql(
      `SELECT count(*) || ' ' || md5(string_agg((to_jsonb(t) - '_full_text')::text, E'\\n' ORDER BY _id)) FROM "${resource.id}" t`,
    );
    const [rows, md5] = stdout.trim().split(" ");
    datastoreRows += Number(rows);
    items[`datastore:${resource.key}`] = json({
      total: search.total,
      rows: Number(rows),
      md5,
      fields: search.fields.map((field) => `${field.id}:${field.type}`),
    });
  }

  for (const resource of resources.filter((r) => r.url_type === "upload")) {
    const response = await api.get(new URL(resource.url).pathname);
    check(response.status === 200, `GET ${resource.url}: HTTP ${response.status}`);
    items[`download:${resource.key}`] = sha256(Buffer.from(await response.arrayBuffer()));
  }
  const cities = resources.find((r) => r.key === "drill-cities/cities.csv");
  if (cities) {
    const status = await api.action<{ status: string; job_id: string }>("xloader_status", {
      resource_id: cities.id,
    });
    items["xloader:cities.csv"] = json({ status: status.status, job_id: status.job_id });
  }

  const uploads = await stack.uploadedFiles();
  let uploadBytes = 0;
  for (const [file, { sha256, bytes }] of Object.entries(uploads)) {
    items[`upload:${file}`] = sha256;
    uploadBytes += bytes;
  }

  const users = await api.action<{ name: string; fullname: string; sysadmin: boolean; state: string }[]>(
    "user_list",
    {},
  );
  items.users = json(users.map((u) => [u.name, u.fullname, u.sysadmin, u.state]).sort());
  const members = await api.action<[string, string, string][]>("member_list", {
    id: DRILL_ORG,
    object_type: "user",
  });
  const nameOf = new Map(
    (await api.action<{ id: string; name: string }[]>("user_list", { all_fields: true })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  items[`members:${DRILL_ORG}`] = json(members.map(([id, , capacity]) => [nameOf.get(id), capacity]).sort());
  let tokens = 0;
  for (const user of ["ckan_admin", ...Object.keys(DRILL_USERS)]) {
    const list = await api.action<{ id: string; name: string; created_at: string }[]>("api_token_list", {
      user_id: user,
    });
    tokens += list.length;
    items[`tokens:${user}`] = json(list.map((t) => [t.id, t.name, t.created_at]).sort());
  }

  const sources = await api.action<{ id: string; name?: string; title: string; url: string; type: string }[]>(
    "harvest_source_list",
    {},
  );
  let harvestJobs = 0;
  items["harvest:sources"] = json(sources.map((s) => [s.title, s.url, s.type]).sort());
  for (const source of sources) {
    const jobs = await api.action<{ id: string; status: string }[]>("harvest_job_list", {
      source_id: source.id,
    });
    harvestJobs += jobs.length;
    items[`harvest:jobs:${source.title}`] = json(jobs.map((job) => [job.id, job.status]).sort());
  }

  return {
    items,
    numbers: {
      datasets: datasets.length,
      resources: resources.length,
      datastoreTables: resources.filter((r) => r.datastore_active).length,
      datastoreRows,
      uploads: Object.keys(uploads).length,
      uploadBytes,
      users: users.length,
      members: members.length,
      tokens,
      harvestSources: sources.length,
      harvestJobs,
    },
  };
}

/** One line per item that is missing, new or different. */
export function differences(before: Fingerprint, after: Fingerprint): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    if (!(key in after)) return [`${key}: missing (was ${before[key]!.slice(0, 200)})`];
    if (!(key in before)) return [`${key}: new (${after[key]!.slice(0, 200)})`];
    return before[key] === after[key]
      ? []
      : [`${key}: ${before[key]!.slice(0, 300)}\n      now ${after[key]!.slice(0, 300)}`];
  });
}

/** Throws with every difference when `after` is not `before`. */
export function checkSame(what: string, before: Fingerprint, after: Fingerprint): void {
  const found = differences(before, after);
  if (found.length > 0)
    throw new Error(
      `${what}: ${found.length} of ${Object.keys(before).length} items differ:\n  ${found.join("\n  ")}`,
    );
}
