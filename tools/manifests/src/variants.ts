// An overlay with alternative Kustomize Components (postgres-crunchy, postgres-cnpg, solr-solrcloud …) is
// checked in every combination a user can switch to, one alternative or none per kind of component, the
// way they would switch: by changing the overlay's `components:` list.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { kustomizeBuild, type BuildInputs } from "./kustomize.ts";

export interface Variant {
  /** `gov-dev` for the overlay as committed, `gov-dev[postgres-cnpg solr-solrcloud]` for another choice. */
  readonly name: string;
  readonly components: readonly string[];
  readonly committed: boolean;
}

/** `postgres-crunchy` chooses for `postgres`. */
const kindOf = (component: string) => component.split("-")[0]!;

export async function overlayVariants(overlayDir: string, overlay: string): Promise<Variant[]> {
  const componentsDir = path.join(overlayDir, "components");
  const committed = ((parse(await readFile(path.join(overlayDir, "kustomization.yaml"), "utf8")) ?? {})
    .components ?? []) as string[];
  if (!existsSync(componentsDir)) return [{ name: overlay, components: committed, committed: true }];
  const available = (await readdir(componentsDir)).sort().map((name) => `components/${name}`);
  const kinds = [...new Set(available.map((c) => kindOf(path.basename(c))))];
  let choices: string[][] = [[]];
  for (const kind of kinds) {
    const options = available.filter((c) => kindOf(path.basename(c)) === kind);
    choices = choices.flatMap((chosen) => [chosen, ...options.map((option) => [...chosen, option])]);
  }
  const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  // Components that are not alternatives (the image pins) stay in every variant, after the alternatives.
  const fixed = committed.filter((c) => !available.includes(c));
  return choices
    .map((chosen) => [...chosen, ...fixed])
    .map((components) => ({
      name: same(components, committed)
        ? overlay
        : `${overlay}[${
            components
              .filter((c) => available.includes(c))
              .map((c) => path.basename(c))
              .join(" ") || "statefulsets"
          }]`,
      components,
      committed: same(components, committed),
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
