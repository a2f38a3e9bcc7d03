// Where the build cache lives (content-cache.ts, render-memo.cjs): CKAN_GATE_CACHE=off turns it off, another
// value is the folder to use. Plain CommonJS, its types in cache-dir.d.cts: the warm render loads it before
// any TypeScript (render-memo.cjs says why).
"use strict";
const path = require("node:path");

const DEFAULT_DIR = path.resolve(__dirname, "../../../../node_modules/.cache/ckan-manifests");

/** The cache's folder, or undefined when CKAN_GATE_CACHE=off. @returns {string | undefined} */
function cacheDir() {
  const setting = process.env.CKAN_GATE_CACHE;
  if (setting === "off") return undefined;
  return setting || DEFAULT_DIR;
}

module.exports = { cacheDir };
