// Where the build cache lives (content-cache.ts, render-memo.js): CKAN_GATE_CACHE=off turns it off, another
// value is the folder to use. Plain JavaScript, its types in cache-dir.d.ts: the warm render loads it
// before any TypeScript (render-memo.js says why).
import path from "node:path";

const DEFAULT_DIR = path.resolve(import.meta.dirname, "../../../../node_modules/.cache/ckan-manifests");

/** The cache's folder, or undefined when CKAN_GATE_CACHE=off. @returns {string | undefined} */
export function cacheDir() {
  const setting = process.env.CKAN_GATE_CACHE;
  if (setting === "off") return undefined;
  return setting || DEFAULT_DIR;
}
