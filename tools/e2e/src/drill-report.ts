// The day-two drills' timings and report, the same on the host stack (drills.ts) and on the cluster
// tier (tools/cluster/src/drills.ts): each step timed, then one line per drill and the numbers checked.
import type { Manifest } from "@ckan-openshift/backup";
import type { DrillNumbers, Fingerprint } from "./drill-fingerprint.ts";

interface Timing {
  readonly drill: string;
  readonly step: string;
  readonly seconds: number;
}

export class DrillReport {
  readonly timings: Timing[] = [];
  readonly verdicts: string[] = [];

  /** Runs a drill's step, timing it for the report. */
  async timed<T>(drill: string, step: string, work: () => Promise<T>): Promise<T> {
    const since = performance.now();
    console.log(`▶▶ ${drill}: ${step}`);
    const result = await work();
    const seconds = (performance.now() - since) / 1000;
    this.timings.push({ drill, step, seconds });
    console.log(`  ✓✓ ${drill}: ${step} (${seconds.toFixed(1)}s)`);
    return result;
  }

  /** The report's lines: per drill its total and steps, the items checked, the backup's size. */
  lines(title: string, numbers: DrillNumbers, manifest: Manifest, expected: Fingerprint): string[] {
    const lines = [`Day-two drills (${title}):`];
    for (const drill of [...new Set(this.timings.map((timing) => timing.drill))]) {
      const steps = this.timings.filter((timing) => timing.drill === drill);
      const total = steps.reduce((sum, timing) => sum + timing.seconds, 0);
      lines.push(
        `  ${drill.padEnd(8)} ${total.toFixed(1).padStart(6)}s  ${steps.map((t) => `${t.step} ${t.seconds.toFixed(1)}s`).join(" · ")}`,
      );
    }
    const datastore = Object.entries(expected)
      .filter(([key]) => key.startsWith("datastore:"))
      .map(([key, value]) => {
        const { rows, md5 } = JSON.parse(value) as { rows: number; md5: string };
        return `${key.slice("datastore:".length)} ${rows} rows md5 ${md5}`;
      });
    lines.push(
      `  checked  ${Object.keys(expected).length} items each time: ${numbers.datasets} datasets, ${numbers.resources} resources, ` +
        `${numbers.datastoreTables} DataStore tables (${datastore.join("; ")}), ` +
        `${numbers.uploads} uploads (${numbers.uploadBytes} bytes, SHA-256 on the volume and through CKAN), ` +
        `${numbers.users} users, ${numbers.members} members, ${numbers.tokens} API tokens, ` +
        `${numbers.harvestSources} harvest source(s) with ${numbers.harvestJobs} job(s), 6 searches`,
    );
    const bytes = Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
    lines.push(
      `  backup   ${(bytes / 2 ** 20).toFixed(1)} MiB: ${Object.keys(manifest.files).length} files, ${Object.keys(manifest.uploads).length} uploads`,
    );
    for (const verdict of this.verdicts) lines.push(`  ${verdict}`);
    return lines;
  }
}
