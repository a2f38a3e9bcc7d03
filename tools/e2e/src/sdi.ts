// The SDI journey (issue #7): the geospatial schema, bbox search, DCAT's RDF endpoints and a harvest
// from a real CSW server through the gather and fetch consumers and the CronJob's command, each started
// from the rendered manifests.
import { Parser, type Quad } from "n3";
import { CkanError, type CkanApi } from "./api.ts";
import { runToCompletion } from "./ckan.ts";
import { BBOX_AROUND_OTTAWA, BBOX_EUROPE, BBOX_YUKON, OTTAWA, OTTAWA_WKT } from "./extents.ts";
import { startHarvestConsumers } from "./harvest-consumers.ts";
import type { HostStack } from "./host-stack.ts";
import { waitFor } from "./processes.ts";
import { PYCSW_URL, pycswVirtualEnvironment, startPycsw } from "./pycsw.ts";
import { containerOf, setting } from "./rendered.ts";

const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  locn: "http://www.w3.org/ns/locn#",
  vcard: "http://www.w3.org/2006/vcard/ns#",
} as const;
const RDF_TYPE = `${NS.rdf}type`;

/** The plugins the SDI needs, by their entry-point names (images/ckan/versions.env). */
const SDI_PLUGINS = [
  "harvest",
  "ckan_harvester",
  "sdi_csw_harvester",
  "waf_harvester",
  "scheming_datasets",
  "sdi",
  "sdi_harvest",
  "spatial_metadata",
  "spatial_query",
  "dcat",
  "geo_view",
  "geojson_view",
  "shp_view",
  "wmts_view",
];

/** What the harvest must make of tools/e2e/fixtures/csw (name from the title, fields from the ISO record). */
const HARVESTED = {
  "ottawa-river-water-quality-stations": {
    reference_system: "EPSG:4326",
    temporal_start: "2015-01-01",
    contact_email: "water@example.gc.ca",
  },
  "great-lakes-bathymetry": {
    reference_system: "EPSG:3978",
    temporal_start: "2001-06-01",
    contact_email: "chs@example.gc.ca",
  },
  "yukon-permafrost-map": {
    reference_system: "EPSG:3578",
    temporal_start: "2018-01-01",
    contact_email: "ygs@example.gc.ca",
  },
} as const;

interface Dataset {
  id: string;
  name: string;
  metadata_modified: string;
  [field: string]: unknown;
}

