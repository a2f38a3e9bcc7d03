// Masks secret values in text that may echo them: a failing `oc apply` can print back what it read on
// stdin, where each value is base64 in `data:` (or plain in `stringData:`). Every encoding of every value
// is masked, and so is any long base64-looking word, in case a line cut a value's encoding short.

const MASK = "<redacted>";
/** No error message needs a 24-character run of the base64 alphabet; an encoded secret always has one. */
const LONG_ENCODED_WORD = /[A-Za-z0-9+/_-]{24,}={0,2}/g;

/** The forms a value can take in YAML or JSON that the cluster tool echoes: plain, base64, base64url. */
function encodings(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const base64 = bytes.toString("base64");
  return [
    value,
    JSON.stringify(value).slice(1, -1),
    base64,
    base64.replace(/=+$/, ""),
    bytes.toString("base64url"),
  ];
}

export function redact(text: string, values: readonly string[]): string {
  let masked = text;
  const forms = values
    .filter((value) => value.length > 0)
    .flatMap(encodings)
    // Longest first, so that a value inside another is not masked half.
    .sort((a, b) => b.length - a.length);
  for (const form of forms) masked = masked.replaceAll(form, MASK);
  return masked.replace(LONG_ENCODED_WORD, MASK);
}
