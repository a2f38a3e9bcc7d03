// The import graph of the workspace's TypeScript (tools/*, images/*), and its circles. Imports are read
// with TypeScript's own scanner (preProcessFile: static imports, re-exports, import() and import type);
// relative paths resolve to files, @ckan-openshift/<project>/<entry> through that package's exports map.
// `node tools/workspace-setup/src/import-graph.ts` prints every circle; the test fails on any.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SKIP = new Set(["node_modules", "generated", "vendor", "build", ".nx"]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

interface Package {
  dir: string;
  exports: Record<string, string>;
}

function workspacePackages(root: string): Map<string, Package> {
  const packages = new Map<string, Package>();
  for (const group of ["tools", "images"]) {
    for (const entry of readdirSync(path.join(root, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = path.join(root, group, entry.name);
      const file = path.join(dir, "package.json");
      // A project without a package.json (tools/workspace-setup) is scanned but cannot be imported.
      const json = existsSync(file)
        ? (JSON.parse(readFileSync(file, "utf8")) as { name: string; exports?: Record<string, string> })
        : { name: `(${group}/${entry.name})` };
      packages.set(json.name, { dir, exports: json.exports ?? {} });
    }
  }
  return packages;
}

function resolveWorkspace(specifier: string, packages: Map<string, Package>): string | undefined {
  const match = /^(@ckan-openshift\/[^/]+)(\/.*)?$/.exec(specifier);
  if (!match) return undefined;
  const pkg = packages.get(match[1]!);
  if (!pkg) return undefined;
  const sub = `.${match[2] ?? ""}`;
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key === sub) return path.join(pkg.dir, target);
    if (key.endsWith("*") && sub.startsWith(key.slice(0, -1))) {
      return path.join(pkg.dir, target.replace("*", sub.slice(key.length - 1)));
    }
  }
  return undefined;
}

/** file (relative to root) → the workspace files it imports (relative to root). */
export function importGraph(root: string): Map<string, string[]> {
  const packages = workspacePackages(root);
  const files = [...packages.values()].flatMap((pkg) => sourceFiles(pkg.dir));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const resolved = fileName.startsWith(".")
        ? path.resolve(path.dirname(file), fileName)
        : resolveWorkspace(fileName, packages);
      if (resolved && known.has(resolved)) targets.add(path.relative(root, resolved));
    }
    graph.set(path.relative(root, file), [...targets].sort());
  }
  return graph;
}

/** The strongly connected components with more than one module (or a module importing itself). */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) circles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return circles;
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, "../../..");
  const graph = importGraph(root);
  const circles = importCircles(graph);
  const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
  console.log(`${graph.size} modules, ${edges} imports, ${circles.length} circle(s)`);
  for (const circle of circles) console.log(`  ${circle.join("  ↔  ")}`);
  process.exitCode = circles.length ? 1 : 0;
}
