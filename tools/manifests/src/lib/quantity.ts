// Kubernetes resource quantities: every form the API server accepts (`0.5`, `500m`, `1`, `1e9`, `1G`,
// `512Mi`, a YAML number), read exactly, written in the canonical form `oc get` shows back, and printed
// for people in the units they set them in.
// @see https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/

const BINARY_EXPONENTS: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_EXPONENTS: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  "": 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

/** `<number><suffix>`, the suffix binary (Ki…Ei), decimal (m, k…E) or an exponent (e3, E-2). */
const QUANTITY =
  /^\+?(?<digits>\d+\.?\d*|\.\d+)(?:(?<binary>Ki|Mi|Gi|Ti|Pi|Ei)|[eE](?<exponent>[+-]?\d+)|(?<decimal>[numkMGTPE]))?$/;

/** An exact value: numerator / denominator, both whole. */
interface Exact {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** The quantity's exact value in base units (cores, bytes), or undefined when it is not a quantity. */
function exactValue(quantity: string | number): Exact | undefined {
  // YAML numbers arrive as numbers; their shortest decimal form is what the file said (1e9 → "1000000000").
  const text = typeof quantity === "number" ? String(quantity) : quantity;
  const match = QUANTITY.exec(text);
  if (!match?.groups) return undefined;
  const { digits, binary, exponent, decimal } = match.groups;
  const [whole = "", fraction = ""] = digits!.split(".");
  let numerator = BigInt(`${whole}${fraction}` || "0");
  let denominator = 10n ** BigInt(fraction.length);
  if (binary) numerator *= 2n ** BigInt(BINARY_EXPONENTS[binary]!);
  const power = exponent !== undefined ? Number(exponent) : DECIMAL_EXPONENTS[decimal ?? ""]!;
  if (Math.abs(power) > 100) return undefined;
  if (power >= 0) numerator *= 10n ** BigInt(power);
  else denominator *= 10n ** BigInt(-power);
  return { numerator, denominator };
}

export function isQuantity(quantity: unknown): quantity is string | number {
  return (typeof quantity === "string" || typeof quantity === "number") && exactValue(quantity) !== undefined;
}

/** The numeric value of a quantity in base units (cores, bytes). Throws on a malformed quantity. */
export function parseQuantity(quantity: string | number): number {
  const value = exactValue(quantity);
  if (!value) throw new Error(`"${quantity}" is not a Kubernetes quantity`);
  return Number(value.numerator) / Number(value.denominator);
}

/** Whole millicores, or undefined when the quantity is malformed or finer than 1m (the API refuses that). */
export function exactMillicores(cpu: string | number): number | undefined {
  const value = exactValue(cpu);
  if (!value || (value.numerator * 1000n) % value.denominator !== 0n) return undefined;
  return Number((value.numerator * 1000n) / value.denominator);
}

/** Whole bytes, or undefined when the quantity is malformed or not a whole number of bytes. */
export function exactBytes(quantity: string | number): number | undefined {
  const value = exactValue(quantity);
  if (!value || value.numerator % value.denominator !== 0n) return undefined;
  return Number(value.numerator / value.denominator);
}

/** Millicores, rounded up as the API server does. */
export function toMillicores(cpu: string | number): number {
  return Math.ceil(parseQuantity(cpu) * 1000 - 1e-9);
}

/** CPU as Kubernetes writes it: whole cores ("2"), else millicores ("500m"). */
export function canonicalCpu(millicores: number): string {
  return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}

/**
 * Bytes as Kubernetes writes them: the largest suffix that keeps a whole number, binary (Mi, Gi …) when
 * the quantity was written in binary units, decimal (k, M, G …) otherwise.
 */
export function canonicalBytes(bytes: number, binary: boolean): string {
  const units: [string, number][] = binary
    ? [
        ["Ei", 2 ** 60],
        ["Pi", 2 ** 50],
        ["Ti", 2 ** 40],
        ["Gi", 2 ** 30],
        ["Mi", 2 ** 20],
        ["Ki", 2 ** 10],
      ]
    : [
        ["E", 1e18],
        ["P", 1e15],
        ["T", 1e12],
        ["G", 1e9],
        ["M", 1e6],
        ["k", 1e3],
      ];
  for (const [unit, size] of units) if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  return String(bytes);
}

/** Whether a byte quantity was written in binary units (`Mi`, `Gi` …). */
export const isBinaryQuantity = (quantity: string | number): boolean => /[KMGTPE]i$/.test(String(quantity));

/** "3000m" for display. */
export function formatMillicores(millicores: number): string {
  return `${millicores}m`;
}

/** The largest binary unit that keeps the number readable: "1.5Gi", "768Mi". */
export function formatBytes(bytes: number): string {
  for (const unit of ["Ei", "Pi", "Ti", "Gi", "Mi", "Ki"] as const) {
    const size = 2 ** BINARY_EXPONENTS[unit]!;
    if (bytes >= size) return `${Number((bytes / size).toFixed(2))}${unit}`;
  }
  return `${bytes}`;
}
