// Reads and validates environments/<name>.yaml. Every problem is reported with file:line:column, the
// field, what is wrong and how to fix it; nothing is rendered until the file is valid.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LineCounter, parseDocument, isMap, isNode } from "yaml";
import type { ZodError } from "zod";
import { environmentSettingsSchema, type EnvironmentSettings } from "./environment-settings.ts";
import { fixOf, secretKeyFixOf } from "./settings-reference.ts";
import { environmentNames, imagePinsPath, settingsPath } from "../environments/environment-files.ts";

export interface SettingsProblem {
  /** A file, or a folder (an orphaned overlay), relative to the workspace root. */
  readonly file: string;
  /** Where in the file; absent for a problem with the file as a whole. */
  readonly line?: number;
  readonly column?: number;
  /** Dotted path of the field, e.g. `sizes.ckan.cpu`. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

export class SettingsError extends Error {
  readonly problems: readonly SettingsProblem[];
  constructor(problems: readonly SettingsProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "SettingsError";
    this.problems = problems;
  }
}

export function formatProblem(problem: SettingsProblem): string {
  const where =
    problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column}`;
  const field = problem.field ? `${problem.field}: ` : "";
  return `${where}  ${field}${problem.message}\n    fix: ${problem.fix}`;
}

/** A key that names a secret: settings are committed and rendered into ConfigMaps, secrets never are. */
const SECRET_KEY = /pass|secret|token|credential/i;

/** The field's fix from the schema's metadata (settings-reference.ts), else the reference's place. */
function fixFor(field: string): string {
  return fixOf(field) ?? "see the settings reference in docs/settings.md";
}

/** Parses and validates one environment's settings text; `file` is used in messages only. */
export function parseSettings(text: string, file: string): EnvironmentSettings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => lineCounter.linePos(offset);

  if (doc.errors.length > 0) {
    throw new SettingsError(
      doc.errors.map((error) => {
        const { line, col } = position(error.pos[0]);
        return {
          file,
          line,
          column: col,
          field: "",
          message: `not valid YAML: ${error.message.split("\n")[0]}`,
          fix: "correct the YAML syntax at that position (indentation, quotes, duplicate keys)",
        };
      }),
    );
  }
  if (!isMap(doc.contents)) {
    throw new SettingsError([
      { file, line: 1, column: 1, field: "", message: "must be a YAML mapping of settings", fix: fixFor("") },
    ]);
  }

  const result = environmentSettingsSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  throw new SettingsError(problemsFrom(result.error, doc, file, position));
}

function problemsFrom(
  error: ZodError,
  doc: ReturnType<typeof parseDocument>,
  file: string,
  position: (offset: number) => { line: number; col: number },
): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const issue of error.issues) {
    const keys = issue.path.map(String);
    const locate = (nodePath: string[], keyNode = false) => {
      for (let depth = nodePath.length; depth >= 0; depth--) {
        const parentPath = nodePath.slice(0, depth);
        const node =
          keyNode && depth === nodePath.length ? keyOf(doc, parentPath) : doc.getIn(parentPath, true);
        if (isNode(node) && node.range) return position(node.range[0]);
      }
      return { line: 1, col: 1 };
    };
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(knownKeysAt(keys)).join(", ");
      for (const key of issue.keys) {
        const field = [...keys, key].join(".");
        const { line, col } = locate([...keys, key], true);
        if (SECRET_KEY.test(key)) {
          problems.push({
            file,
            line,
            column: col,
            field,
            message: `unknown key "${key}": a secret is never a setting (settings are committed to git and rendered into ConfigMaps)`,
            fix:
              secretKeyFixOf(keys.join(".")) ??
              "remove it: secrets live only in the Secrets `npm run secrets -- <env>` creates (tools/secrets/README.md)",
          });
          continue;
        }
        problems.push({
          file,
          line,
          column: col,
          field,
          message: `unknown key "${key}"`,
          fix:
            keys.join(".") === "images"
              ? `images holds only ${known}; image pins live in ${imagePinsPath(path.basename(file, ".yaml"))}: pin each image there with \`npm run images -- pin\` (tools/images/README.md), then remove this key`
              : `remove it or correct its spelling; keys allowed here: ${known}`,
        });
      }
      continue;
    }
    const field = keys.join(".");
    const { line, col } = locate(keys);
    // A check with its own fix (ckan-config.ts) says what it got itself.
    const ownFix = issue.code === "custom" ? (issue.params as { fix?: string } | undefined)?.fix : undefined;
    if (ownFix) {
      // At the key when the field is a mapping's key (a CKAN setting), else at the value.
      const at = isMap(doc.getIn(keys.slice(0, -1), true)) ? locate(keys, true) : { line, col };
      problems.push({ file, line: at.line, column: at.col, field, message: issue.message, fix: ownFix });
      continue;
    }
    const value = doc.getIn(keys);
    const shown = value === undefined ? "it is missing" : `got ${JSON.stringify(value)}`;
    const message =
      value === undefined
        ? `is required (${issue.message.replace(/^Invalid input: /, "")})`
        : `${issue.message} (${shown})`;
    problems.push({ file, line, column: col, field, message, fix: fixFor(field) });
  }
  return sortProblems(problems);
}

/** In the order of the file. */
export function sortProblems(problems: SettingsProblem[]): SettingsProblem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Where a field (dotted path) is in a settings text, for problems found after parsing. */
export function fieldPosition(text: string, field: string): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const node = doc.getIn(field.split("."), true);
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function keyOf(doc: ReturnType<typeof parseDocument>, keys: string[]): unknown {
  const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find(
    (item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === keys.at(-1),
  );
  return pair?.key;
}

function knownKeysAt(keys: string[]): Record<string, unknown> {
  let shape: unknown = environmentSettingsSchema;
  for (const key of keys) {
    const def = unwrap(shape);
    shape = def?.shape?.[key];
  }
  return unwrap(shape)?.shape ?? {};
}

/** Looks through zod's default/prefault/pipe wrappers to the object schema's shape. */
function unwrap(schema: unknown): { shape?: Record<string, unknown> } | undefined {
  let current = schema as
    { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown } } | undefined;
  while (current && !current.shape && current.def) {
    current = (current.def.innerType ?? current.def.in) as typeof current;
  }
  return current;
}

/** Reads environments/<name>.yaml, relative to the workspace root. */
export async function loadSettings(workspaceRoot: string, environment: string): Promise<EnvironmentSettings> {
  const file = settingsPath(environment);
  let text: string;
  try {
    text = await readFile(path.join(workspaceRoot, file), "utf8");
  } catch {
    const known = await environmentNames(workspaceRoot);
    throw new SettingsError([
      {
        file,
        field: "",
        message: `there is no environment named ${environment}: the settings file is missing`,
        fix:
          (known.length > 0 ? `use one of ${known.join(", ")}, or ` : "") +
          `create ${file} from a copy of environments/sandbox.yaml (docs/environments.md describes every field)`,
      },
    ]);
  }
  return parseSettings(text, file);
}
