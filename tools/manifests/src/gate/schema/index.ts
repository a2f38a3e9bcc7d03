// Layer 1 of the validation gate: strict schemas. Every rendered object must be of a vendored kind, valid
// against its model (types, enums, required fields), and hold no field its schema does not declare.
import type { Finding, RenderedObject } from "../finding.ts";
import { objectName } from "../finding.ts";
import { kindSchema, unknownKindFix, type KindSchema, type ModelClass } from "./catalog.ts";
import { closest } from "./suggest.ts";
import { typeProblems } from "./types.ts";
import { unknownFields } from "./walker.ts";

const WHY = {
  invalid:
    "the API server rejects an object that does not match its schema: the sync fails and none of the object is applied",
  unknownField:
    "the API server drops or rejects unknown fields: a typo silently loses the setting (or fails the apply under strict field validation)",
  unknownKind:
    "without a schema nothing checks the object, and the cluster refuses an apiVersion or kind it does not serve",
};

const MAX_LISTED = 12;

function unknownFieldFix(field: string, known: readonly string[]): string {
  const guess = closest(field, known);
  if (guess) return `did you mean \`${guess}\`?`;
  if (known.length === 0)
    return "remove it: the schema declares no fields here, so the API server prunes whatever is set";
  const listed = known.slice(0, MAX_LISTED).join(", ") + (known.length > MAX_LISTED ? ", …" : "");
  return `remove it or move it where it belongs; the fields here are: ${listed}`;
}

/**
 * Schema findings for one overlay's rendered objects: `schema/unknown-kind`, `schema/invalid` (the first
 * validator message per field) and `schema/unknown-field`, every one an error.
 */
export async function schemaFindings(
  objects: readonly RenderedObject[],
  overlay: string,
): Promise<Finding[]> {
  const schemas = objects.map((object): KindSchema | undefined =>
    typeof object?.apiVersion === "string" && typeof object.kind === "string"
      ? kindSchema(object.apiVersion, object.kind)
      : undefined,
  );
  const models = await Promise.all(
    schemas.map((schema): Promise<ModelClass> | undefined => schema?.loadModel()),
  );
  const findings: Finding[] = [];
  objects.forEach((object, index) => {
    const base = { severity: "error", overlay, object: objectName(object) } as const;
    const schema = schemas[index];
    const model = models[index];
    if (!schema || !model) {
      const [apiVersion, kind] = [String(object?.apiVersion ?? ""), String(object?.kind ?? "")];
      findings.push({
        ...base,
        rule: "schema/unknown-kind",
        path: "apiVersion",
        message:
          apiVersion && kind
            ? `no schema for apiVersion ${apiVersion}, kind ${kind}`
            : "the object has no apiVersion or kind",
        why: WHY.unknownKind,
        fix: apiVersion && kind ? unknownKindFix(apiVersion, kind) : "set apiVersion and kind",
      });
      return;
    }
    for (const problem of typeProblems(model, object)) {
      findings.push({
        ...base,
        rule: "schema/invalid",
        path: problem.path,
        message: problem.message,
        why: WHY.invalid,
        fix: problem.fix,
      });
    }
    for (const unknown of unknownFields(object, schema.root)) {
      findings.push({
        ...base,
        rule: "schema/unknown-field",
        path: unknown.path,
        message: `unknown field "${unknown.field}" (${schema.apiVersion} ${schema.kind})`,
        why: WHY.unknownField,
        fix: unknownFieldFix(unknown.field, unknown.known),
      });
    }
  });
  return findings;
}
