// ESLint rules for the workspace's module boundaries (see tools/manifests/README.md, "Public API"):
//   boundaries/public-api       another project is imported only by package name, through an entry its
//                               package.json "exports" lists, and only if the importer declares it
//                               (package.json dependencies, or project.json implicitDependencies)
//   boundaries/no-import-circles  no module is part of an import circle (import-graph.ts)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Rule } from "eslint";
import { importCircles, importGraph } from "./import-graph.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SCOPE = "@ckan-openshift/";

interface Project {
  dir: string;
  packageName?: string;
  exports: Record<string, string>;
  dependencies: Set<string>;
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

let projectsCache: Project[] | undefined;
function projects(): Project[] {
  if (projectsCache) return projectsCache;
  const found: (Project & { nxName?: string; implicit: string[] })[] = [];
  for (const group of ["tools", "images"]) {
    for (const entry of readdirSync(path.join(ROOT, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = path.join(ROOT, group, entry.name);
      const pkg = readJson<{
        name: string;
        exports?: Record<string, string>;
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      }>(path.join(dir, "package.json"));
      const nx = readJson<{ name?: string; implicitDependencies?: string[] }>(path.join(dir, "project.json"));
      found.push({
        dir,
        ...(pkg ? { packageName: pkg.name } : {}),
        ...(nx?.name ? { nxName: nx.name } : {}),
        exports: pkg?.exports ?? {},
        dependencies: new Set([
          ...Object.keys(pkg?.dependencies ?? {}),
          ...Object.keys(pkg?.devDependencies ?? {}),
        ]),
        implicit: nx?.implicitDependencies ?? [],
      });
    }
  }
  for (const project of found) {
    for (const name of project.implicit) {
      const target = found.find((other) => other.nxName === name);
      if (target?.packageName) project.dependencies.add(target.packageName);
    }
  }
  projectsCache = found;
  return found;
}

const projectOf = (file: string): Project | undefined =>
  projects().find((project) => file.startsWith(project.dir + path.sep));

function exported(project: Project, subpath: string): boolean {
  return Object.keys(project.exports).some((key) =>
    key.endsWith("*") ? subpath.startsWith(key.slice(0, -1)) : key === subpath,
  );
}

type SourceNode = Rule.Node & { source?: { type: string; value?: unknown } | null };

function importSources(check: (node: Rule.Node, specifier: string) => void): Rule.RuleListener {
  const visit = (node: Rule.Node) => {
    const source = (node as SourceNode).source;
    if (source?.type === "Literal" && typeof source.value === "string") check(node, source.value);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const publicApi: Rule.RuleModule = {
  meta: {
    type: "problem",
    docs: {
      description: "Import other projects only through their package.json exports, and only if declared",
    },
    messages: {
      deepImport:
        "{{specifier}} is not a public entry of {{target}}: use one listed in its package.json exports ({{entries}})",
      selfImport: "{{specifier}}: import your own project's modules by relative path",
      undeclared:
        "{{target}} is not a dependency of {{project}}: declare it in its package.json (or project.json)",
      crossProject:
        "{{specifier}} reaches into {{target}}: import it by package name through its public entries",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const importer = projectOf(file);
    if (!importer) return {};
    const importerName = importer.packageName ?? path.relative(ROOT, importer.dir);
    return importSources((node, specifier) => {
      if (specifier.startsWith(SCOPE)) {
        const [, name = "", ...rest] = specifier.split("/");
        const targetName = `${SCOPE}${name}`;
        const target = projects().find((project) => project.packageName === targetName);
        if (!target) return;
        const subpath = rest.length ? `./${rest.join("/")}` : ".";
        if (target === importer) {
          context.report({ node, messageId: "selfImport", data: { specifier } });
        } else if (!exported(target, subpath)) {
          const entries = Object.keys(target.exports).join(", ") || "none";
          context.report({ node, messageId: "deepImport", data: { specifier, target: targetName, entries } });
        } else if (!importer.dependencies.has(targetName)) {
          context.report({
            node,
            messageId: "undeclared",
            data: { target: targetName, project: importerName },
          });
        }
      } else if (specifier.startsWith(".")) {
        const resolved = path.resolve(path.dirname(file), specifier);
        if (resolved.startsWith(importer.dir + path.sep)) return;
        const target = projectOf(resolved);
        if (target) {
          const targetName = target.packageName ?? path.relative(ROOT, target.dir);
          context.report({ node, messageId: "crossProject", data: { specifier, target: targetName } });
        }
      }
    });
  },
};

let circlesCache: Map<string, string[]> | undefined;
function circleOf(file: string): string[] | undefined {
  if (!circlesCache) {
    circlesCache = new Map();
    for (const circle of importCircles(importGraph(ROOT))) {
      for (const member of circle) circlesCache.set(member, circle);
    }
  }
  return circlesCache.get(path.relative(ROOT, file));
}

const noImportCircles: Rule.RuleModule = {
  meta: {
    type: "problem",
    docs: { description: "No module may be part of an import circle" },
    messages: {
      circle:
        "this module is in an import circle: {{circle}} — move what both sides need into a module both import",
    },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        const circle = circleOf(context.filename);
        if (circle) context.report({ node, messageId: "circle", data: { circle: circle.join(" ↔ ") } });
      },
    };
  },
};

export const boundaries = {
  meta: { name: "boundaries" },
  rules: { "public-api": publicApi, "no-import-circles": noImportCircles },
};
