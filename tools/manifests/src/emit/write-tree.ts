// Replaces manifests/ with a freshly built tree. The new tree is written completely beside the old one
// and swapped in with renames, so an interrupted or failed run never leaves a half-written tree. A tree
// that is already there file for file is not written again: an unchanged render touches nothing, so
// editors, watchers and the warm render's check of modification times (lib/render-memo.cjs) see no change.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Tree } from "./tree.ts";

export async function writeTreeTo(directory: string, tree: Tree): Promise<void> {
  for (const [relative, content] of tree) {
    const file = path.join(directory, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

export async function replaceTree(target: string, tree: Tree): Promise<void> {
  if (sameTree(await readTree(target), tree)) return;
  const suffix = randomBytes(4).toString("hex");
  const staging = path.join(path.dirname(target), `.manifests-new-${suffix}`);
  const retired = path.join(path.dirname(target), `.manifests-old-${suffix}`);
  try {
    await writeTreeTo(staging, tree);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  let hadTarget = true;
  await rename(target, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
    hadTarget = false;
  });
  await rename(staging, target);
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}

/** Every file below `directory`, as the same kind of map, for comparison with a fresh render. */
export async function readTree(directory: string): Promise<Tree> {
  const tree: Tree = new Map();
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    tree.set(path.relative(directory, file).split(path.sep).join("/"), await readFile(file, "utf8"));
  }
  return new Map([...tree.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function sameTree(a: Tree, b: Tree): boolean {
  return a.size === b.size && [...b].every(([relative, content]) => a.get(relative) === content);
}
