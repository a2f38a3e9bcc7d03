// One format, two readers: scripts/versions-env.sh (shell: ckan-install, the cluster tier's stand-ins) and
// tools/manifests/src/config/versions.ts parseVersionsFile (TypeScript: render, images, e2e, the gate) read
// every versions.env alike, and refuse the same lines with the same message.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseVersionsFile } from "@ckan-openshift/manifests/stack";

const REPO = path.resolve(import.meta.dirname, "../../..");
const LIBRARY = path.join(REPO, "images/ckan/scripts/versions-env.sh");
const scratch = mkdtempSync(path.join(tmpdir(), "versions-env-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `function args...` with the library sourced; the environment is only PATH and `env`. */
function shell(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    "bash",
    ["-c", `set -euo pipefail; source "$0"; ${command} "$@"`, LIBRARY, ...args],
    {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
      // Not a socket: bash would take itself for an ssh session and read ~/.bashrc.
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What the shell reader makes of a file: its lines as a record (the last of a repeated key wins). */
function shellRead(file: string): Record<string, string> {
  const { status, stdout, stderr } = shell("versions_env_lines", [file]);
  expect(stderr).toBe("");
  expect(status).toBe(0);
  const values: Record<string, string> = {};
  for (const line of stdout.split("\n").filter((l) => l !== "")) {
    const equals = line.indexOf("=");
    values[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return values;
}

function file(name: string, text: string): string {
  const target = path.join(scratch, name);
  writeFileSync(target, text);
  return target;
}

describe("versions-env.sh, the shell reader of versions.env", () => {
  it.each([
    "images/ckan/versions.env",
    "images/ckan/versions.next.env",
    "images/solr/versions.env",
    "images/postgres/versions.env",
  ])("should read %s exactly as the TypeScript reader does", (relative) => {
    const target = path.join(REPO, relative);
    const expected = parseVersionsFile(readFileSync(target, "utf8"), relative);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(shellRead(target)).toEqual(expected);
  });

  it("should agree on the corners: =, spaces, indentation, CRLF, repeats, no final newline", () => {
    const text = [
      "# a comment",
      "",
      "   ",
      "A_URL=postgresql://u:p@h/db?x=1",
      "PLUGINS=one two  three",
      "  INDENTED=yes  ",
      "CRLF=value\r",
      "EMPTY=",
      "REPEATED=first",
      "REPEATED=second",
      "LAST=no newline",
    ].join("\n");
    const target = file("corners.env", text);
    expect(shellRead(target)).toEqual(parseVersionsFile(text, "corners.env"));
    expect(shellRead(target)).toMatchObject({
      A_URL: "postgresql://u:p@h/db?x=1",
      CRLF: "value",
      REPEATED: "second",
    });
  });

  it.each([
    ["export FOO=1", 2],
    ["lower=1", 3],
    ["NO_EQUALS", 2],
    ['"QUOTED"=1', 2],
  ])("should refuse %s with the TypeScript reader's message", (bad, line) => {
    const text = bad === "lower=1" ? `A=1\n# x\n${bad}\n` : `A=1\n${bad}\n`;
    const target = file("bad.env", text);
    const typescript = (() => {
      try {
        parseVersionsFile(text, target);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(typescript).toBe(`${target}:${line}: expected KEY=value, got "${bad}"`);
    const { status, stderr } = shell("versions_env_lines", [target]);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(typescript);
  });

  it("should print one value, and fail naming the key it lacks", () => {
    const target = file("value.env", "A=1\nB=two words\n");
    expect(shell("versions_env_value", [target, "B"]).stdout).toBe("two words\n");
    const missing = shell("versions_env_value", [target, "C"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`${target} has no C\n`);
    expect(shell("versions_env_value", [path.join(scratch, "absent.env"), "A"]).status).toBe(2);
  });

  it("should export the named pins the environment does not set, and nothing else", () => {
    const target = file("export.env", "A=from-file\nB=from-file\nC=from-file\n");
    const { stdout, status } = shell(
      'versions_env_export "$1" A B D; printf "%s|%s|%s|%s\\n" "${A-}" "${B-}" "${C-unset}" "${D-unset}"; :',
      [target],
      { B: "from-environment" },
    );
    expect(status).toBe(0);
    expect(stdout).toBe("from-file|from-environment|unset|unset\n");
  });
});
