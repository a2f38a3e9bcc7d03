#!/usr/bin/env node
// What `npm run render` runs: a render whose inputs are unchanged since the last one prints that one's report
// (lib/render-memo.cjs) in plain CommonJS, before Node loads its TypeScript stripper with the first .ts
// file, which costs more than the rest of such a render; anything else is cli.ts's.
"use strict";
const { replayRender } = require("./lib/render-memo.cjs");

const started = performance.now();
if (!replayRender(process.argv.slice(2), started)) void import("./cli.ts");
