// Type validation with the models (kubernetes-models, and the ones generated from the vendored CRDs):
// one problem per invalid field, the first validator message for each path.
import type { ModelClass } from "./catalog.ts";
import { fieldPath, pointerPath, valueAt } from "./paths.ts";

interface ValidatorError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

export interface TypeProblem {
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describe(
  error: ValidatorError,
  sameKeyword: readonly ValidatorError[],
  value: unknown,
): { message: string; fix: string } {
  const params = error.params ?? {};
  switch (error.keyword) {
    case "type": {
      // Each type a field may have (IntOrString, Quantity) fails with its own type error: name them together.
      const type = [...new Set(sameKeyword.map((e) => String(e.params?.type)))].join(" or ");
      return {
        message: `${shown(value)} must be ${type}`,
        fix: `write ${/^[aeiou]/.test(type) ? "an" : "a"} ${type} here`,
      };
    }
    case "enum": {
      const allowed = ((params.allowedValues as unknown[] | undefined) ?? []).map((v) => shown(v)).join(", ");
      return { message: `${shown(value)} is not one of ${allowed}`, fix: `use one of ${allowed}` };
    }
    case "required":
      return {
        message: `the required field "${String(params.missingProperty)}" is missing`,
        fix: `set ${String(params.missingProperty)}`,
      };
    case "anyOf":
    case "oneOf":
    case "not":
      return {
        message: `the combination of fields is not allowed (${error.message ?? error.keyword})`,
        fix: "check the field's documentation (kubectl explain, or the CRD) for which fields go together",
      };
    default:
      return {
        message: `${shown(value)} ${error.message ?? "is invalid"}`,
        fix: "correct the value to what the field's documentation allows",
      };
  }
}

/** The problems the model's validator finds in `object`, one per path. */
export function typeProblems(model: ModelClass, object: unknown): TypeProblem[] {
  try {
    new model(object as never).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: ValidatorError[] }).errors;
    if (!errors || errors.length === 0)
      return [{ path: "", message: (error as Error).message, fix: "correct the object" }];
    const byPath = Map.groupBy(errors, (e) => e.instancePath);
    return [...byPath].map(([pointer, atPath]) => {
      const first = atPath[0]!;
      const sameKeyword = atPath.filter((e) => e.keyword === first.keyword);
      // A missing field is reported where it belongs, not at its parent.
      const missing = first.keyword === "required" ? first.params?.missingProperty : undefined;
      const path = pointerPath(object, pointer);
      return {
        path: typeof missing === "string" ? fieldPath(path, missing) : path,
        ...describe(first, sameKeyword, valueAt(object, pointer)),
      };
    });
  }
}
