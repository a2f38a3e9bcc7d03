#!/usr/bin/env node
// npm run render | check | settings:from-oc — see tools/manifests/README.md.
// Node's compile cache keeps repeated runs (the render loop, CI) from re-parsing the schema validators.
import module from "node:module";

module.enableCompileCache?.();
await import("./commands.ts");
