// The host stack as the day-two drills see it (drill-data.ts's DrillStack): the DataStore's read-only
// user through psql on this machine, the uploads volume as a directory.
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { sha256, type DrillStack, type VolumeFile } from "./drill-data.ts";
import type { HostStack } from "./host-stack.ts";
import { containerOf } from "./rendered.ts";

const run = promisify(execFile);

/** libpq's variables for a postgresql:// URL, so the password never is an argument. */
export function libpqEnvironment(url: string): Record<string, string> {
  const parsed = new URL(url.replace(/^postgres(ql)?(\+\w+)?:/, "postgresql:"));
  return {
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: parsed.pathname.slice(1),
  };
}

async function filesUnder(root: string): Promise<Record<string, VolumeFile>> {
  const files: Record<string, VolumeFile> = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name));
    if (relative.startsWith("webassets/")) continue;
    const bytes = await readFile(path.join(root, relative));
    files[relative] = { sha256: sha256(bytes), bytes: bytes.length };
  }
  return files;
}

export function hostDrillStack(stack: HostStack): DrillStack {
  return {
    api: stack.api,
    phase: stack.phase,
    sysadminToken: stack.sysadminToken,
    async readOnlySql(sql) {
      const url = containerOf(stack.stack, "ckan").env.CKAN_DATASTORE_READ_URL!;
      const { stdout } = await run("psql", ["-X", "-v", "ON_ERROR_STOP=1", "-qtAc", sql], {
        env: { ...process.env, ...libpqEnvironment(url) },
      });
      return stdout;
    },
    uploadedFiles: () => filesUnder(stack.volumes.uploads),
    workerLog: async () => stack.supervisor.tail("worker", 15),
  };
}
