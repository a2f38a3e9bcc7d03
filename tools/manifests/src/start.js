#!/usr/bin/env node
// What `npm run render` runs: a render whose inputs are unchanged since the last one prints that one's report
// (lib/render-memo.js) in plain JavaScript, before Node loads its TypeScript stripper with the first .ts
// file, which costs more than the rest of such a render; anything else is cli.ts's.
import module from "node:module";
import { replayRender } from "./lib/render-memo.js";

module.enableCompileCache?.();
const started = performance.now();
if (!replayRender(process.argv.slice(2), started)) await import("./cli.ts");
