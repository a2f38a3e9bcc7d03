// A content-addressed cache for the slow, pure steps of render and validate: kustomize builds and the
// native linters. Their result depends only on the files they read and the tool that runs, so it is stored
// under the hash of both: `validate` right after `render`, or a second run over unchanged files, reuses it
// instead of running kustomize ~9 times and shellcheck once more.
// CKAN_GATE_CACHE=off turns it off (the bench's cold runs); another value is the directory to use.
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { cacheDir } from "./cache-dir.cjs";

export interface CacheInputs {
  /** The files and directories (every file below) the result is computed from. */
  readonly paths: readonly string[];
  /** Whatever else it depends on: the tool and its version, arguments, a variant's `components:` list … */
  readonly parts: readonly string[];
}

/** Both environments' builds and the linters for a few recent trees; the least recently used go first. */
const MAX_ENTRIES = 64;

/**
 * A file's content, or every file's relative path and content below a directory, in a stable order. Read
 * synchronously: a tree is a few hundred small files, and a round trip through the thread pool per file
 * cost more than the reads, and waited on whatever else held the main thread.
 */
function hashPath(hash: Hash, target: string, prefix = ""): void {
  if (!statSync(target).isDirectory()) {
    hash.update(`${prefix}\0`).update(readFileSync(target)).update("\0");
    return;
  }
  for (const name of readdirSync(target).sort())
    hashPath(hash, path.join(target, name), path.posix.join(prefix, name));
}

/** The hash of the inputs: the same for the same files (wherever they are) and parts, different otherwise. */
export async function keyOf(inputs: CacheInputs): Promise<string> {
  const hash = createHash("sha256");
  // Where the inputs are does not matter (render checks a staging copy of the tree validate checks later).
  for (const [index, target] of inputs.paths.entries()) {
    hash.update(`${index}\0`);
    hashPath(hash, target);
  }
  return hash.update(inputs.parts.join("\0")).digest("hex");
}

async function prune(dir: string): Promise<void> {
  const files = (await readdir(dir)).filter((name) => name.endsWith(".json"));
  if (files.length <= MAX_ENTRIES) return;
  const dated = await Promise.all(
    files.map(async (name) => ({ name, time: (await stat(path.join(dir, name))).mtimeMs })),
  );
  dated.sort((a, b) => a.time - b.time);
  await Promise.all(
    dated.slice(0, files.length - MAX_ENTRIES).map(({ name }) => rm(path.join(dir, name), { force: true })),
  );
}

/**
 * The stored result for these inputs, or `compute()`'s, stored for next time when `keep` accepts it.
 * Results that do not survive JSON unchanged are never stored; a cache that cannot be written only makes
 * the next run slower.
 */
export async function cached<T>(
  inputs: CacheInputs | undefined,
  compute: () => Promise<T>,
  keep: (result: T) => boolean = () => true,
): Promise<T> {
  if (!inputs || !cacheDir()) return compute();
  return cachedByKey(await keyOf(inputs), compute, keep);
}

/** `cached()` for a key already computed with `keyOf()`. */
export async function cachedByKey<T>(
  key: string,
  compute: () => Promise<T>,
  keep: (result: T) => boolean = () => true,
): Promise<T> {
  const dir = cacheDir();
  if (!dir) return compute();
  const file = path.join(dir, `${key}.json`);
  try {
    const result = JSON.parse(await readFile(file, "utf8")) as T;
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined); // recently used: pruned last
    return result;
  } catch {
    // not stored yet (or unreadable): compute it
  }
  const result = await compute();
  const text = JSON.stringify(result);
  if (!keep(result) || !isDeepStrictEqual(JSON.parse(text), result)) return result;
  try {
    await mkdir(dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, text);
    await rename(partial, file);
    await prune(dir);
  } catch {
    // read-only or full disk
  }
  return result;
}
