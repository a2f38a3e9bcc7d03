#!/usr/bin/env node
// npm run bench:e2e: on the booted stack, loads a generated 100 000-row CSV through XLoader (rows per
// second, time from the upload until the table is active with every row) and measures package_search and datastore_search
// at 10 concurrent clients (p50, p95). Prints the figures and writes them to .e2e-bench/report.json.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { CkanApi } from "./api.ts";
import { REPO, withHostStack, type HostStack } from "./host-stack.ts";
import { waitFor } from "./processes.ts";
import { csv, upload } from "./api-journey.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    clients: { type: "string", default: "10" },
    requests: { type: "string", default: "30" },
  },
});
const rows = Number(values.rows);
const clients = Number(values.clients);
const requestsPerClient = Number(values.requests);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function latencies(
  call: () => Promise<unknown>,
): Promise<{ p50: number; p95: number; requests: number }> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < requestsPerClient; i++) {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), requests: times.length };
}

async function benchmark({ phase, api: anonymous, sysadminToken }: HostStack): Promise<void> {
  const api: CkanApi = anonymous.withToken(await sysadminToken());
  await api.action("organization_create", { name: "bench-org" });
  await api.action("package_create", {
    name: "bench-data",
    owner_org: "bench-org",
    notes: "benchmark cities",
  });
  const content = csv(rows);

  const load = await phase(`XLoader: ${rows} rows`, async () => {
    const started = performance.now();
    const resourceId = await upload(api, "bench-data", "bench.csv", content);
    // XLoader marks the table active while it is still copying; the load is done when the job is.
    await waitFor("XLoader to complete the load", 900, async () => {
      const { status, error } = await api.action<{ status: string; error?: unknown }>("xloader_status", {
        resource_id: resourceId,
      });
      if (status === "error") throw new Error(`XLoader failed: ${JSON.stringify(error)}`);
      return status === "complete" ? true : undefined;
    });
    const seconds = (performance.now() - started) / 1000;
    const { total } = await api.action<{ total: number }>("datastore_search", {
      resource_id: resourceId,
      limit: 0,
    });
    if (total !== rows) throw new Error(`the DataStore holds ${total} of ${rows} rows`);
    return {
      resourceId,
      secondsUntilActive: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(rows / seconds),
    };
  });

  const packageSearch = await phase(`package_search, ${clients} concurrent clients`, () =>
    latencies(() => api.action("package_search", { q: "cities", rows: 10 })),
  );
  const datastoreSearch = await phase(`datastore_search, ${clients} concurrent clients`, () =>
    latencies(() =>
      api.action("datastore_search", { resource_id: load.resourceId, q: "city-4242", limit: 10 }),
    ),
  );

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).availableParallelism() },
    xloader: { rows, bytes: Buffer.byteLength(content), ...load },
    latencyMs: { clients, packageSearch, datastoreSearch },
  };
  const file = path.join(REPO, ".e2e-bench", "report.json");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    [
      `XLoader: ${rows} rows active in ${load.secondsUntilActive}s (${load.rowsPerSecond} rows/s)`,
      `package_search   p50 ${packageSearch.p50} ms  p95 ${packageSearch.p95} ms  (${packageSearch.requests} requests, ${clients} clients)`,
      `datastore_search p50 ${datastoreSearch.p50} ms  p95 ${datastoreSearch.p95} ms  (${datastoreSearch.requests} requests, ${clients} clients)`,
      `report: ${path.relative(process.cwd(), file)}`,
    ].join("\n"),
  );
}

await withHostStack({}, benchmark);
