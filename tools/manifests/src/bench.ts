#!/usr/bin/env node
// npm run bench: render and validate against the yardsticks of issue 14, measured side by side in one run.
// Each round runs every subject once, in turn, so a busy machine slows them all alike:
//   - render, cold (no build cache: CKAN_GATE_CACHE=off) and warm (the build cache of the earlier rounds),
//     in a throw-away copy of the workspace (render writes);
//   - validate, cold, on the repository (it only reads);
//   - `kubectl kustomize` of our own overlays, sandbox and gov-dev;
//   - `helm template` of Keitaro's CKAN chart, vendored in bench/ckan-chart/ (SOURCE.md).
// It prints each subject's median, its ratio to helm template's, and whether each target is met. Not a
// test: it exits 0 whatever the timings. Progress goes to stderr, the report to stdout.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseCommandLine, runCommand, UsageError } from "./lib/command-line.ts";

const USAGE = `usage: npm run bench [-- --runs <n>]

Times render (cold and warm) and validate (cold) side by side with kubectl kustomize of the overlays and
helm template of a vendored CKAN chart, in rounds, and prints the medians and ratios (a minute or two).

  --runs <n>          timed rounds, after one warm-up round (default: 9)`;

const root = path.resolve(import.meta.dirname, "../../..");
const cli = path.join(root, "tools/manifests/src/cli.ts");
/** What `npm run render` runs (start.cjs answers an unchanged render before loading TypeScript). */
const start = path.join(root, "tools/manifests/src/start.cjs");
const chart = path.join(root, "tools/manifests/bench/ckan-chart");
const toolsBin = path.join(root, ".tools/bin");

interface Subject {
  readonly name: string;
  readonly what: string;
  readonly command: readonly string[];
  readonly env?: Record<string, string>;
}

/** The bar: a ratio to helm template's median, or seconds on this machine. */
interface Target {
  readonly subject: string;
  readonly ratio?: number;
  readonly seconds?: number;
}

