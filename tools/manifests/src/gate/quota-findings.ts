// The quota rule: what an overlay asks of its platform's quota, in the units people set it in, naming the
// environment's settings file and the `sizes.*` fields that add up to each excess. A variant the
// environment does not select (gov-dev[solr-solrcloud]) is checked too, but only warns: switching to it
// is when it has to fit.
import { PLATFORMS, type PlatformName, type PlatformQuota } from "../config/platforms.ts";
import { settingsPath } from "../environments/environment-files.ts";
import { formatBytes, formatMillicores } from "../lib/quantity.ts";
import {
  quotaExcesses,
  quotaUsage,
  type QuotaExcess,
  type QuotaPart,
  type QuotaUnit,
} from "../quota/usage.ts";
import type { Finding, RenderedObject } from "./finding.ts";

/** Which variant of an environment's overlay the objects are. */
export interface VariantOf {
  /** The environment whose settings file the overlay is rendered from. */
  readonly environment: string;
  /** The variant its settings select (as committed), not one it could switch to. */
  readonly selected: boolean;
}

const FORMAT: Record<QuotaUnit, (n: number) => string> = {
  millicores: formatMillicores,
  bytes: formatBytes,
  count: String,
};

/** How many parts of an excess the fix names. */
const NAMED_PARTS = 4;

function partText(part: QuotaPart, unit: QuotaUnit): string {
  const format = FORMAT[unit];
  if (unit === "count") return part.what;
  const pods = part.count === 1 ? "1 pod" : `${part.count} pods`;
  return part.per === "claim"
    ? `${part.field ?? part.what} (${format(part.each)})`
    : `${part.field ?? part.what} (${format(part.each)} × ${pods})`;
}

function fixFor(excess: QuotaExcess, file: string): string {
  const named = excess.parts.slice(0, NAMED_PARTS).map((part) => partText(part, excess.unit));
  const more = excess.parts.length > NAMED_PARTS ? `, and ${excess.parts.length - NAMED_PARTS} more` : "";
  const settable = excess.parts.some((part) => part.field);
  if (excess.resource === "persistentVolumeClaims")
    return `use fewer volumes (${named.join(", ")}${more}), or a platform that allows more`;
  if (!settable)
    return `run fewer pods (replicas in ${file}): ${named.join(", ")}${more} add up to it, and none of them is set in the settings`;
  return `lower these in ${file}, largest first: ${named.join(", ")}${more}; or run fewer pods (replicas, autoscaling)`;
}

/** One finding per quota line the objects exceed. */
export function quotaFindings(
  objects: readonly RenderedObject[],
  overlay: string,
  platformName: PlatformName,
  variant: VariantOf = { environment: overlay, selected: true },
): Finding[] {
  const platform = PLATFORMS[platformName];
  const quota: PlatformQuota = platform.quota;
  const file = settingsPath(variant.environment);
  return quotaExcesses(quotaUsage(objects, quota), quota).map((excess) => {
    const format = FORMAT[excess.unit];
    const fields = [...new Set(excess.parts.flatMap((part) => (part.field ? [part.field] : [])))];
    const need = `${excess.label}: ${format(excess.used)} in all, ${platform.title} allows ${format(excess.allowed)} (${format(excess.used - excess.allowed)} over)`;
    return {
      rule: "quota/exceeded",
      severity: variant.selected ? "error" : "warning",
      overlay,
      object: file,
      path: fields.slice(0, NAMED_PARTS).join(", ") || excess.resource,
      message: variant.selected ? need : `only if ${variant.environment} switches to this variant: ${need}`,
      why: "pods over the quota are refused at creation, and a rollout's surge pod stalls",
      fix: variant.selected ? fixFor(excess, file) : `before switching to it, ${fixFor(excess, file)}`,
    };
  });
}
