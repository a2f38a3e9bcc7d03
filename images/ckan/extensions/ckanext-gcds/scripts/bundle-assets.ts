// Copies the GC Design System web components and fonts from node_modules into the extension's public
// directory, so that CKAN serves them itself and no page loads anything from a CDN. The packages'
// stylesheets point at fonts.googleapis.com and cdn.design-system.canada.ca, and the fonts' own
// stylesheets at a placeholder path: both are rewritten to the local copies, and the
// script fails if any remote URL is left. Output: ckanext/gcds/public/gcds/vendor (git-ignored).
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const EXTENSION = path.resolve(import.meta.dirname, "..");
const OUTPUT = path.join(EXTENSION, "ckanext/gcds/public/gcds/vendor");
const FONT_FAMILIES = ["lato", "noto-sans", "noto-sans-mono", "icons"];
const FONT_FILE = /\.(woff2?|ttf|eot|svg)$/;

const require = createRequire(path.join(EXTENSION, "package.json"));
const packageRoot = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** Fails when a stylesheet still refers to another origin. */
function assertLocal(css: string, file: string): string {
  const remote = /(?:url\(|@import\s+)["']?(https?:)?\/\/[^"')\s]+/.exec(css);
  if (remote) throw new Error(`${file} still loads ${remote[0]}: extend the rewrite in bundle-assets.ts`);
  return css;
}

async function bundle(target: string) {
  const components = packageRoot("@gcds-core/components");
  const fonts = path.join(packageRoot("@gcds-core/fonts"), "fonts");
  const { version: fontsVersion } = JSON.parse(
    await readFile(path.join(packageRoot("@gcds-core/fonts"), "package.json"), "utf8"),
  ) as { version: string };

  // The lazy-loading build: gcds.esm.js loads each component's chunk next to itself on demand.
  await cp(path.join(components, "dist/gcds"), path.join(target, "components"), { recursive: true });
  const stylesheet = path.join(target, "components/gcds.css");
  const css = (await readFile(stylesheet, "utf8"))
    .replace(/@import url\("https:\/\/fonts\.googleapis\.com\/[^"]*"\);/, "")
    .replaceAll(`https://cdn.design-system.canada.ca/@gcds-core/fonts@${fontsVersion}/`, "../fonts/");
  await writeFile(stylesheet, assertLocal(css, "@gcds-core/components/dist/gcds/gcds.css"));

  // The portal's icon: the flag symbol (class fip_flag) of the Government of Canada signature, centred
  // in a square, so no CKAN icon is left.
  const signature = await readFile(
    path.join(components, "dist/collection/components/gcds-signature/assets/sig-blk-en.svg"),
    "utf8",
  );
  const flag = /<path d="([^"]+)" class="fip_flag"/.exec(signature)?.[1];
  if (!flag)
    throw new Error("gcds-signature's sig-blk-en.svg has no fip_flag path: update the favicon rewrite");
  await writeFile(
    path.join(target, "favicon.svg"),
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -40.19 155.38 155.38"><path fill="#eb2d37" d="${flag}"/></svg>\n`,
  );

  const faces: string[] = [];
  for (const family of FONT_FAMILIES) {
    const source = path.join(fonts, family);
    await mkdir(path.join(target, "fonts", family), { recursive: true });
    for (const file of await readdir(source)) {
      if (FONT_FILE.test(file) || file === "LICENSE.txt")
        await cp(path.join(source, file), path.join(target, "fonts", family, file));
    }
    const familyCss = (await readFile(path.join(source, `gcds-${family}.css`), "utf8")).replace(
      /\/\*[\s\S]*?\*\//g,
      "",
    );
    // The packages' placeholders for "where you put the files": `path/to/file/` and `<path-to-file>/`.
    const located = familyCss
      .replaceAll("path/to/file/", `${family}/`)
      .replaceAll("<path-to-file>/", `${family}/`);
    if (/path.to.file/.test(located)) throw new Error(`gcds-${family}.css: unknown path placeholder`);
    faces.push(located);
  }
  await writeFile(path.join(target, "fonts/fonts.css"), assertLocal(faces.join("\n"), "@gcds-core/fonts"));
}

// Built beside the output and swapped in, so an interrupted run never leaves half the assets.
const scratch = `${OUTPUT}.partial`;
await rm(scratch, { recursive: true, force: true });
await bundle(scratch);
await rm(OUTPUT, { recursive: true, force: true });
await rename(scratch, OUTPUT);
console.log(`ckanext-gcds: GC Design System assets bundled into ${path.relative(process.cwd(), OUTPUT)}`);