const TARGETS: readonly Target[] = [
  { subject: "render cold", ratio: 1.0 },
  { subject: "render warm", ratio: 0.5 },
  { subject: "validate cold", seconds: 2 },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)}s`;
const median = (times: readonly number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** A program from .tools/bin (setup.sh bench), else from PATH; undefined when neither has it. */
function program(name: string): string | undefined {
  const pinned = path.join(toolsBin, name);
  if (existsSync(pinned)) return pinned;
  return spawnSync(name, ["--help"], { stdio: "ignore" }).error ? undefined : name;
}

function firstLine(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return (result.stdout || result.stderr || "").trim().split("\n")[0] ?? "";
}

function time(subject: Subject): Promise<number> {
  const [command, ...args] = subject.command;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, {
      env: { ...process.env, ...subject.env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status === 0) resolve(performance.now() - started);
      else reject(new Error(`${subject.name} failed (exit code ${status}):\n${stderr}`));
    });
  });
}

function subjects(workspace: string, scratch: string): { list: Subject[]; missing: string[] } {
  const node = process.execPath;
  const list: Subject[] = [
    {
      name: "render cold",
      what: "every environment, no build cache",
      command: [node, start, "render", "--json", "--workspace", workspace],
      env: { CKAN_GATE_CACHE: "off" },
    },
    {
      name: "render warm",
      what: "every environment, settings unchanged, build cache on",
      command: [node, start, "render", "--json", "--workspace", workspace],
      env: { CKAN_GATE_CACHE: path.join(scratch, "build-cache") },
    },
    {
      name: "validate cold",
      what: "the whole gate, every variant, linters included, no build cache",
      command: [node, cli, "validate", "--json", "--workspace", root],
      env: { CKAN_GATE_CACHE: "off" },
    },
  ];
  const missing: string[] = [];
  const kubectl = program("kubectl");
  if (kubectl) {
    for (const overlay of ["sandbox", "gov-dev"]) {
      list.push({
        name: `kubectl kustomize ${overlay}`,
        what: `manifests/overlays/${overlay}, one build`,
        command: [kubectl, "kustomize", path.join(root, "manifests/overlays", overlay)],
      });
    }
  } else missing.push("kubectl (for kubectl kustomize): install kubectl");
  const helm = program("helm");
  if (helm) {
    list.push({
      name: "helm template",
      what: "keitaroinc/ckan-helm v4.0.7, default values (bench/ckan-chart/SOURCE.md)",
      command: [helm, "template", "ckan", chart],
      // Helm's own folders in the scratch directory: nothing of the user's helm is read or written.
      env: Object.fromEntries(
        ["HELM_CACHE_HOME", "HELM_CONFIG_HOME", "HELM_DATA_HOME"].map((name) => [
          name,
          path.join(scratch, "helm", name),
        ]),
      ),
    });
  } else missing.push("helm (the yardstick): run tools/workspace-setup/setup.sh bench");
  return { list, missing };
}

function machine(): string {
  const cores = cpus();
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  return `${cores.length} core(s) of ${cores[0]?.model.trim() ?? "unknown CPU"}, load average ${load}`;
}

async function bench(runs: number): Promise<number> {
  const scratch = mkdtempSync(path.join(tmpdir(), "render-bench-"));
  const workspace = path.join(scratch, "workspace");
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
    const { list, missing } = subjects(workspace, scratch);
    const before = machine();
    const times = new Map<string, number[]>(list.map((subject) => [subject.name, []]));
    // Round 0 warms the file cache, Node's compile cache and, for render warm, the build cache.
    for (let round = 0; round <= runs; round++) {
      const label = round === 0 ? "warm-up" : `round ${round}/${runs}`;
      process.stderr.write(`  ${label}:`);
      for (const subject of list) {
        const elapsed = await time(subject);
        process.stderr.write(` ${subject.name} ${seconds(elapsed)};`);
        if (round > 0) times.get(subject.name)!.push(elapsed);
      }
      process.stderr.write("\n");
    }
    const helm = times.get("helm template");
    const yardstick = helm && median(helm);
    console.log(`npm run bench: ${runs} round(s), each subject once per round, in turn`);
    console.log(`machine: ${before} (before), ${machine().replace(/.*, /, "")} (after)`);
    const versions = [
      `node ${process.version}`,
      program("kubectl") &&
        firstLine(program("kubectl")!, ["version", "--client"]).replace(/^Client /, "kubectl "),
      program("helm") && `helm ${firstLine(program("helm")!, ["version", "--template", "{{.Version}}"])}`,
    ].filter(Boolean);
    console.log(`tools: ${versions.join(", ")}\n`);
    const width = Math.max(...list.map((subject) => subject.name.length));
    for (const subject of list) {
      const measured = times.get(subject.name)!;
      const sorted = [...measured].sort((a, b) => a - b);
      const ratio = yardstick ? ` ${(median(measured) / yardstick).toFixed(2).padStart(6)}× helm` : "";
      console.log(
        `${subject.name.padEnd(width)}  median ${seconds(median(measured)).padStart(7)}${ratio}  (min ${seconds(sorted[0]!)}, max ${seconds(sorted.at(-1)!)}): ${subject.what}`,
      );
    }
    console.log("\ntargets (issue 14):");
    for (const target of TARGETS) {
      const measured = median(times.get(target.subject)!);
      if (target.ratio !== undefined) {
        if (!yardstick) {
          console.log(
            `  ? ${target.subject} ≤ ${target.ratio.toFixed(1)}× helm template: no helm to compare with`,
          );
          continue;
        }
        const ratio = measured / yardstick;
        const met = ratio <= target.ratio;
        console.log(
          `  ${met ? "✓" : "✗"} ${target.subject} ≤ ${target.ratio.toFixed(1)}× helm template: ${ratio.toFixed(2)}× ${met ? "(met)" : "(not met)"}`,
        );
      } else {
        const met = measured <= target.seconds! * 1000;
        console.log(
          `  ${met ? "✓" : "✗"} ${target.subject} ≤ ${target.seconds}s on this machine: ${seconds(measured)} ${met ? "(met)" : "(not met)"}`,
        );
      }
    }
    for (const tool of missing) console.log(`  (not measured: ${tool})`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
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
