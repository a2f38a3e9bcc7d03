// Every shell script in the repository (found by shebang, not by extension: the image scripts have
// none) passes `shellcheck -x`. .shellcheckrc resolves sourced files next to each script.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { shellScripts } from "@ckan-openshift/manifests/render";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const scripts = shellScripts(root);

function shellcheck(script: string): { status: number | null; output: string } {
  const result = spawnSync("shellcheck", ["-x", script], { cwd: root, encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error("shellcheck is not installed: apt-get install shellcheck");
  }
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("shell scripts", () => {
  it("should find every kind of script to check", () => {
    expect(scripts).toContain("images/ckan/scripts/ckan-bootstrap");
    expect(scripts).toContain("images/postgres/initdb/10-create-ckan-databases.sh");
    expect(scripts).toContain("tools/workspace-setup/setup.sh");
    expect(scripts).toContain(".ci/run");
  });

  it.each(scripts)("%s should pass shellcheck", (script) => {
    const { status, output } = shellcheck(script);
    expect(output, `shellcheck -x ${script}`).toBe("");
    expect(status).toBe(0);
  });
});
