// No import circles in any project (the same check as ESLint's boundaries/no-import-circles), and no
// import of another project that goes around its package.json exports.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCircles, importGraph } from "../src/import-graph.ts";

const root = path.resolve(import.meta.dirname, "../../..");

describe("import graph", () => {
  const graph = importGraph(root);

  it("should see the projects' modules and their imports, across projects too", () => {
    expect(graph.get("tools/manifests/src/settings/load-settings.ts")).toContain(
      "tools/manifests/src/environments/environment-files.ts",
    );
    // @ckan-openshift/manifests/settings resolves through the exports map to its entry module.
    expect(graph.get("tools/backup/src/cli.ts")).toContain("tools/manifests/src/api/settings.ts");
  });

  it("should have no import circles", () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it("should find a circle, and a module importing itself", () => {
    const circles = importCircles(
      new Map([
        ["a", ["b"]],
        ["b", ["c"]],
        ["c", ["a", "d"]],
        ["d", []],
        ["e", ["e"]],
      ]),
    );
    expect(circles).toEqual([["a", "b", "c"], ["e"]]);
  });
});
