#!/usr/bin/env node
// npm run bench: the median wall time of `render` (every environment, kustomize and validation included)
// and of `validate` (the whole gate, linters included), measured as a user sees them, in a throw-away
// copy of the workspace. Not a test: timings vary by machine.
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

/** render writes, so it runs in the copy; validate only reads, so it checks the repository itself. */
function time(command: string): number {
  const started = performance.now();
  const where = command === "render" ? workspace : root;
  const result = spawnSync(process.execPath, [cli, command, "--json", "--workspace", where], {
    encoding: "utf8",
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}${result.stdout}`);
  return elapsed;
}

function report(command: string, what: string): void {
  time(command); // warm the file cache and Node's compile cache
  const times = Array.from({ length: runs }, () => time(command)).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const format = (ms: number) => `${(ms / 1000).toFixed(3)}s`;
  console.log(
    `${command} (${what}): median ${format(median)} over ${runs} runs (min ${format(times[0]!)}, max ${format(times.at(-1)!)})`,
  );
}

try {
  report("render", "all environments, kustomize + schema, Pod Security, project rules and quota");
  report("validate", "the whole gate: every overlay and the repository's files, linters included");
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
