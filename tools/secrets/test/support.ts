// Shared by the CLI tests: a throwaway workspace (environments/ only) and a way to run the CLI in it.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseSettings } from "@ckan-openshift/manifests/settings";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const cli = path.join(repoRoot, "tools/secrets/src/cli.ts");

export interface Workspace {
  readonly root: string;
  /** Runs `node tools/secrets/src/cli.ts <args> --workspace <root>` with the given PATH. */
  run(args: readonly string[], options?: { readonly path?: string }): RunResult;
  remove(): void;
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temp dir holding a copy of environments/sandbox.yaml, plus any extra settings files given. */
export function makeWorkspace(extraEnvironments: Readonly<Record<string, string>> = {}): Workspace {
  const root = mkdtempSync(path.join(tmpdir(), "secrets-test-"));
  mkdirSync(path.join(root, "environments"));
  copyFileSync(
    path.join(repoRoot, "environments/sandbox.yaml"),
    path.join(root, "environments/sandbox.yaml"),
  );
  // The images' versions.env: a render of this workspace reads CKAN_PLUGINS from it.
  for (const image of ["ckan", "solr", "postgres"]) {
    mkdirSync(path.join(root, "images", image), { recursive: true });
    copyFileSync(
      path.join(repoRoot, "images", image, "versions.env"),
      path.join(root, "images", image, "versions.env"),
    );
  }
  for (const [name, text] of Object.entries(extraEnvironments)) {
    writeFileSync(path.join(root, "environments", `${name}.yaml`), text);
  }
  return {
    root,
    run(args, options = {}) {
      const result = spawnSync(process.execPath, [cli, ...args, "--workspace", root], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, PATH: options.path ?? process.env.PATH ?? "", NO_COLOR: "1" },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The repository's environments/sandbox.yaml. */
export const SANDBOX_SETTINGS = readFileSync(path.join(repoRoot, "environments/sandbox.yaml"), "utf8");

/** The namespace in environments/sandbox.yaml, where apply mode must write. */
export const SANDBOX_NAMESPACE = parseSettings(SANDBOX_SETTINGS, "environments/sandbox.yaml").namespace;

/**
 * A stand-in for a cluster: no cluster exists on this machine, so the apply-mode tests put this fake `oc`
 * first on PATH. It records each call's argv (one argument per line) and, for `apply`, its stdin, in
 * <dir>/calls/<pid>.*; it answers `get secret <name>` with <dir>/secrets/<name>.json when that file
 * exists, else with kubectl's NotFound error and exit 1, and with <dir>/fail-get (if present) as an error.
 */
export interface FakeOc {
  readonly dir: string;
  /** PATH with the fake first, then the rest of this process's PATH (node, bash). */
  readonly path: string;
  /** Makes `get secret <name>` answer with this Secret's JSON. */
  existing(name: string, secret: unknown): void;
  /** Makes every `get secret` fail with this error output and exit 1. */
  failGet(stderr: string): void;
  calls(): { argv: string[]; stdin?: string }[];
  remove(): void;
}

const FAKE_OC = `#!/bin/sh
# Stand-in for a cluster (tests only): records argv and stdin, answers from canned files.
dir="$(dirname "$0")"
call="$dir/calls/$$"
for arg in "$@"; do printf '%s\\n' "$arg"; done > "$call.argv"
case " $* " in
  *" apply "*)
    cat > "$call.stdin"
    echo "secret applied (fake)"
    exit 0 ;;
  *" get secret "*)
    if [ -f "$dir/fail-get" ]; then cat "$dir/fail-get" >&2; exit 1; fi
    name="$(sed -n '/^secret$/{n;p;q;}' "$call.argv")"
    if [ -f "$dir/secrets/$name.json" ]; then cat "$dir/secrets/$name.json"; exit 0; fi
    echo "Error from server (NotFound): secrets \\"$name\\" not found" >&2
    exit 1 ;;
esac
echo "fake oc: unexpected call: $*" >&2
exit 3
`;

export function makeFakeOc(): FakeOc {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-oc-"));
  mkdirSync(path.join(dir, "calls"));
  mkdirSync(path.join(dir, "secrets"));
  writeFileSync(path.join(dir, "oc"), FAKE_OC);
  chmodSync(path.join(dir, "oc"), 0o755);
  return {
    dir,
    path: `${dir}${path.delimiter}${process.env.PATH ?? ""}`,
    existing: (name, secret) =>
      writeFileSync(path.join(dir, "secrets", `${name}.json`), JSON.stringify(secret)),
    failGet: (stderr) => writeFileSync(path.join(dir, "fail-get"), stderr),
    calls() {
      const callsDir = path.join(dir, "calls");
      return readdirSync(callsDir)
        .filter((file) => file.endsWith(".argv"))
        .map((file) => {
          const argv = readFileSync(path.join(callsDir, file), "utf8").split("\n").slice(0, -1);
          const stdinFile = path.join(callsDir, file.replace(/\.argv$/, ".stdin"));
          let stdin: string | undefined;
          try {
            stdin = readFileSync(stdinFile, "utf8");
          } catch {
            stdin = undefined;
          }
          return stdin === undefined ? { argv } : { argv, stdin };
        });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
