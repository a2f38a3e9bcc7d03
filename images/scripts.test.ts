// Every shell script of the image projects (found by shebang, not by extension) passes `shellcheck -x`.
// images/.shellcheckrc resolves sourced files next to each script.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const imagesDir = path.dirname(fileURLToPath(import.meta.url));
const SHELL_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+)?(?:ba|da|k)?sh\b/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

function isShellScript(file: string): boolean {
  const head = readFileSync(file, "utf8").slice(0, 200);
  return SHELL_SHEBANG.test(head) || /^# shellcheck shell=(?:ba|da|k)?sh\b/m.test(head);
}

const scripts = readdirSync(imagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "node_modules")
  .flatMap((entry) => filesUnder(path.join(imagesDir, entry.name)))
  .filter(isShellScript)
  .map((file) => path.relative(imagesDir, file))
  .sort();

function shellcheck(script: string): { status: number | null; output: string } {
  const result = spawnSync("shellcheck", ["-x", script], { cwd: imagesDir, encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error("shellcheck is not installed: apt-get install shellcheck");
  }
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("image shell scripts", () => {
  it("finds the scripts to check", () => {
    expect(scripts).toContain(path.join("ckan", "scripts", "ckan-bootstrap"));
    expect(scripts).toContain(path.join("postgres", "initdb", "10-create-ckan-databases.sh"));
  });

  it.each(scripts)("%s passes shellcheck", (script) => {
    const { status, output } = shellcheck(script);
    expect(output, `shellcheck -x ${script}`).toBe("");
    expect(status).toBe(0);
  });
});