interface HarvestJob {
  id: string;
  status: string;
  stats: Record<string, number>;
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function namesInBbox(api: CkanApi, bbox: string, fq: string): Promise<string[]> {
  const result = await api.action<{ results: { name: string }[] }>("package_search", {
    fq,
    rows: 100,
    extras: { ext_bbox: bbox },
  });
  return result.results.map((dataset) => dataset.name).sort();
}

/** The Turtle at `path`, parsed by n3 (a parser independent of the rdflib that wrote it). */
async function turtle(api: CkanApi, path: string): Promise<Quad[]> {
  const response = await api.get(path);
  const body = await response.text();
  check(response.status === 200, `GET ${path}: HTTP ${response.status}: ${body.slice(0, 300)}`);
  const type = response.headers.get("content-type") ?? "";
  check(type.startsWith("text/turtle"), `GET ${path}: Content-Type ${type}, expected text/turtle`);
  try {
    return new Parser({ format: "text/turtle" }).parse(body);
  } catch (error) {
    throw new Error(`GET ${path} is not valid Turtle: ${(error as Error).message}`, { cause: error });
  }
}

/** Objects of (subject, predicate, ?) as their values (IRIs, literals or blank node ids). */
function objects(quads: readonly Quad[], subject: string, predicate: string): string[] {
  return quads
    .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
    .map((q) => q.object.value)
    .sort();
}

async function validationErrorOf(
  api: CkanApi,
  dataset: Record<string, unknown>,
): Promise<Record<string, string[]>> {
  try {
    await api.action("package_create", dataset);
  } catch (error) {
    if (error instanceof CkanError && error.status === 409) return error.error as Record<string, string[]>;
    throw error;
  }
  throw new Error(`package_create accepted ${JSON.stringify(dataset.spatial)} as a spatial extent`);
}

export async function runSdiScenario(context: HostStack, api: CkanApi): Promise<void> {
  const { stack, phase } = context;
  const web = containerOf(stack, "ckan");

  await phase("SDI plugins are enabled (status_show)", async () => {
    const { extensions } = await api.action<{ extensions: string[] }>("status_show");
    const missing = SDI_PLUGINS.filter((plugin) => !extensions.includes(plugin));
    check(
      missing.length === 0,
      `plugins not enabled: ${missing.join(", ")}; ${setting(web, "CKAN__PLUGINS")}`,
    );
  });

  const extentDataset = await phase(
    "geospatial schema: a dataset with its extent, CRS, period and contact",
    () =>
      api.action<Dataset>("package_create", {
        name: "e2e-sdi-ottawa",
        title: "Ottawa extent",
        owner_org: "e2e-org",
        notes: "A dataset with a spatial extent",
        license_id: "cc-by",
        tags: [{ name: "hydrography" }],
        spatial: JSON.stringify(OTTAWA),
        reference_system: "EPSG:4326",
        temporal_start: "2020-01-01",
        temporal_end: "2020-12-31",
        contact_name: "Open Data Team",
        contact_email: "open-data@example.gc.ca",
      }),
  );
  check(
    extentDataset.reference_system === "EPSG:4326" &&
      extentDataset.temporal_start === "2020-01-01" &&
      extentDataset.contact_email === "open-data@example.gc.ca" &&
      JSON.stringify(JSON.parse(String(extentDataset.spatial))) === JSON.stringify(OTTAWA),
    `the schema's fields did not round-trip: ${JSON.stringify(extentDataset)}`,
  );

  await phase("bbox search finds the dataset, a disjoint bbox does not (Solr bbox fields)", async () => {
    const fq = "name:e2e-sdi-ottawa";
    const around = await namesInBbox(api, BBOX_AROUND_OTTAWA, fq);
    check(
      JSON.stringify(around) === '["e2e-sdi-ottawa"]',
      `ext_bbox=${BBOX_AROUND_OTTAWA} found ${JSON.stringify(around)}; ${setting(web, "CKANEXT__SPATIAL__SEARCH_BACKEND")}`,
    );
    const disjoint = await namesInBbox(api, BBOX_EUROPE, fq);
    check(disjoint.length === 0, `ext_bbox=${BBOX_EUROPE} (disjoint) found ${JSON.stringify(disjoint)}`);
  });

  await phase("geospatial schema rejects a malformed extent with a clear error", async () => {
    const base = { owner_org: "e2e-org", title: "Broken extent" };
    const ring = await validationErrorOf(api, {
      ...base,
      name: "e2e-sdi-broken-ring",
      spatial: JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [-75, 45],
            [-74, 46],
          ],
        ],
      }),
    });
    check(
      ring.spatial?.[0] ===
        "The spatial extent is not a valid GeoJSON Polygon: A linearring requires at least 4 coordinates.",
      `a two-point ring: expected a spatial error, got ${JSON.stringify(ring)}`,
    );
    const latitude = await validationErrorOf(api, {
      ...base,
      name: "e2e-sdi-broken-latitude",
      spatial: JSON.stringify({ type: "Point", coordinates: [-75, 95] }),
    });
    check(
      latitude.spatial?.[0]?.startsWith(
        "The spatial extent must be in WGS 84 longitude/latitude (EPSG:4326)",
      ) === true,
      `latitude 95: expected a spatial error, got ${JSON.stringify(latitude)}`,
    );
    const text = await validationErrorOf(api, { ...base, name: "e2e-sdi-broken-json", spatial: "45N 75W" });
    check(
      text.spatial?.[0]?.startsWith("The spatial extent is not GeoJSON:") === true,
      `a non-JSON extent: expected a spatial error, got ${JSON.stringify(text)}`,
    );
    const { count } = await api.action<{ count: number }>("package_search", { q: "name:e2e-sdi-broken*" });
    check(count === 0, `${count} rejected dataset(s) were indexed anyway`);
  });

  await phase("DCAT: the catalogue and the dataset as Turtle parse, with the expected triples", async () => {
    const site = web.env.CKAN_SITE_URL!;
    const datasetUri = `${site}/dataset/${extentDataset.id}`;
    const catalog = await turtle(api, "/catalog.ttl");
    const catalogs = catalog.filter(
      (q) => q.predicate.value === RDF_TYPE && q.object.value === `${NS.dcat}Catalog`,
    );
    check(catalogs.length === 1, `/catalog.ttl has ${catalogs.length} dcat:Catalog nodes`);
    const listed = objects(catalog, catalogs[0]!.subject.value, `${NS.dcat}dataset`);
    check(
      listed.includes(datasetUri),
      `/catalog.ttl does not list ${datasetUri} (lists ${listed.join(", ")})`,
    );

    const dataset = await turtle(api, `/dataset/${extentDataset.name}.ttl`);
    check(
      objects(dataset, datasetUri, RDF_TYPE).includes(`${NS.dcat}Dataset`),
      `/dataset/${extentDataset.name}.ttl has no ${datasetUri} a dcat:Dataset`,
    );
    check(
      JSON.stringify(objects(dataset, datasetUri, `${NS.dct}title`)) === '["Ottawa extent"]',
      `dct:title is ${JSON.stringify(objects(dataset, datasetUri, `${NS.dct}title`))}`,
    );
    // DCAT-AP 3 writes the extent as a WKT literal (locn:geometry), 4 decimals.
    const [location] = objects(dataset, datasetUri, `${NS.dct}spatial`);
    const geometries = location ? objects(dataset, location, `${NS.locn}geometry`) : [];
    check(
      JSON.stringify(geometries) === JSON.stringify([OTTAWA_WKT]),
      `dct:spatial's locn:geometry is ${JSON.stringify(geometries)}, expected ${OTTAWA_WKT}`,
    );
    const [period] = objects(dataset, datasetUri, `${NS.dct}temporal`);
    const start = period ? objects(dataset, period, `${NS.dcat}startDate`) : [];
    check(
      JSON.stringify(start) === '["2020-01-01"]',
      `dct:temporal's dcat:startDate is ${JSON.stringify(start)}`,
    );
    const [contact] = objects(dataset, datasetUri, `${NS.dcat}contactPoint`);
    const emails = contact ? objects(dataset, contact, `${NS.vcard}hasEmail`) : [];
    check(
      JSON.stringify(emails) === '["mailto:open-data@example.gc.ca"]',
      `dcat:contactPoint's vcard:hasEmail is ${JSON.stringify(emails)}`,
    );

    const jsonld = await api.get(`/dataset/${extentDataset.name}.jsonld`);
    const graph = (await jsonld.json()) as { "@graph"?: { "@id": string; "@type": string | string[] }[] };
    const node = graph["@graph"]?.find((n) => n["@id"] === datasetUri);
    check(
      node !== undefined &&
        [node["@type"]].flat().some((type) => ["dcat:Dataset", `${NS.dcat}Dataset`].includes(type)),
      `/dataset/${extentDataset.name}.jsonld has no dcat:Dataset node ${datasetUri}`,
    );
  });

  await runHarvest(context, api);
}

