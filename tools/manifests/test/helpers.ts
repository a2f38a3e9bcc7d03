// Shared by the tests: the repository's own inputs, throw-away workspace copies and the CLI.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { readStackVersions } from "../src/config/versions.ts";
import type { StackContext } from "../src/components/component.ts";
import { parseSettings } from "../src/settings/load-settings.ts";

export const REPO = path.resolve(import.meta.dirname, "../../..");
export const CLI = path.join(REPO, "tools/manifests/src/cli.ts");

export const sandboxText = () => readFileSync(path.join(REPO, "environments/sandbox.yaml"), "utf8");

/** The committed sandbox settings and pins: what the stack is really rendered from. */
export function sandboxContext(): StackContext {
  return {
    settings: parseSettings(sandboxText(), "environments/sandbox.yaml"),
    versions: readStackVersions(REPO),
  };
}

/** A copy of the inputs render reads and the committed output, to break without touching the repo. */
export function copyWorkspace(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "manifests-test-"));
  for (const entry of ["environments", "manifests", ...["ckan", "solr", "postgres"].map((i) => `images/${i}/versions.env`)]) {
    cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function editFile(root: string, relative: string, edit: (text: string) => string): void {
  const file = path.join(root, relative);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
}

export function runCli(args: string[], workspace?: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args, ...(workspace ? ["--workspace", workspace] : [])], {
    encoding: "utf8",
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The real kustomize (standalone, or kubectl's) on a directory, as objects. */
export function kustomize(directory: string): Record<string, any>[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  let output: string;
  try {
    output = execFileSync("kustomize", ["build", directory], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    output = execFileSync("kubectl", ["kustomize", directory], { encoding: "utf8" });
  }
  return output.split(/^---$/m).map((doc) => parse(doc, { version: "1.1" }));
}
