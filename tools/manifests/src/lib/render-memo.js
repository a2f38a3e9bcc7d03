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
//
// Plain JavaScript (its types in render-memo.d.ts), like cache-dir.js and start.js: Node loads its
// TypeScript stripper with the first .ts file, which costs a warm render more than everything else.
import { createHash } from "node:crypto";
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
import { cacheDir } from "./cache-dir.js";

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

/** @typedef {(hash: import("node:crypto").Hash, file: string) => void} Visit */

/** @type {Visit} */
const byContent = (hash, file) => {
  hash.update(readFileSync(file)).update("\0");
};

/** @type {Visit} */
const byStat = (hash, file) => {
  const { size, mtimeMs } = statSync(file);
  hash.update(`${size} ${mtimeMs}\0`);
};

/** Every file below `target` (or `target` itself), by relative path, in a stable order; a missing one too. */
/** @param {import("node:crypto").Hash} hash @param {string} target @param {Visit} visit */
function hashTree(hash, target, visit, prefix = "") {
  let entries;
  try {
    entries = readdirSync(target, { withFileTypes: true });
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
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
function kustomizePrograms() {
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

/**
 * The hash of everything a render reads and of how it was asked for.
 * @param {import("./render-memo.d.ts").RenderMemoInputs} inputs
 */
export function renderKey({ workspaceRoot, argv, codeRoot = REPO }) {
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

/** @type {string | undefined} */
let keyBeforeRender;

/**
 * Prints the report of the last render when `argv` is a plain render whose inputs are unchanged since,
 * and says whether it did; otherwise notes the inputs' key, for rememberIfUnchanged after the render.
 * @param {readonly string[]} argv
 * @param {number} started when the process started (performance.now())
 * @returns {boolean}
 */
export function replayRender(argv, started) {
  const plain = plainRender(argv);
  if (!plain) return false;
  keyBeforeRender ??= renderKey({ workspaceRoot: plain.workspace, argv });
  const recalled = recallRender(keyBeforeRender);
  if (!recalled) return false;
  process.stdout.write(recalled.report);
  if (!plain.json) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `✓ rendered ${recalled.files} files for ${recalled.environments} environment(s) in ${seconds}s (inputs unchanged since the last render: its result)`,
    );
  }
  return true;
}

/**
 * Remembers a successful render's report when it changed nothing: the inputs now have the key they had
 * before it ran (a render that wrote files is remembered by the next one, which finds them in place).
 * @param {import("./render-memo.d.ts").RenderMemoInputs} inputs
 * @param {import("./render-memo.d.ts").RenderMemo} memo
 */
export function rememberIfUnchanged(inputs, memo) {
  if (!keyBeforeRender || !cacheDir()) return;
  const key = renderKey(inputs);
  if (key === keyBeforeRender) rememberRender(key, memo);
}

/** @param {string} dir @param {string} key */
const memoFile = (dir, key) => path.join(dir, `render-${key}.json`);

/** @param {string} key @returns {import("./render-memo.d.ts").RenderMemo | undefined} */
export function recallRender(key) {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(readFileSync(memoFile(dir, key), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Keeps `memo` under `key`; a cache that cannot be written only makes the next render slower.
 * @param {string} key
 * @param {import("./render-memo.d.ts").RenderMemo} memo
 */
export function rememberRender(key, memo) {
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
 * @param {readonly string[]} argv
 * @returns {{ workspace: string; json: boolean } | undefined}
 */
export function plainRender(argv, defaultWorkspace = REPO) {
  if (argv[0] !== "render") return undefined;
  let workspace = defaultWorkspace;
  let json = false;
  for (let index = 1; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--json" && !json) json = true;
    else if (argument === "--workspace" && index + 1 < argv.length) workspace = argv[++index];
    else if (argument.startsWith("--workspace=")) workspace = argument.slice("--workspace=".length);
    else return undefined;
  }
  return { workspace: path.resolve(workspace), json };
}