async function runHarvest(context: HostStack, api: CkanApi): Promise<void> {
  const { stack, host, supervisor, phase } = context;
  const harvestRun = containerOf(stack, "ckan-harvest-run");

  await phase("a CSW server (pycsw from PyPI) with the test's ISO 19139 records", async () => {
    const venv = await pycswVirtualEnvironment((line) => console.log(`  ${line}`));
    await startPycsw(supervisor, host.paths, venv);
  });

  await phase("harvest gather and fetch consumers start; their probes pass", () =>
    startHarvestConsumers(context),
  );

  const source = await phase("a CSW harvest source (harvest_source_create)", () =>
    api.action<{ id: string }>("harvest_source_create", {
      name: "e2e-csw",
      title: "End-to-end CSW",
      url: PYCSW_URL,
      source_type: "csw",
      frequency: "MANUAL",
      owner_org: "e2e-org",
    }),
  );

  let runs = 0;
  /** Triggers the source now (harvest_job_create), then runs the CronJob's command until the job is Finished. */
  const harvestNow = async (): Promise<HarvestJob> => {
    const job = await api.action<HarvestJob>("harvest_job_create", { source_id: source.id });
    let last: HarvestJob | undefined;
    try {
      await waitFor("the harvest job to finish", 300, async () => {
        await runToCompletion(host, supervisor, harvestRun, `harvest-run-${++runs}`);
        last = await api.action<HarvestJob>("harvest_job_show", { id: job.id });
        return last.status === "Finished" ? true : undefined;
      });
    } catch (error) {
      throw new Error(
        `harvest job ${job.id} did not finish (last status ${last?.status ?? "none"}): ${(error as Error).message}\n` +
          `  gather log:\n${supervisor.tail("harvest-gather", 15)}\n  fetch log:\n${supervisor.tail("harvest-fetch", 15)}`,
        { cause: error },
      );
    }
    return last!;
  };

  const harvestedFq = `name:(${Object.keys(HARVESTED).join(" OR ")})`;
  const first = await phase("harvest now: the consumers create one dataset per ISO record", async () => {
    const job = await harvestNow();
    check(
      job.stats.added === 3 && (job.stats.errored ?? 0) === 0,
      `the first harvest's stats are ${JSON.stringify(job.stats)}, expected 3 added and no errors`,
    );
    const datasets: Dataset[] = [];
    for (const [name, expected] of Object.entries(HARVESTED)) {
      const dataset = await api.action<Dataset>("package_show", { id: name });
      for (const [field, value] of Object.entries(expected)) {
        check(
          dataset[field] === value,
          `harvested ${name}: ${field} is ${JSON.stringify(dataset[field])}, expected ${value}`,
        );
      }
      check(
        typeof dataset.spatial === "string" && dataset.license_id === "cc-by",
        `harvested ${name}: ${JSON.stringify(dataset)}`,
      );
      datasets.push(dataset);
    }
    const yukon = await namesInBbox(api, BBOX_YUKON, harvestedFq);
    check(
      JSON.stringify(yukon) === '["yukon-permafrost-map"]',
      `ext_bbox=${BBOX_YUKON} found ${JSON.stringify(yukon)}`,
    );
    return datasets;
  });

  await phase("harvest again: nothing changes", async () => {
    const job = await harvestNow();
    check(
      job.stats.added === 0 &&
        job.stats.updated === 0 &&
        job.stats.deleted === 0 &&
        (job.stats.errored ?? 0) === 0,
      `the second harvest's stats are ${JSON.stringify(job.stats)}, expected nothing added, updated or deleted`,
    );
    for (const before of first) {
      const after = await api.action<Dataset>("package_show", { id: before.id });
      check(
        after.metadata_modified === before.metadata_modified,
        `${before.name} was modified by the second harvest (${before.metadata_modified} → ${after.metadata_modified})`,
      );
    }
    const { count } = await api.action<{ count: number }>("package_search", { fq: harvestedFq });
    check(count === 3, `after the second harvest ${count} harvested datasets are indexed`);
  });
}
