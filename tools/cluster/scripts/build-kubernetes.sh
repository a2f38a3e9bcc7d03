#!/usr/bin/env bash
# Builds the local cluster's binaries from the Go module proxy alone (no release downloads), once per
# version: kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, kube-proxy, etcd and CoreDNS.
# Output: $CKAN_CLUSTER_CACHE/bin/<version>/<binary> (default ~/.cache/ckan-openshift-cluster); a binary
# that is already there is reused, so a warm run builds nothing. Prints the directory on its last line.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../cluster.env
source "$here/../cluster.env"
cache=${CKAN_CLUSTER_CACHE:-$HOME/.cache/ckan-openshift-cluster}
jobs=${CKAN_CLUSTER_GO_JOBS:-$(nproc)}
export GOFLAGS="-mod=mod -buildvcs=false" CGO_ENABLED=0 GOTOOLCHAIN=local

log() { printf 'build-kubernetes: %s\n' "$*" >&2; }

# timed OUT COMMAND...: runs a build and reports its time and size.
timed() {
  local out=$1 start=$SECONDS
  shift
  "$@"
  log "$(basename "${out%.tmp}"): $((SECONDS - start)) s, $(($(stat -c %s "$out") / 1048576)) MiB"
}

kube_bin="$cache/bin/kubernetes-$KUBERNETES_VERSION"
etcd_bin="$cache/bin/etcd-$ETCD_VERSION"
coredns_bin="$cache/bin/coredns-$COREDNS_VERSION"
mkdir -p "$kube_bin" "$etcd_bin" "$coredns_bin" "$cache/src"

# etcd: its root module replaces ./server and friends, so build a two-line main around etcdmain instead.
if [ ! -x "$etcd_bin/etcd" ]; then
  src="$cache/src/etcd-$ETCD_VERSION"
  mkdir -p "$src"
  printf 'package main\n\nimport (\n\t"os"\n\n\t"go.etcd.io/etcd/server/v3/etcdmain"\n)\n\nfunc main() { etcdmain.Main(os.Args) }\n' >"$src/main.go"
  printf 'module local/etcd\n\ngo 1.25\n' >"$src/go.mod"
  (cd "$src" && go get "go.etcd.io/etcd/server/v3@$ETCD_VERSION" >/dev/null 2>&1)
  (cd "$src" && timed "$etcd_bin/etcd.tmp" go build -p "$jobs" -trimpath -ldflags "-s -w" -o "$etcd_bin/etcd.tmp" .)
  mv "$etcd_bin/etcd.tmp" "$etcd_bin/etcd"
fi

if [ ! -x "$coredns_bin/coredns" ]; then
  (cd "$cache/src" && timed "$coredns_bin/coredns" env GOBIN="$coredns_bin" \
    go install -p "$jobs" -trimpath -ldflags "-s -w" "github.com/coredns/coredns@$COREDNS_VERSION")
fi

# Kubernetes: the module zip has no staging/ (its nested modules are published as k8s.io/* v0.X.Y), so
# drop go.work, the stub vendor/ and the ./staging replaces, and require the published modules instead.
src="$cache/src/kubernetes-$KUBERNETES_VERSION"
if [ ! -f "$src/.prepared" ]; then
  dir=$(cd "$cache/src" && go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["Dir"])')
  rm -rf "$src"
  cp -r "$dir" "$src"
  chmod -R u+w "$src"
  rm -rf "$src/go.work" "$src/go.work.sum" "$src/vendor"
  python3 "$here/prepare-kubernetes-source.py" "$src" "$KUBERNETES_VERSION"
  touch "$src/.prepared"
fi
minor=${KUBERNETES_VERSION#v1.}
minor=${minor%%.*}
ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$KUBERNETES_VERSION \
 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor \
 -X k8s.io/component-base/version.gitTreeState=clean -X k8s.io/client-go/pkg/version.gitVersion=$KUBERNETES_VERSION"
for component in kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy; do
  [ -x "$kube_bin/$component" ] && continue
  (cd "$src" && timed "$kube_bin/$component.tmp" go build -p "$jobs" -trimpath -ldflags "$ldflags" \
    -o "$kube_bin/$component.tmp" "./cmd/$component")
  mv "$kube_bin/$component.tmp" "$kube_bin/$component"
done
printf '%s\n' "$kube_bin" "$etcd_bin" "$coredns_bin"
