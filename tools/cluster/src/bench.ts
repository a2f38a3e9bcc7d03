#!/usr/bin/env node
// npm run bench:cluster: runs the cluster tier once and reports, from what it measured, each image's
// build time and size, the time from `kubectl apply` to a ready portal, and each container's peak
// memory against its request and limit. Timings are reported, never asserted.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { $ } from "zx";
import { formatMemory, type MemoryUse } from "./memory.ts";
import { repoRoot } from "./paths.ts";

interface Report {
  ok: boolean;
  phases: { name: string; seconds: number }[];
  images: { image: string; bytes: number }[];
  memory: MemoryUse[];
  applyToReadySeconds: number;
}

const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-cluster-")), "report.json");
// The tier's own progress lines show while it runs.
await $({
  cwd: repoRoot,
  stdio: "inherit",
  nothrow: true,
})`${process.execPath} tools/cluster/src/main.ts --report ${file}`;
const report = JSON.parse(readFileSync(file, "utf8")) as Report;
const phaseSeconds = (prefix: string) => report.phases.find((p) => p.name.startsWith(prefix))?.seconds;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

console.log(`\n${report.ok ? "✓" : "✗ (the tier failed: partial figures)"} cluster bench`);
console.log("\nphases:");
for (const { name, seconds } of report.phases) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${name}`);
console.log("\nimages (build time with the engine's layer cache as it was, size):");
for (const { image, bytes } of report.images)
  console.log(
    `  ${image.padEnd(10)} ${(phaseSeconds(`npm run images -- build ${image} `)?.toFixed(1) ?? "?").padStart(7)} s  ${mib(bytes)}`,
  );
console.log(`\napply → ready portal: ${report.applyToReadySeconds.toFixed(1)} s`);
console.log(`\npeak memory:\n${formatMemory(report.memory).replace(/^/gm, "  ")}`);
process.exitCode = report.ok ? 0 : 1;
