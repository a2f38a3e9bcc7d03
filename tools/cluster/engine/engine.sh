#!/usr/bin/env bash
# The cluster tier's container engine: podman (Debian's 4.3, with buildah) whose configuration, storage
# and run-time files all live under the state directory, never the host's /var/lib/containers, plus a
# local registry (Debian's docker-registry, distribution 2.8) that the node's containerd pulls from.
#
#   engine.sh up     install the Debian packages if missing, write podman's configuration, start the
#                    registry on $CKAN_CLUSTER_REGISTRY and wait until /v2/ answers
#   engine.sh env    print `export ...` lines for CONTAINERS_CONF, CONTAINERS_STORAGE_CONF and
#                    CONTAINERS_REGISTRIES_CONF:  eval "$(tools/cluster/engine/engine.sh env)"
#   engine.sh down   stop the registry (by its pid) and any container left running in this storage;
#                    podman's storage and the registry's data stay, as a cache
#
# Environment: CKAN_CLUSTER_STATE (default ~/.cache/ckan-openshift-cluster/state), CKAN_CLUSTER_REGISTRY
# (the host:port the registry listens on, default 127.0.0.1:5000; marked insecure, i.e. plain HTTP).
# Host networking is left alone: containers and builds share the host's network namespace (netns
# "host"), so no bridge, iptables rule or sysctl is ever made.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=${CKAN_CLUSTER_STATE:-${CKAN_CLUSTER_CACHE:-$HOME/.cache/ckan-openshift-cluster}/state}
registry=${CKAN_CLUSTER_REGISTRY:-127.0.0.1:5000}
podman_dir=$state/podman
registry_dir=$state/registry
pid_file=$registry_dir/registry.pid

log() { echo "engine: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

print_env() {
  printf 'export CONTAINERS_CONF=%q\n' "$podman_dir/containers.conf"
  printf 'export CONTAINERS_STORAGE_CONF=%q\n' "$podman_dir/storage.conf"
  printf 'export CONTAINERS_REGISTRIES_CONF=%q\n' "$podman_dir/registries.conf"
}

write_podman_config() {
  mkdir -p "$podman_dir"/{root,run,tmp,networks}
  # The machine lacks CAP_SYS_RESOURCE: podman's default rlimits (1048576 open files) cannot be set.
  cat >"$podman_dir/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
netns = "host"

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$podman_dir/run/events.log"
tmp_dir = "$podman_dir/run/libpod"
image_copy_tmp_dir = "$podman_dir/tmp"
volume_path = "$podman_dir/root/volumes"
static_dir = "$podman_dir/root/libpod"

[network]
network_config_dir = "$podman_dir/networks"
EOF
  cat >"$podman_dir/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$podman_dir/root"
runroot = "$podman_dir/run"
EOF
  cat >"$podman_dir/registries.conf" <<EOF
unqualified-search-registries = []

[[registry]]
location = "$registry"
insecure = true
EOF
}

# registry_pid: the recorded pid when that process is still our registry, else nothing.
registry_pid() {
  [[ -f $pid_file ]] || return 0
  local pid
  pid=$(<"$pid_file")
  if [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$registry_dir/config.yml"; then
    echo "$pid"
  fi
}

answers() { curl -fsS --max-time 2 -o /dev/null "http://$1/v2/" 2>/dev/null; }

stop_registry() {
  local pid
  pid=$(registry_pid)
  if [[ -n $pid ]]; then
    kill "$pid"
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    log "registry stopped (pid $pid)"
  fi
  rm -f "$pid_file"
}

start_registry() {
  local pid
  pid=$(registry_pid)
  if [[ -n $pid && $(cat "$registry_dir/address" 2>/dev/null) == "$registry" ]] && answers "$registry"; then
    log "registry already serving http://$registry (pid $pid)"
    return
  fi
  stop_registry # a registry on another address, or one that stopped answering
  answers "$registry" && die "something else already answers http://$registry/v2/"
  mkdir -p "$registry_dir/data"
  cat >"$registry_dir/config.yml" <<EOF
version: 0.1
log: {level: warn, accesslog: {disabled: true}}
storage:
  filesystem: {rootdirectory: $registry_dir/data}
  delete: {enabled: true}
http: {addr: "$registry", secret: $(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}
EOF
  printf '%s\n' "$registry" >"$registry_dir/address"
  # Its own session: nothing that started `up` holds it, and `down` stops exactly this pid.
  setsid docker-registry serve "$registry_dir/config.yml" </dev/null >>"$registry_dir/registry.log" 2>&1 &
  pid=$!
  printf '%s\n' "$pid" >"$pid_file"
  for _ in $(seq 1 100); do
    answers "$registry" && {
      log "registry serving http://$registry (pid $pid, data $registry_dir/data)"
      return
    }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  tail -n 20 "$registry_dir/registry.log" >&2
  stop_registry
  die "the registry did not answer http://$registry/v2/ (log: $registry_dir/registry.log)"
}

stop_containers() {
  eval "$(print_env)"
  local running
  running=$(podman ps --quiet 2>/dev/null || true)
  if [[ -n $running ]]; then
    # shellcheck disable=SC2086 # one id per word
    podman stop --time 10 $running >/dev/null
    log "stopped containers left running: ${running//$'\n'/ }"
  fi
}

case ${1:-} in
  up)
    started=$SECONDS
    "$here/packages.sh" podman buildah skopeo docker-registry mmdebstrap containernetworking-plugins curl
    write_podman_config
    start_registry
    eval "$(print_env)"
    podman info --format '{{.Store.GraphRoot}}' >/dev/null || die "podman does not start with $podman_dir"
    log "podman $(podman version --format '{{.Client.Version}}'), storage $podman_dir/root; up in $((SECONDS - started)) s"
    ;;
  env) print_env ;;
  down)
    [[ -f $podman_dir/containers.conf ]] && stop_containers
    stop_registry
    ;;
  *)
    echo "usage: engine.sh up|down|env" >&2
    exit 2
    ;;
esac
