// The settings schema read as data: each field's path, type, default, allowed values, meaning and fix,
// from zod's JSON Schema of environmentSettingsSchema (whose `.meta()` holds the meanings and fixes).
// load-settings.ts takes its fixes from here, and docs/settings.md is generated from it.
import { z } from "zod";
import { environmentSettingsSchema } from "./environment-settings.ts";

/** The part of a JSON Schema node this module reads. */
export interface SchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly fix?: string;
  readonly kind?: string;
  readonly absent?: string;
  readonly secretKeyFix?: string;
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
}

const jsonSchemas: Partial<Record<"input" | "output", SchemaNode>> = {};

/**
 * The settings as a JSON Schema of what a settings file may hold (zod's input side) or of what it means
 * (the output side, which alone keeps the defaults of the fields a transform parses, such as quantities).
 */
export function settingsJsonSchema(io: "input" | "output" = "input"): SchemaNode {
  jsonSchemas[io] ??= z.toJSONSchema(environmentSettingsSchema, { io, unrepresentable: "any" }) as SchemaNode;
  return jsonSchemas[io];
}

export interface SettingField {
  /** Dotted path, `[]` for an array's items: `theme.featured[].title.en`. */
  readonly path: string;
  readonly node: SchemaNode;
  /** Whether a settings file must set it (its parent being set). */
  readonly required: boolean;
  /** The value a settings file that leaves the field out gets, if any. */
  readonly default?: unknown;
}

/** Every field of the settings, parents before their fields, in the schema's order. */
export function settingFields(
  root: SchemaNode = settingsJsonSchema(),
  output: SchemaNode = settingsJsonSchema("output"),
): SettingField[] {
  const fields: SettingField[] = [];
  const visit = (node: SchemaNode, out: SchemaNode | undefined, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const childOut = out?.properties?.[key];
      fields.push({
        path,
        node: child,
        required: node.required?.includes(key) ?? false,
        default: child.default ?? childOut?.default,
      });
      visit(child, childOut, path);
      if (child.items) visit(child.items, childOut?.items, `${path}[]`);
    }
  };
  visit(root, output, "");
  return fields;
}

/**
 * The fix for a field as an error names it (`theme.contextualLinks.0.href.en`): the fix of the field or,
 * failing that, of the nearest field around it; undefined when none has one.
 */
export function fixOf(field: string, root: SchemaNode = settingsJsonSchema()): string | undefined {
  let node: SchemaNode | undefined = root;
  let fix: string | undefined;
  for (const segment of field ? field.split(".") : []) {
    node = node.items && /^\d+$/.test(segment) ? node.items : node.properties?.[segment];
    if (!node) break;
    fix = node.fix ?? fix;
  }
  return fix;
}

/** Where a secret put into the mapping at `field` belongs instead: its nearest `secretKeyFix`. */
export function secretKeyFixOf(field: string, root: SchemaNode = settingsJsonSchema()): string | undefined {
  let node: SchemaNode | undefined = root;
  let fix = root.secretKeyFix;
  for (const segment of field ? field.split(".") : []) {
    node = node.items && /^\d+$/.test(segment) ? node.items : node.properties?.[segment];
    if (!node) break;
    fix = node.secretKeyFix ?? fix;
  }
  return fix;
}

const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const shown = (value: unknown) => code(typeof value === "string" ? value : JSON.stringify(value));

function typeOf(node: SchemaNode): string {
  if (node.kind) return node.kind;
  if (node.anyOf) {
    const types = [...new Set(node.anyOf.map(typeOf))];
    return types.join(" or ");
  }
  if (node.type === "array") return node.items ? `list of ${typeOf(node.items)}` : "list";
  if (node.type === "object") return "mapping";
  return node.type ?? "any";
}

function allowedOf(node: SchemaNode): string {
  const values = node.enum ?? node.anyOf?.filter((option) => "const" in option).map((option) => option.const);
  if (values && values.length > 0) return values.map(shown).join(", ");
  const parts: string[] = [];
  if (node.minimum !== undefined || node.maximum !== undefined)
    parts.push(`${node.minimum ?? "…"} to ${node.maximum ?? "…"}`);
  if (node.maxLength !== undefined) parts.push(`at most ${node.maxLength} characters`);
  if (node.maxItems !== undefined) parts.push(`at most ${node.maxItems} items`);
  if (node.pattern !== undefined) parts.push(`matching ${code(node.pattern)}`);
  if (node.items) {
    const items = allowedOf(node.items);
    if (items) parts.push(`each ${items}`);
  }
  return parts.join("; ");
}

function defaultOf(field: SettingField): string {
  const { node } = field;
  if (field.default !== undefined) {
    if (node.type === "object" && node.properties && JSON.stringify(field.default) === "{}")
      return "its fields' defaults";
    return shown(field.default);
  }
  if (node.absent) return node.absent;
  return field.required ? "required" : "none";
}

/** docs/settings.md: every field with its type, default, allowed values, meaning and fix. */
export function settingsReference(): string {
  const rows = settingFields().map((field) =>
    [
      code(field.path),
      typeOf(field.node),
      defaultOf(field),
      allowedOf(field.node),
      [field.node.description ?? "", field.node.fix ? `Fix: ${field.node.fix}.` : ""]
        .filter(Boolean)
        .join(". "),
    ].map(cell),
  );
  return [
    "<!-- Generated by `npm run docs` from tools/manifests/src/settings/environment-settings.ts: edit the schema's .meta(), not this file. -->",
    "",
    "# Settings reference",
    "",
    "Each environment has one file, `environments/<env>.yaml` (see the README's [Settings](../README.md#settings)).",
    "Every field of it, as `npm run render` validates it: a field marked required must be set when the",
    "mapping around it is; the fix is what an error about the field (or a field inside it) shows.",
    "",
    "| Field | Type | Default | Allowed | Meaning |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
  ].join("\n");
}
