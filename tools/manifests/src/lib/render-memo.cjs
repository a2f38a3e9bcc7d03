// A render of unchanged inputs is the render before it: the same tree, already in manifests/, and the same
// report. So a successful render that changed nothing is remembered under the hash of everything render
// reads, and the next render with the same hash prints that report again without loading the generator,
// kustomize or the gate (the warm `npm run render`). Loaded before anything else: node builtins only.
//
// The key covers: the content of the workspace's inputs and output (environments/, manifests/ with its image
// pins and SealedSecrets, images/*/versions.env); the code (tools/manifests/src and openapi/, the installed
// packages' lock) by path and stat (inode, size, modification and change times), which an edit or a
// checkout changes; the kustomize and kubectl binaries render may run, likewise; Node's version and the
// command line. It lives in the build cache (content-cache.ts): CKAN_GATE_CACHE=off turns it off too.
//
// Plain CommonJS (its types in render-memo.d.cts), like cache-dir.cjs and start.cjs: Node loads its
// TypeScript stripper with the first .ts file, which costs a warm render more than everything else, and
// loads a few CommonJS files a little faster than the same as ES modules.
//
// Before the key, a cheaper look, as git's index does it: the last render of this workspace and command
// line also noted every input's inode, size, and modification and change times. When none differs, its
// report is printed without reading a file or loading node:crypto. The change time is the kernel's: a tool
// that restores a modification time (tar, cp -p, rsync -t) still moves it. The note is written only when
// every input was last changed more than RACY_MS before: a file changed again within its clock tick keeps
// its times, and would otherwise pass for unchanged. (Render rewrites nothing when its output is the same:
// write-tree.ts.)
"use strict";
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  writeFileSync,
} = require("node:fs");
const path = require("node:path");
const { cacheDir } = require("./cache-dir.cjs");

const REPO = path.resolve(__dirname, "../../../..");

/** What render reads from the workspace, hashed by content. */
const WORKSPACE_INPUTS = [
  "environments",
  "manifests",
  "images/ckan/versions.env",
  "images/solr/versions.env",
  "images/postgres/versions.env",
];

/** The code that renders, relative to the repository, fingerprinted by path and stat (byStat). */
const CODE_INPUTS = ["tools/manifests/src", "tools/manifests/openapi", "node_modules/.package-lock.json"];

/** What the tree walk feeds: a sha256 hash, or the list of a stat fingerprint's parts. */
/** @typedef {{ update(data: string | Buffer): unknown }} Sink */
/** A file's part of the walk; byStat also returns when the file last changed. */
/** @typedef {(hash: Sink, file: string) => unknown} Visit */

/** An input changed more recently than this is not trusted by its modification time (see above). */
const RACY_MS = 2000;

/** @type {Visit} */
const byContent = (hash, file) => {
  hash.update(readFileSync(file)).update("\0");
};

/**
 * A file by inode, size, and modification and change times (an edit, a checkout or a restored copy moves
 * one of them); returns the later of the two times.
 * @param {Sink} hash @param {string} file @returns {number}
 */
const byStat = (hash, file) => {
  const { ino, size, mtimeMs, ctimeMs } = statSync(file);
  hash.update(`${ino} ${size} ${mtimeMs} ${ctimeMs}\0`);
  return Math.max(mtimeMs, ctimeMs);
};

/** Every file below `target` (or `target` itself), by relative path, in a stable order; a missing one too. */
/** @param {Sink} hash @param {string} target @param {Visit} visit */
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
  // Paths by concatenation, not path.join: this runs before the JIT has warmed up, for every input file.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) hashTree(hash, `${target}/${entry.name}`, visit, relative);
    else {
      hash.update(`${relative}\0`);
      visit(hash, `${target}/${entry.name}`);
    }
  }
}

