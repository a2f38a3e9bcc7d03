#!/usr/bin/env node
// npm run bench: the median wall time of `render` (every environment, kustomize and validation included)
// and of `validate` (the whole gate, linters included), measured as a user sees them, in a throw-away
// copy of the workspace, cold (kustomize runs every build) and warm (every build from the build cache, as
// when validate follows render or settings did not change). Not a test: timings vary by machine.
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
for (const entry of [
  "environments",
  "manifests",
  "images/ckan/versions.env",
  "images/solr/versions.env",
  "images/postgres/versions.env",
]) {
  cpSync(path.join(root, entry), path.join(workspace, entry), { recursive: true });
}

const caches = { cold: "off", warm: path.join(workspace, ".build-cache") } as const;
type Cache = keyof typeof caches;

/** render writes, so it runs in the copy; validate only reads, so it checks the repository itself. */
function time(command: string, cache: Cache): number {
  const started = performance.now();
  const where = command === "render" ? workspace : root;
  const result = spawnSync(process.execPath, [cli, command, "--json", "--workspace", where], {
    encoding: "utf8",
    env: { ...process.env, CKAN_GATE_CACHE: caches[cache] },
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}${result.stdout}`);
  return elapsed;
}

function report(command: string, what: string, cache: Cache): void {
  time(command, cache); // warm the file cache, Node's compile cache and, when warm, the build cache
  const times = Array.from({ length: runs }, () => time(command, cache)).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const format = (ms: number) => `${(ms / 1000).toFixed(3)}s`;
  console.log(
    `${command}, ${cache} (${what}): median ${format(median)} over ${runs} runs (min ${format(times[0]!)}, max ${format(times.at(-1)!)})`,
  );
}

try {
  for (const cache of ["cold", "warm"] as const) {
    report("render", "all environments, kustomize + schema, Pod Security, project rules and quota", cache);
    report("validate", "the whole gate: every overlay and the repository's files, linters included", cache);
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
