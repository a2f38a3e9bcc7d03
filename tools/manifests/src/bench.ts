#!/usr/bin/env node
// npm run bench: the median wall time of `render` (every environment, kustomize and validation included),
// measured as a user sees it, in a throw-away copy of the workspace. Not a test: timings vary by machine.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "9" } } });
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, "../../..");
const cli = path.join(root, "tools/manifests/src/cli.ts");

const workspace = mkdtempSync(path.join(tmpdir(), "render-bench-"));
for (const entry of ["environments", "manifests", "images/ckan/versions.env", "images/solr/versions.env", "images/postgres/versions.env"]) {
  cpSync(path.join(root, entry), path.join(workspace, entry), { recursive: true });
}

function timeRender(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, "render", "--json", "--workspace", workspace], { encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`render failed:\n${result.stderr}`);
  return elapsed;
}

try {
  timeRender(); // warm the file cache and Node's compile cache
  const times = Array.from({ length: runs }, timeRender).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const format = (ms: number) => `${(ms / 1000).toFixed(3)}s`;
  console.log(
    `render (all environments, kustomize + validation): median ${format(median)} over ${runs} runs ` +
      `(min ${format(times[0]!)}, max ${format(times.at(-1)!)})`,
  );
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
