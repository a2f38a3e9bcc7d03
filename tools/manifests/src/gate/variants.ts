// The variants of an overlay the gate checks. On a platform with operators that is every combination of
// options a user can switch to (postgres-crunchy, postgres-cnpg, solr-solrcloud …), one option or none per
// service, built the way they would switch: by changing the overlay's `components:` list. The options come
// from the generator's own table (OPTIONS in options.ts), not from folder names.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { PLATFORMS, type PlatformName } from "../config/platforms.ts";
import { kustomizeBuild, type BuildInputs } from "../kustomize.ts";
import {
  offeredOptions,
  OPTION_VALUES_DIR,
  OPTIONS,
  optionEntries,
  providerKeyOf,
  type Option,
  type ProviderKey,
} from "../options.ts";

export interface Variant {
  /** `gov-dev` for the overlay as committed, `gov-dev[postgres-cnpg solr-solrcloud]` for another choice. */
  readonly name: string;
  /** Its kustomization's `components:` entries (Kustomize's key): the options, their values, the pins. */
  readonly components: readonly string[];
  readonly committed: boolean;
  /** The options the variant lists (none: every service on its default provider, a StatefulSet). */
  readonly options: readonly Option[];
}

export async function overlayVariants(
  overlayDir: string,
  overlay: string,
  platform: PlatformName,
  /** The services the environment runs outside the stack: no variant switches them (options.ts). */
  external: readonly ProviderKey[] = [],
): Promise<Variant[]> {
  const committed = ((parse(await readFile(path.join(overlayDir, "kustomization.yaml"), "utf8")) ?? {})
    .components ?? []) as string[];
  const entries = (option: Option) =>
    optionEntries(option, existsSync(path.join(overlayDir, OPTION_VALUES_DIR, option.name)));
  const committedOptions = OPTIONS.filter((option) => committed.includes(entries(option)[0]!));
  if (!PLATFORMS[platform].operators)
    return [{ name: overlay, components: committed, committed: true, options: committedOptions }];
  const offered = new Set(OPTIONS.flatMap(entries));
  const switchable = offeredOptions(external);
  let choices: Option[][] = [[]];
  for (const key of [...new Set(switchable.map(providerKeyOf))]) {
    const forKey = switchable.filter((option) => providerKeyOf(option) === key);
    choices = choices.flatMap((chosen) => [chosen, ...forKey.map((option) => [...chosen, option])]);
  }
  const same = (a: readonly Option[], b: readonly Option[]) =>
    a
      .map((x) => x.name)
      .sort()
      .join() ===
    b
      .map((x) => x.name)
      .sort()
      .join();
  // Entries that are not options (the image pins, the version labels) stay in every variant, after the options.
  const fixed = committed.filter((component) => !offered.has(component));
  return choices.map((chosen) => ({
    name: same(chosen, committedOptions)
      ? overlay
      : `${overlay}[${chosen.map((option) => option.name).join(" ") || "statefulsets"}]`,
    components: [...chosen.flatMap(entries), ...fixed],
    committed: same(chosen, committedOptions),
    options: chosen,
  }));
}

/** What `kustomize build manifests/overlays/<name>` reads: the manifests/ tree the overlay is in. */
export function committedBuildInputs(overlayDir: string): BuildInputs {
  const manifestsDir = path.resolve(overlayDir, "..", "..");
  return { tree: manifestsDir, parts: [path.relative(manifestsDir, overlayDir)] };
}

/**
 * `kustomize build` of the overlay with another `components:` list (withVariantDirectory), from the build
 * cache when its files have not changed.
 */
export async function buildVariant(overlayDir: string, variant: Variant): Promise<Record<string, unknown>[]> {
  const committed = committedBuildInputs(overlayDir);
  const inputs = variant.committed
    ? committed
    : { ...committed, parts: [...committed.parts, "components", ...variant.components] };
  return withVariantDirectory(overlayDir, variant, (directory) => kustomizeBuild(directory, inputs));
}

/**
 * Runs `use` on a kustomization of the overlay with the variant's `components:` list: the overlay itself
 * for the committed variant. Another is written to a scratch directory and points back at the overlay's
 * folders (kustomize loads directories from anywhere, but files only from below the kustomization), so
 * nothing is ever written to the real tree.
 */
export async function withVariantDirectory<T>(
  overlayDir: string,
  variant: Variant,
  use: (directory: string) => Promise<T>,
): Promise<T> {
  if (variant.committed) return use(overlayDir);
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
    return await use(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
