#!/usr/bin/env bash
# Builds, in the cluster tier's podman storage (../engine/engine.sh), local stand-ins for the upstream
# images that the project's Dockerfiles and the sandbox run, under their exact upstream names, read from
# the repository: PYTHON_IMAGE (images/ckan/versions.env), POSTGRES_BASE_IMAGE (images/postgres),
# SOLR_BASE_IMAGE (images/solr) and the Redis image of the rendered sandbox overlay. Then the pause image
# of KUBERNETES_VERSION (../cluster.env) as <registry>/pause:3.10. The images the cluster pulls (Redis,
# pause) are pushed to the local registry: Redis under its Docker Hub path (library/redis:<tag>).
# What each stand-in is, and how it differs from upstream: ../STANDINS.md.
#
#   tools/cluster/standins/build.sh       (after tools/cluster/engine/engine.sh up)
#
# Idempotent: an image whose inputs (its files, its base, its name) hash to the value in its label
# ckan-openshift.standin.inputs is reused, so a warm run takes seconds; one line per image says which.
# Environment: CKAN_CLUSTER_STATE, CKAN_CLUSTER_REGISTRY (as engine.sh). Caches in $CKAN_CLUSTER_STATE/standins.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
state=${CKAN_CLUSTER_STATE:-${CKAN_CLUSTER_CACHE:-$HOME/.cache/ckan-openshift-cluster}/state}
registry=${CKAN_CLUSTER_REGISTRY:-127.0.0.1:5000}
cache=$state/standins
label=ckan-openshift.standin.inputs
pause_tag=3.10

