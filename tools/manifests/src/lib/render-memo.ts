// A render of unchanged inputs is the render before it: the same tree, already in manifests/, and the same
// report. So a successful render that changed nothing is remembered under the hash of everything render
// reads, and the next render with the same hash prints that report again without loading the generator,
// kustomize or the gate (the warm `npm run render`). Loaded before anything else: node builtins only.
//
// The key covers: the content of the workspace's inputs and output (environments/, manifests/ with its image
// pins and SealedSecrets, images/*/versions.env); the code (tools/manifests/src and openapi/, the installed
// packages' lock) by path, size and modification time, which an edit or a checkout changes; the kustomize
// and kubectl binaries render may run, likewise; Node's version and the command line. It lives in the build
// cache (content-cache.ts): CKAN_GATE_CACHE=off turns it off too.
import { createHash, type Hash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
} from "node:fs";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cacheDir } from "./content-cache.ts";

const REPO = path.resolve(import.meta.dirname, "../../../..");

/** What render reads from the workspace, hashed by content. */
export const WORKSPACE_INPUTS = [
  "environments",
  "manifests",
  "images/ckan/versions.env",
  "images/solr/versions.env",
  "images/postgres/versions.env",
];

/** The code that renders, relative to the repository, fingerprinted by path, size and modification time. */
export const CODE_INPUTS = [
  "tools/manifests/src",
  "tools/manifests/openapi",
  "node_modules/.package-lock.json",
];

type Visit = (hash: Hash, file: string) => void;

const byContent: Visit = (hash, file) => {
  hash.update(readFileSync(file)).update("\0");
};

const byStat: Visit = (hash, file) => {
  const { size, mtimeMs } = statSync(file);
  hash.update(`${size} ${mtimeMs}\0`);
};

/** Every file below `target` (or `target` itself), by relative path, in a stable order; a missing one too. */
function hashTree(hash: Hash, target: string, visit: Visit, prefix = ""): void {
  let entries;
  try {
    entries = readdirSync(target, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") {
      hash.update(`${prefix}\0`);
      visit(hash, target);
    } else hash.update(`${prefix}\0${code}\0`);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) hashTree(hash, path.join(target, entry.name), visit, relative);
    else {
      hash.update(`${relative}\0`);
      visit(hash, path.join(target, entry.name));
    }
  }
}

/** Each program render may run to build overlays (kustomize.ts picks one), by where it is and its stat. */
function kustomizePrograms(): string[] {
  const candidates = [path.join(REPO, ".tools/bin/kustomize")];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean))
    for (const name of ["kustomize", "kubectl"]) candidates.push(path.join(dir, name));
  return candidates
    .filter((file) => existsSync(file))
    .map((file) => {
      const real = realpathSync(file);
      const { size, mtimeMs } = statSync(real);
      return `${file} ${real} ${size} ${mtimeMs}`;
    });
}

export interface RenderMemoInputs {
  readonly workspaceRoot: string;
  /** The command line (render's options), which changes the report's form. */
  readonly argv: readonly string[];
  /** The code's root; the repository this file is in unless a test says otherwise. */
  readonly codeRoot?: string;
}

/** The hash of everything a render reads and of how it was asked for. */
export function renderKey({ workspaceRoot, argv, codeRoot = REPO }: RenderMemoInputs): string {
  const hash = createHash("sha256");
  for (const input of WORKSPACE_INPUTS) {
    hash.update(`workspace ${input}\0`);
    hashTree(hash, path.join(workspaceRoot, input), byContent);
  }
  for (const input of CODE_INPUTS) {
    hash.update(`code ${input}\0`);
    hashTree(hash, path.join(codeRoot, input), byStat);
  }
  return hash
    .update(["node", process.version, ...kustomizePrograms(), "argv", ...argv].join("\0"))
    .digest("hex");
}

/** What render printed, to print again. */
export interface RenderMemo {
  /** stdout, without the closing line that says how long render took. */
  readonly report: string;
  readonly files: number;
  readonly environments: number;
}

let keyBeforeRender: string | undefined;

/** The key of the inputs as the render about to run finds them (cli.ts computes it first). */
export function noteKeyBeforeRender(key: string): void {
  keyBeforeRender = key;
}

/**
 * Remembers a successful render's report when it changed nothing: the inputs now have the key they had
 * before it ran (a render that wrote files is remembered by the next one, which finds them in place).
 */
export function rememberIfUnchanged(inputs: RenderMemoInputs, memo: RenderMemo): void {
  if (!keyBeforeRender || !cacheDir()) return;
  const key = renderKey(inputs);
  if (key === keyBeforeRender) rememberRender(key, memo);
}

const memoFile = (dir: string, key: string) => path.join(dir, `render-${key}.json`);

export function recallRender(key: string): RenderMemo | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(readFileSync(memoFile(dir, key), "utf8")) as RenderMemo;
  } catch {
    return undefined;
  }
}

/** Keeps `memo` under `key`; a cache that cannot be written only makes the next render slower. */
export function rememberRender(key: string, memo: RenderMemo): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = memoFile(dir, key);
    writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(memo));
    renameSync(`${file}.${process.pid}.partial`, file);
  } catch {
    // read-only or full disk
  }
}

/**
 * The workspace and whether --json was given, when `argv` is a plain render command line (render, --json,
 * --workspace <dir>); undefined for anything else (--help, a mistake …), which the real command handles.
 */
export function plainRender(
  argv: readonly string[],
  defaultWorkspace = REPO,
): { workspace: string; json: boolean } | undefined {
  if (argv[0] !== "render") return undefined;
  let workspace = defaultWorkspace;
  let json = false;
  for (let index = 1; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === "--json" && !json) json = true;
    else if (argument === "--workspace" && index + 1 < argv.length) workspace = argv[++index]!;
    else if (argument.startsWith("--workspace=")) workspace = argument.slice("--workspace=".length);
    else return undefined;
  }
  return { workspace: path.resolve(workspace), json };
}