/** Each program render may run to build overlays (kustomize.ts picks one), by where it is and its stat. */
function kustomizePrograms() {
  const candidates = [path.join(REPO, ".tools/bin/kustomize-batch"), path.join(REPO, ".tools/bin/kustomize")];
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
 * Everything a render reads, in a stable order: the workspace's inputs by `visitWorkspace`, the code's by
 * `visitCode` (their stat), then the kustomize programs, Node's version and the command line.
 * @param {Sink} sink @param {import("./render-memo.d.cts").RenderMemoInputs} inputs @param {Visit} visitWorkspace
 * @param {Visit} visitCode
 */
function walkInputs(sink, { workspaceRoot, argv, codeRoot = REPO }, visitWorkspace, visitCode) {
  for (const input of WORKSPACE_INPUTS) {
    sink.update(`workspace ${input}\0`);
    hashTree(sink, path.join(workspaceRoot, input), visitWorkspace);
  }
  for (const input of CODE_INPUTS) {
    sink.update(`code ${input}\0`);
    hashTree(sink, path.join(codeRoot, input), visitCode);
  }
  sink.update(["node", process.version, ...kustomizePrograms(), "argv", ...argv].join("\0"));
}

/**
 * The hash of everything a render reads and of how it was asked for: the workspace by content.
 * @param {import("./render-memo.d.cts").RenderMemoInputs} inputs
 */
function renderKey(inputs) {
  // Loaded here: the stat fingerprint, which answers a warm render, needs no hash.
  const { createHash } = process.getBuiltinModule("node:crypto");
  const hash = createHash("sha256");
  walkInputs(hash, inputs, byContent, byStat);
  return hash.digest("hex");
}

/**
 * Every input's path and stat (byStat) and how render was asked for; and when the most recently changed
 * input was.
 * @param {import("./render-memo.d.cts").RenderMemoInputs} inputs
 * @returns {{ fingerprint: string; newest: number }}
 */
function statFingerprint(inputs) {
  /** @type {string[]} */
  const parts = [];
  let newest = 0;
  const sink = { update: (/** @type {string | Buffer} */ data) => parts.push(String(data)) };
  /** @type {Visit} */
  const byStatNoting = (hash, file) => (newest = Math.max(newest, byStat(hash, file)));
  walkInputs(sink, inputs, byStatNoting, byStatNoting);
  return { fingerprint: parts.join(""), newest };
}

/** The file noting the last render of a workspace and command line, named by a short hash of both. */
/** @param {string} dir @param {string} workspaceRoot @param {readonly string[]} argv */
function slotFile(dir, workspaceRoot, argv) {
  const name = [workspaceRoot, ...argv].join("\0");
  let hash = 0x811c9dc5; // FNV-1a: a name, not a check; the file says which workspace and command line it is for
  for (let index = 0; index < name.length; index++)
    hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  return path.join(dir, `render-last-${(hash >>> 0).toString(16)}.json`);
}

/**
 * The report noted for this workspace and command line, when its inputs' stat is still `fingerprint`.
 * @param {string} workspaceRoot @param {readonly string[]} argv @param {string} fingerprint
 * @returns {import("./render-memo.d.cts").RenderMemo | undefined}
 */
function recallByStat(workspaceRoot, argv, fingerprint) {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    const slot = JSON.parse(readFileSync(slotFile(dir, workspaceRoot, argv), "utf8"));
    const same =
      slot.workspace === workspaceRoot &&
      slot.argv.join("\0") === argv.join("\0") &&
      slot.fingerprint === fingerprint;
    return same ? slot.memo : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Notes `memo` under the inputs' stat fingerprint, unless an input changed too recently to be trusted.
 * @param {string} workspaceRoot @param {readonly string[]} argv
 * @param {{ fingerprint: string; newest: number }} stat @param {import("./render-memo.d.cts").RenderMemo} memo
 */
function noteByStat(workspaceRoot, argv, stat, memo) {
  const dir = cacheDir();
  if (!dir || stat.newest > Date.now() - RACY_MS) return;
  writeAtomically(slotFile(dir, workspaceRoot, argv), {
    workspace: workspaceRoot,
    argv,
    fingerprint: stat.fingerprint,
    memo,
  });
}

/** @type {string | undefined} */
let keyBeforeRender;
/** @type {{ fingerprint: string; newest: number } | undefined} */
let statBeforeRender;

/**
 * Prints the report of the last render when `argv` is a plain render whose inputs are unchanged since,
 * and says whether it did; otherwise notes the inputs' key, for rememberIfUnchanged after the render.
 * @param {readonly string[]} argv
 * @param {number} started when the process started (performance.now())
 * @returns {boolean}
 */
function replayRender(argv, started) {
  const plain = plainRender(argv);
  if (!plain) return false;
  const inputs = { workspaceRoot: plain.workspace, argv };
  statBeforeRender ??= statFingerprint(inputs);
  let recalled = recallByStat(plain.workspace, argv, statBeforeRender.fingerprint);
  if (!recalled) {
    keyBeforeRender ??= renderKey(inputs);
    recalled = recallRender(keyBeforeRender);
    if (!recalled) return false;
    noteByStat(plain.workspace, argv, statBeforeRender, recalled);
  }
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
 * @param {import("./render-memo.d.cts").RenderMemoInputs} inputs
 * @param {import("./render-memo.d.cts").RenderMemo} memo
 */
function rememberIfUnchanged(inputs, memo) {
  if (!keyBeforeRender || !cacheDir()) return;
  // The fingerprint first: a file changed after it was taken changes the key below, or the next fingerprint.
  const stat = statFingerprint(inputs);
  const key = renderKey(inputs);
  if (key !== keyBeforeRender) return;
  rememberRender(key, memo);
  noteByStat(path.resolve(inputs.workspaceRoot), inputs.argv, stat, memo);
}

/** @param {string} dir @param {string} key */
const memoFile = (dir, key) => path.join(dir, `render-${key}.json`);

/** @param {string} key @returns {import("./render-memo.d.cts").RenderMemo | undefined} */
function recallRender(key) {
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
 * @param {import("./render-memo.d.cts").RenderMemo} memo
 */
function rememberRender(key, memo) {
  const dir = cacheDir();
  if (dir) writeAtomically(memoFile(dir, key), memo);
}

/**
 * Writes `data` as JSON into the cache; a cache that cannot be written only makes the next render slower.
 * @param {string} file @param {unknown} data
 */
function writeAtomically(file, data) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(data));
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
function plainRender(argv, defaultWorkspace = REPO) {
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

module.exports = {
  WORKSPACE_INPUTS,
  CODE_INPUTS,
  renderKey,
  statFingerprint,
  replayRender,
  rememberIfUnchanged,
  recallRender,
  rememberRender,
  plainRender,
};
