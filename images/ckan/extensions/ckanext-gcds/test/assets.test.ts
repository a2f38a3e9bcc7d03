// The bundle that ckanext-gcds serves, built by its Nx `assets` target, loads nothing from another
// origin; and the ckan image's install refuses the extension while that bundle is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const EXTENSION = path.resolve(import.meta.dirname, "..");
const VENDOR = path.join(EXTENSION, "ckanext/gcds/public/gcds/vendor");
const INSTALL = path.resolve(EXTENSION, "../../scripts/ckan-install-extensions");

/** Every url(...) and @import of a stylesheet. */
const references = (css: string) =>
  [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]!);

describe("the GC Design System bundle", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(EXTENSION, "scripts/bundle-assets.ts")], { stdio: "pipe" });
  });

  it("should contain every file that assets.required lists", () => {
    const required = readFileSync(path.join(EXTENSION, "assets.required"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(required.length).toBeGreaterThan(0);
    for (const file of required) expect(existsSync(path.join(EXTENSION, "ckanext/gcds", file))).toBe(true);
  });

  it.each(["components/gcds.css", "fonts/fonts.css"])(
    "%s should refer only to files in the bundle",
    (file) => {
      const stylesheet = path.join(VENDOR, file);
      const urls = references(readFileSync(stylesheet, "utf8")).filter((url) => !url.startsWith("data:"));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url).not.toMatch(/^(https?:)?\/\//);
        expect(existsSync(path.resolve(path.dirname(stylesheet), url.split(/[?#]/)[0]!))).toBe(true);
      }
    },
  );
});

describe("ckan-install-extensions", () => {
  it("should refuse an extension whose bundled assets were not built, naming the Nx target", () => {
    const root = mkdtempSync(path.join(tmpdir(), "gcds-install-"));
    const venv = path.join(root, "venv");
    mkdirSync(path.join(venv, "bin"), { recursive: true });
    symlinkSync("/bin/false", path.join(venv, "bin/python"));
    const extension = path.join(root, "extensions/ckanext-demo");
    mkdirSync(path.join(extension, "ckanext/demo"), { recursive: true });
    writeFileSync(path.join(extension, "assets.required"), "public/demo/vendor/app.js\n");
    const result = spawnSync(INSTALL, [path.join(root, "extensions")], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", CKAN_VENV: venv },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "ckanext-demo: bundled asset public/demo/vendor/app.js is missing: run `npx nx run ckanext-demo:assets` first",
    );
  });
});
