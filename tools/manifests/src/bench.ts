#!/usr/bin/env node
// npm run bench: the median wall time of `render` (every environment, kustomize and validation included)
// and of `validate` (the whole gate, linters included), measured as a user sees them, in a throw-away
// copy of the workspace, cold (kustomize runs every build) and warm (every build from the build cache, as
// when validate follows render or settings did not change). Not a test: timings vary by machine.
// Progress goes to stderr, one line per run, so the results on stdout stay a clean report.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseCommandLine, runCommand, UsageError } from "./lib/command-line.ts";

const USAGE = `usage: npm run bench [-- --runs <n>]

Times render and validate, cold and warm, in a throw-away copy of the workspace (a few minutes).

  --runs <n>          timed runs of each command, after one warm-up run (default: 9)`;

const root = path.resolve(import.meta.dirname, "../../..");
const cli = path.join(root, "tools/manifests/src/cli.ts");

type Cache = "cold" | "warm";
const COMMANDS = [
  ["render", "all environments, kustomize + schema, Pod Security, project rules and quota"],
  ["validate", "the whole gate: every overlay and the repository's files, linters included"],
] as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)}s`;

/** One run of the CLI; render writes, so it runs in the copy; validate only reads, so it checks the repository. */
function time(workspace: string, command: string, cache: Cache): Promise<number> {
  const caches = { cold: "off", warm: path.join(workspace, ".build-cache") };
  const started = performance.now();
  const where = command === "render" ? workspace : root;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, command, "--json", "--workspace", where], {
      env: { ...process.env, CKAN_GATE_CACHE: caches[cache] },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} failed (exit code ${status}):\n${stderr}`));
    });
  });
}

async function bench(runs: number): Promise<number> {
  const workspace = mkdtempSync(path.join(tmpdir(), "render-bench-"));
  try {
    for (const entry of [
      "environments",
      "manifests",
      "images/ckan/versions.env",
      "images/solr/versions.env",
      "images/postgres/versions.env",
    ]) {
      cpSync(path.join(root, entry), path.join(workspace, entry), { recursive: true });
    }
    const total = 2 * COMMANDS.length * (runs + 1);
    let done = 0;
    for (const cache of ["cold", "warm"] as const) {
      for (const [command, what] of COMMANDS) {
        const times: number[] = [];
        // The first run warms the file cache, Node's compile cache and, when warm, the build cache.
        for (let run = 0; run <= runs; run++) {
          const label = run === 0 ? "warm-up" : `run ${run}/${runs}`;
          process.stderr.write(`  [${++done}/${total}] ${command}, ${cache}, ${label} … `);
          const elapsed = await time(workspace, command, cache);
          process.stderr.write(`${seconds(elapsed)}\n`);
          if (run > 0) times.push(elapsed);
        }
        times.sort((a, b) => a - b);
        console.log(
          `${command}, ${cache} (${what}): median ${seconds(times[Math.floor(times.length / 2)]!)} over ${runs} runs (min ${seconds(times[0]!)}, max ${seconds(times.at(-1)!)})`,
        );
      }
    }
    return 0;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

await runCommand(async () => {
  const { values } = parseCommandLine(process.argv.slice(2), {
    usage: USAGE,
    options: { runs: { type: "string", default: "9" } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError(`--runs: "${values.runs}" is not a whole number of runs, 1 or more`, USAGE);
  return bench(runs);
});