log() { echo "standins: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

eval "$("$here/../engine/engine.sh" env)"
[[ -f $CONTAINERS_CONF ]] || die "no podman configuration: run tools/cluster/engine/engine.sh up first"
"$here/../engine/packages.sh" mmdebstrap gcc libc6-dev maven openjdk-17-jdk-headless python3-pip
mkdir -p "$cache/logs"

# --- names ------------------------------------------------------------------------------------------
# shellcheck source=../../../images/ckan/scripts/versions-env.sh
source "$repo/images/ckan/scripts/versions-env.sh" # the one shell reader of versions.env
pin() { # pin IMAGE KEY: KEY's value in images/IMAGE/versions.env
  local value
  value=$(versions_env_value "$repo/images/$1/versions.env" "$2") || die "no $2 in images/$1/versions.env"
  [[ -n $value ]] || die "$2 is empty in images/$1/versions.env"
  echo "$value"
}
sandbox_image() { # sandbox_image NAME: the image of the rendered sandbox overlay named */NAME:*
  local rendered images
  rendered=$(kubectl kustomize "$repo/manifests/overlays/sandbox") || die "kubectl kustomize manifests/overlays/sandbox failed"
  images=$(sed -n "s|^ *image: \(.*/$1:[^ ]*\)$|\1|p" <<<"$rendered" | sort -u)
  [[ -n $images && $images != *$'\n'* ]] || die "expected one $1 image in the sandbox overlay, found: ${images:-none}"
  echo "$images"
}
python_image=$(pin ckan PYTHON_IMAGE)
ckan_version=$(pin ckan CKAN_VERSION)
postgres_image=$(pin postgres POSTGRES_BASE_IMAGE)
solr_image=$(pin solr SOLR_BASE_IMAGE)
redis_image=$(sandbox_image redis)
kubernetes_version=$(sed -n 's/^KUBERNETES_VERSION=//p' "$here/../cluster.env")

# --- helpers ------------------------------------------------------------------------------------------
now_ms() { echo $((${EPOCHREALTIME/./} / 1000)); }
since() { # since START_MS: seconds elapsed, one decimal
  local ms=$(($(now_ms) - $1))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}
inputs_hash() { # inputs_hash DIR|FILE... -- WORD...: sha256 of the files (paths, modes, contents) and words
  {
    while (($# > 0)) && [[ $1 != -- ]]; do
      (cd "$(dirname "$1")" && find "$(basename "$1")" -type f -printf '%m %p\n' -exec sha256sum {} \; | LC_ALL=C sort)
      shift
    done
    printf '%s\n' "$@"
  } | sha256sum | cut -c1-64
}
label_of() { podman image inspect --format "{{index .Labels \"$label\"}}" "$1" 2>/dev/null || true; }

# push_once IMAGE TARGET: pushes IMAGE as TARGET unless the registry already serves exactly that image.
push_once() {
  local image=$1 target=$2 started id served
  started=$(now_ms)
  id=$(podman image inspect --format '{{.Id}}' "$image")
  served=$(skopeo inspect --tls-verify=false --raw "docker://$target" 2>/dev/null | tr -d ' \n' |
    sed -n 's/.*"config":{[^}]*"digest":"sha256:\([0-9a-f]*\)".*/\1/p' || true)
  if [[ $served == "$id" ]]; then
    log "$target: already in the registry ($(since "$started"))"
    return
  fi
  [[ $image == "$target" ]] || podman tag "$image" "$target"
  podman push --quiet "$target" >>"$cache/logs/push.log" 2>&1 || die "pushing $target failed: $cache/logs/push.log"
  log "$target: pushed ($(since "$started"))"
}

# base SUITE: imports the Debian SUITE base (base.sh; tarball cached) as localhost/ckan-standin/debian:SUITE.
base() {
  local suite=$1 started hash tarball image
  started=$(now_ms)
  image=localhost/ckan-standin/debian:$suite
  tarball=$cache/base/$suite.tar
  hash=$(inputs_hash "$here/base.sh" /usr/local/share/ca-certificates -- "$suite")
  if [[ $(label_of "$image") == "$hash" ]]; then
    log "$image: reused ($(since "$started"))"
    return
  fi
  if [[ ! -f $tarball || $(cat "$tarball.inputs" 2>/dev/null) != "$hash" ]]; then
    "$here/base.sh" "$suite" "$tarball" >"$cache/logs/base-$suite.log" 2>&1 ||
      die "the $suite base failed: $cache/logs/base-$suite.log"
    echo "$hash" >"$tarball.inputs"
  fi
  podman import --quiet --change "LABEL $label=$hash" --change 'CMD ["bash"]' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$tarball" "$image" >/dev/null
  log "$image: imported from mmdebstrap ($(since "$started"))"
}

# standin NAME UPSTREAM SUITE [CONTEXT]: builds NAME/Containerfile (or CONTEXT) on the SUITE base as UPSTREAM.
standin() {
  local name=$1 upstream=$2 suite=$3 context=${4:-$here/$1} started hash base_image
  started=$(now_ms)
  base_image=localhost/ckan-standin/debian:$suite
  hash=$(inputs_hash "$context" -- "$upstream" "$(label_of "$base_image")")
  if [[ $(label_of "$upstream") == "$hash" ]]; then
    log "$upstream: reused ($(since "$started"))"
    return
  fi
  podman build --pull=never --file "$context/Containerfile" --build-arg "BASE=$base_image" \
    --label "$label=$hash" \
    --label "org.opencontainers.image.description=ckan-openshift stand-in for $upstream, built from Debian $suite (tools/cluster/standins)" \
    --tag "$upstream" "$context" >"$cache/logs/$name.log" 2>&1 ||
    {
      tail -n 30 "$cache/logs/$name.log" >&2
      die "building the $name stand-in failed: $cache/logs/$name.log"
    }
  log "$upstream: built ($(since "$started"))"
}

# pause: <registry>/pause:3.10 from k8s.io/kubernetes@KUBERNETES_VERSION's pause.c, pushed.
pause() {
  local started image module source hash
  started=$(now_ms)
  image=$registry/pause:$pause_tag
  module=$(cd "$cache" && go mod download -json "k8s.io/kubernetes@$kubernetes_version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  source=$module/build/pause/linux/pause.c
  [[ -f $source ]] || die "no $source (go mod download k8s.io/kubernetes@$kubernetes_version)"
  hash=$(inputs_hash "$source" "$here/pause.sh" -- "$image")
  if [[ $(label_of "$image") == "$hash" ]]; then
    log "$image: reused ($(since "$started"))"
  else
    "$here/pause.sh" "$source" "$image" "$label=$hash"
    log "$image: built from k8s.io/kubernetes@$kubernetes_version ($(since "$started"))"
  fi
  push_once "$image" "$image"
}

# --- build ---------------------------------------------------------------------------------------------
total=$(now_ms)
base bookworm
base trixie
standin python "$python_image" bookworm
standin postgres "$postgres_image" bookworm
standin redis "$redis_image" trixie
"$here/solr-context.sh" "$cache" "$cache/context/solr" "$ckan_version"
standin solr "$solr_image" bookworm "$cache/context/solr"
push_once "$redis_image" "$registry/${redis_image#docker.io/}"
pause
log "done in $(since "$total")"
