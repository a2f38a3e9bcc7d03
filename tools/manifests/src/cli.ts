#!/usr/bin/env node
// npm run render | check | settings:from-oc — see tools/manifests/README.md.
// Node's compile cache keeps repeated runs (the render loop, CI) from re-parsing the schema validators.
import module from "node:module";
import path from "node:path";

module.enableCompileCache?.();
const started = performance.now();
const argv = process.argv.slice(2);

// A render whose inputs are unchanged prints the last one's report without loading anything else.
const memo = await import("./lib/render-memo.ts");
const plain = memo.plainRender(argv);
const key = plain && memo.renderKey({ workspaceRoot: plain.workspace, argv });
const recalled = key && memo.recallRender(key);
if (plain && recalled) {
  process.stdout.write(recalled.report);
  if (!plain.json) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `✓ rendered ${recalled.files} files for ${recalled.environments} environment(s) in ${seconds}s (inputs unchanged since the last render: its result)`,
    );
  }
} else {
  // Render, check and validate build the committed overlays first: start those kustomize builds now, while
  // the generator loads; a build of the same content later takes the result (kustomize.ts).
  const [command] = argv;
  if (command === "render" || command === "check" || command === "validate") {
    const manifests = optionValue(argv, "--manifests") ?? path.join(workspaceOf(argv), "manifests");
    const { prefetchOverlays } = await import("./kustomize.ts");
    void prefetchOverlays(path.resolve(manifests));
  }
  if (key) memo.noteKeyBeforeRender(key);
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
