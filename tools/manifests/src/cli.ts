#!/usr/bin/env node
// npm run render | check | settings:from-oc — see tools/manifests/README.md (`npm run render` enters by
// start.cjs). Node's compile cache keeps repeated runs (the render loop, CI) from re-parsing the schema validators.
import module from "node:module";
import path from "node:path";
import { replayRender } from "./lib/render-memo.cjs";

module.enableCompileCache?.();
const started = performance.now();
const argv = process.argv.slice(2);

// A render whose inputs are unchanged prints the last one's report without loading anything else.
if (!replayRender(argv, started)) {
  // Render, check and validate build the committed overlays first: start those kustomize builds now, while
  // the generator loads; a build of the same content later takes the result (kustomize.ts).
  const [command] = argv;
  if (command === "render" || command === "check" || command === "validate") {
    const manifests = optionValue(argv, "--manifests") ?? path.join(workspaceOf(argv), "manifests");
    const { prefetchOverlays } = await import("./kustomize.ts");
    void prefetchOverlays(path.resolve(manifests));
  }
  await import("./commands.ts");
}

function optionValue(args: readonly string[], name: string): string | undefined {
  const index = args.lastIndexOf(name);
  if (index >= 0) return args[index + 1];
  return args.findLast((argument) => argument.startsWith(`${name}=`))?.slice(name.length + 1);
}

function workspaceOf(args: readonly string[]): string {
  return optionValue(args, "--workspace") ?? path.resolve(import.meta.dirname, "../../..");
}
