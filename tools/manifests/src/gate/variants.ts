// An overlay on a platform with operators is checked in every combination of alternatives a user can
// switch to (postgres-crunchy, postgres-cnpg, solr-solrcloud …), one alternative or none per provider, the
// way they would switch: by changing the overlay's `components:` list. The alternatives come from the
// generator's own table (options.ts), not from folder names.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { PLATFORMS, type PlatformName } from "../config/platforms.ts";
import { kustomizeBuild, type BuildInputs } from "../kustomize.ts";
import { ALTERNATIVES, alternativeComponents, providerKeyOf, type Alternative } from "../options.ts";

export interface Variant {
  /** `gov-dev` for the overlay as committed, `gov-dev[postgres-cnpg solr-solrcloud]` for another choice. */
  readonly name: string;
  readonly components: readonly string[];
  readonly committed: boolean;
  /** The alternatives the variant uses. */
  readonly alternatives: readonly Alternative[];
}

export async function overlayVariants(
  overlayDir: string,
  overlay: string,
  platform: PlatformName,
): Promise<Variant[]> {
  const committed = ((parse(await readFile(path.join(overlayDir, "kustomization.yaml"), "utf8")) ?? {})
    .components ?? []) as string[];
  const entries = (alternative: Alternative) =>
    alternativeComponents(alternative, existsSync(path.join(overlayDir, "alternatives", alternative.name)));
  const committedAlternatives = ALTERNATIVES.filter((alternative) =>
    committed.includes(entries(alternative)[0]!),
  );
  if (!PLATFORMS[platform].operators)
    return [{ name: overlay, components: committed, committed: true, alternatives: committedAlternatives }];
  const offered = new Set(ALTERNATIVES.flatMap(entries));
  let choices: Alternative[][] = [[]];
  for (const key of [...new Set(ALTERNATIVES.map(providerKeyOf))]) {
    const options = ALTERNATIVES.filter((alternative) => providerKeyOf(alternative) === key);
    choices = choices.flatMap((chosen) => [chosen, ...options.map((option) => [...chosen, option])]);
  }
  const same = (a: readonly Alternative[], b: readonly Alternative[]) =>
    a
      .map((x) => x.name)
      .sort()
      .join() ===
    b
      .map((x) => x.name)
      .sort()
      .join();
  // Components that are not alternatives (the image pins) stay in every variant, after the alternatives.
  const fixed = committed.filter((component) => !offered.has(component));
  return choices.map((chosen) => ({
    name: same(chosen, committedAlternatives)
      ? overlay
      : `${overlay}[${chosen.map((alternative) => alternative.name).join(" ") || "statefulsets"}]`,
    components: [...chosen.flatMap(entries), ...fixed],
    committed: same(chosen, committedAlternatives),
    alternatives: chosen,
  }));
}

/** What `kustomize build manifests/overlays/<name>` reads: the manifests/ tree the overlay is in. */
export function committedBuildInputs(overlayDir: string): BuildInputs {
  const manifestsDir = path.resolve(overlayDir, "..", "..");
  return { tree: manifestsDir, parts: [path.relative(manifestsDir, overlayDir)] };
}

/**
 * `kustomize build` of the overlay with another `components:` list. The variant's kustomization is written
 * to a scratch directory and points back at the overlay's folders (kustomize loads directories from
 * anywhere, but files only from below the kustomization), so nothing is ever written to the real tree.
 */
export async function buildVariant(overlayDir: string, variant: Variant): Promise<Record<string, unknown>[]> {
  const committed = committedBuildInputs(overlayDir);
  if (variant.committed) return kustomizeBuild(overlayDir, committed);
  const inputs = { ...committed, parts: [...committed.parts, "components", ...variant.components] };
  const kustomization = parse(await readFile(path.join(overlayDir, "kustomization.yaml"), "utf8")) as Record<
    string,
    unknown
  >;
  const scratch = await mkdtemp(path.join(tmpdir(), "ckan-variant-"));
  try {
    const fromVariant = (entry: string) => path.relative(scratch, path.join(overlayDir, entry));
    const rest = Object.fromEntries(Object.entries(kustomization).filter(([key]) => key !== "components"));
    await writeFile(
      path.join(scratch, "kustomization.yaml"),
      stringify({
        ...rest,
        resources: ((kustomization.resources ?? []) as string[]).map(fromVariant),
        ...(variant.components.length > 0 ? { components: variant.components.map(fromVariant) } : {}),
      }),
    );
    return await kustomizeBuild(scratch, inputs);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
