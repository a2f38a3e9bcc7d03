// Running the repository's real CLIs in throw-away copies of the workspace: for the bad-input table and
// the command-line contract. Stand-ins replace only what cannot run here (oc, container engines).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GENERATED_DOCS } from "../src/docs.ts";

export const REPO = path.resolve(import.meta.dirname, "../../..");

/** Each CLI's entry point, and whether it takes --workspace (bench always copies the repository). */
export const CLIS = {
  manifests: { entry: "tools/manifests/src/cli.ts", workspace: true },
  bench: { entry: "tools/manifests/src/bench.ts", workspace: false },
  images: { entry: "tools/images/src/cli.ts", workspace: true },
  secrets: { entry: "tools/secrets/src/cli.ts", workspace: true },
  backup: { entry: "tools/backup/src/cli.ts", workspace: true },
} as const;
export type Cli = keyof typeof CLIS;

export interface WorkspaceCopy {
  readonly root: string;
  /** A file of the copy, relative to its root. */
  readonly file: (relative: string) => string;
  readonly cleanup: () => void;
}

/** What the commands read and write: settings, the committed manifests and docs, the images' inputs. */
export function copyWorkspace(): WorkspaceCopy {
  const root = mkdtempSync(path.join(tmpdir(), "bad-input-"));
  const entries = [
    "environments",
    "manifests",
    ...Object.keys(GENERATED_DOCS),
    ...["ckan", "solr", "postgres"].flatMap((image) => [
      `images/${image}/versions.env`,
      `images/${image}/Dockerfile`,
    ]),
  ];
  for (const entry of entries) cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  return {
    root,
    file: (relative) => path.join(root, relative),
    cleanup: () => {
      rmSync(root, { recursive: true, force: true });
      rmSync(`${root}.stdin`, { force: true });
    },
  };
}

/**
 * A folder of stand-in programs (shell scripts) and the shells zx runs them with, to be the whole PATH:
 * nothing installed on the machine (a real oc, podman or kubectl) can answer instead.
 */
export function standIns(scripts: Readonly<Record<string, string>>): { path: string; cleanup: () => void } {
  const bin = mkdtempSync(path.join(tmpdir(), "stand-ins-"));
  for (const [name, script] of Object.entries(scripts)) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  }
  // The shells zx runs them with, and what the scripts themselves use.
  for (const program of ["sh", "bash", "cat", "grep"])
    symlinkSync(`/bin/${program}`, path.join(bin, program));
  return { path: bin, cleanup: () => rmSync(bin, { recursive: true, force: true }) };
}

/** Every folder and file below `root` (path, mode, content): equal hashes mean nothing was written. */
export function treeHash(root: string): string {
  const hash = createHash("sha256");
  const walk = (directory: string, prefix: string) => {
    for (const name of readdirSync(directory).sort()) {
      const full = path.join(directory, name);
      const relative = `${prefix}${name}`;
      const stat = statSync(full);
      hash.update(`${relative}\0${stat.mode}\0`);
      if (stat.isDirectory()) walk(full, `${relative}/`);
      else hash.update(readFileSync(full)).update("\0");
    }
  };
  if (existsSync(root)) walk(root, "");
  return hash.digest("hex");
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a CLI to completion (asynchronously, so tests can run side by side), in `cwd`. */
export function runCli(
  cli: Cli,
  args: readonly string[],
  options: { workspace?: string; path?: string; cwd?: string } = {},
): Promise<CliResult> {
  const { entry, workspace } = CLIS[cli];
  const argv = [
    path.join(REPO, entry),
    ...args,
    ...(workspace && options.workspace ? ["--workspace", options.workspace] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, {
      cwd: options.cwd ?? options.workspace ?? REPO,
      env: { ...process.env, ...(options.path ? { PATH: options.path } : {}), NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
