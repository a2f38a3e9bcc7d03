// A stand-in for a namespace (tests only; no cluster runs here): a fake `oc` that records every call's
// argv and stdin in order, runs `exec`'s script on this machine in a fake pod environment (the uploads
// volume is a directory; pg_dump, pg_restore, psql, python and ckan are stubs that record what they
// get), answers `get secret` from canned Secrets and `get job` with Complete.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const FAKE_OC = `#!/bin/bash
dir="$(dirname "$0")"
# named by the time in nanoseconds: sequential calls sort in order, concurrent ones never collide
call="$dir/calls/$(date +%s%N)-$$"
for arg in "$@"; do printf '%s\\n' "$arg"; done > "$call.argv"
args=("$@")
# skip the global flags: --context <ctx>, -n <namespace>, --request-timeout=<t>
while :; do
  case "\${args[0]}" in
    --context | -n) args=("\${args[@]:2}") ;;
    --request-timeout=*) args=("\${args[@]:1}") ;;
    *) break ;;
  esac
done
case "\${args[0]} \${args[1]}" in
  "exec "*)
    while [[ \${args[0]} != -- ]]; do args=("\${args[@]:1}"); done
    env -i PATH="$dir/bin:$PATH" CKAN_STORAGE_PATH="$dir/volume" CKAN_INI=/srv/app/config/ckan.ini FAKE="$dir" \\
      "\${args[@]:1}"
    exit $? ;;
  "get pods") echo "pod/postgres-instance1-abcd-0"; exit 0 ;;
  "get deployment") printf '1'; exit 0 ;;
  "get job") printf 'Complete '; exit 0 ;;
  "get secret")
    name="\${args[2]}"
    if [[ -f "$dir/secrets/$name.json" ]]; then cat "$dir/secrets/$name.json"; exit 0; fi
    echo "Error from server (NotFound): secrets \\"$name\\" not found" >&2; exit 1 ;;
  "apply "* | "create "*) cat > "$call.stdin"; exit 0 ;;
  "scale "* | "patch "* | "wait "* | "rollout "* | "delete "*) exit 0 ;;
esac
echo "fake oc: unexpected call: $*" >&2
exit 3
`;

const STUBS: Record<string, string> = {
  pg_dump: `#!/bin/sh\nprintf 'DUMP %s as %s\\n' "\${2#--dbname=}" "$PGUSER"\n`,
  pg_restore: `#!/bin/sh\ncat\n`,
  psql: `#!/bin/sh\nfor arg in "$@"; do case "$arg" in --dbname=*) db="\${arg#--dbname=}" ;; esac; done\ncat > "$FAKE/psql-$db.sql"\n`,
  python: `#!/bin/sh\ncat "$FAKE/ckan-version"\n`,
  ckan: `#!/bin/sh\necho "$*" >> "$FAKE/ckan.log"\n`,
};

export interface Call {
  /** One element per line: an argument with newlines (a script) spans several. */
  readonly argv: string[];
  readonly stdin?: string;
}

export interface FakeNamespace {
  readonly dir: string;
  /** The fake `oc` to pass as the cluster tool. */
  readonly tool: string;
  /** The uploads volume. */
  readonly volume: string;
  calls(): Call[];
  secret(name: string, values: Record<string, string>): void;
  ckanVersion(version: string): void;
  read(file: string): string;
  remove(): void;
}

export function makeFakeNamespace(): FakeNamespace {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-namespace-"));
  for (const sub of ["calls", "secrets", "bin", "volume"]) mkdirSync(path.join(dir, sub));
  writeFileSync(path.join(dir, "oc"), FAKE_OC, { mode: 0o755 });
  for (const [name, text] of Object.entries(STUBS)) {
    writeFileSync(path.join(dir, "bin", name), text);
    chmodSync(path.join(dir, "bin", name), 0o755);
  }
  writeFileSync(path.join(dir, "ckan-version"), "2.11.6\n");
  return {
    dir,
    tool: path.join(dir, "oc"),
    volume: path.join(dir, "volume"),
    calls: () =>
      readdirSync(path.join(dir, "calls"))
        .filter((file) => file.endsWith(".argv"))
        .sort()
        .map((file) => {
          const argv = readFileSync(path.join(dir, "calls", file), "utf8")
            .split("\n")
            .slice(0, -1);
          const stdin = path.join(dir, "calls", file.replace(/\.argv$/, ".stdin"));
          try {
            return { argv, stdin: readFileSync(stdin, "utf8") };
          } catch {
            return { argv };
          }
        }),
    secret: (name, values) =>
      writeFileSync(
        path.join(dir, "secrets", `${name}.json`),
        JSON.stringify({
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name },
          data: Object.fromEntries(
            Object.entries(values).map(([key, value]) => [key, Buffer.from(value).toString("base64")]),
          ),
        }),
      ),
    ckanVersion: (version) => writeFileSync(path.join(dir, "ckan-version"), `${version}\n`),
    read: (file) => readFileSync(path.join(dir, file), "utf8"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
