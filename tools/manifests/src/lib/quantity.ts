// Kubernetes resource quantities, parsed for quota arithmetic.
// @see https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = { m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A CPU amount: whole or decimal cores, or millicores ("500m"). */
export const CPU_PATTERN = /^(\d+(\.\d+)?|\d+m)$/;
/** A memory or storage amount in bytes or with a binary suffix ("512Mi", "5Gi"). */
export const BYTES_PATTERN = /^\d+(\.\d+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;

const QUANTITY = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;

/** The numeric value of a quantity in base units (cores, bytes). Throws on a malformed quantity. */
export function parseQuantity(quantity: string | number): number {
  if (typeof quantity === "number") return quantity;
  const match = QUANTITY.exec(quantity);
  if (!match) throw new Error(`"${quantity}" is not a Kubernetes quantity`);
  const [, digits, suffix = ""] = match;
  return Number(digits) * (BINARY[suffix] ?? DECIMAL[suffix] ?? 1);
}

/** Millicores, rounded up as the API server does. */
export function toMillicores(cpu: string | number): number {
  return Math.ceil(parseQuantity(cpu) * 1000 - 1e-9);
}

/** "3000m" for display. */
export function formatMillicores(millicores: number): string {
  return `${millicores}m`;
}

/** The largest binary unit that keeps the number readable: "1.5Gi", "768Mi". */
export function formatBytes(bytes: number): string {
  for (const unit of ["Ei", "Pi", "Ti", "Gi", "Mi", "Ki"] as const) {
    const size = BINARY[unit]!;
    if (bytes >= size) return `${Number((bytes / size).toFixed(2))}${unit}`;
  }
  return `${bytes}`;
}
