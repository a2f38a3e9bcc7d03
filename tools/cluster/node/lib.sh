# shellcheck shell=bash
# Helpers of cluster.sh: processes in the network namespace, certificates, kubeconfigs, templates.
# Uses cluster.sh's variables: NETNS, run, pki, registry, and the addresses of ../cluster.env.
# shellcheck disable=SC2154 # run, pki and registry are cluster.sh's, which sources this file

log() { printf 'cluster: %s\n' "$*" >&2; }
fail() {
  printf 'cluster: ✗ %s\n' "$*" >&2
  exit 1
}

in_netns() { nsenter --net="/run/netns/$NETNS" -- "$@"; }

# start NAME COMMAND...: runs COMMAND in the namespace, in the background, in a session of its own;
# its pid goes to $run/NAME.pid and its output to $run/logs/NAME.log.
start() {
  local name=$1
  shift
  setsid nsenter --net="/run/netns/$NETNS" -- "$@" >"$run/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$run/$name.pid"
}

alive() { [ -f "$run/$1.pid" ] && kill -0 "$(cat "$run/$1.pid")" 2>/dev/null; }

# stop NAME: SIGTERM, then SIGKILL after 15 s.
stop() {
  local name=$1 pid
  [ -f "$run/$name.pid" ] || return 0
  pid=$(cat "$run/$name.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 75); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$run/$name.pid"
}

# wait_for WHAT SECONDS COMMAND...: retries COMMAND every second; on timeout shows the last log lines.
wait_for() {
  local what=$1 seconds=$2 i
  shift 2
  for ((i = 1; i <= seconds; i++)); do
    if "$@" >/dev/null 2>&1; then
      log "$what ready after ${i}s"
      return 0
    fi
    sleep 1
  done
  for f in "$run"/logs/*.log; do
    printf '\n--- %s\n' "$f" >&2
    tail -n 15 "$f" >&2
  done
  fail "$what not ready after ${seconds}s (logs: $run/logs)"
}

# sign NAME SUBJECT EXTENSION: a key and a certificate signed by the cluster's CA.
sign() {
  local name=$1 subject=$2 extension=$3
  openssl req -newkey rsa:2048 -nodes -keyout "$pki/$name.key" -out "$pki/$name.csr" -subj "$subject" 2>/dev/null
  openssl x509 -req -in "$pki/$name.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
    -out "$pki/$name.crt" -days 2 -extfile <(printf '%s\n' "$extension") 2>/dev/null
}

# user NAME USERNAME [GROUP]: a random bearer token for USERNAME in the apiserver's token file.
user() {
  local token
  token=$(openssl rand -hex 24)
  printf '%s,%s,%s%s\n' "$token" "$2" "$1" "${3:+,\"$3\"}" >>"$pki/tokens.csv"
  printf '%s' "$token" >"$pki/$1.token"
  chmod 600 "$pki/$1.token"
}

kubeconfigs() {
  local name
  for name in admin kube-controller-manager kube-scheduler kubelet kube-proxy coredns; do
    cat >"$run/$name.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters: [{name: local, cluster: {server: "https://$NODE_ADDRESS:6443", certificate-authority: "$pki/ca.crt"}}]
users: [{name: $name, user: {tokenFile: "$pki/$name.token"}}]
contexts: [{name: local, context: {cluster: local, user: $name}}]
current-context: local
EOF
  done
}

# mirror HOST URL: containerd pulls HOST's images from URL (the local registry), and from nowhere else.
mirror() {
  mkdir -p "$run/containerd/certs.d/$1"
  cat >"$run/containerd/certs.d/$1/hosts.toml" <<EOF
server = "$2"
[host."$2"]
  capabilities = ["pull", "resolve"]
EOF
}

# render TEMPLATE: the template with ${run}, ${registry} and cluster.env's addresses filled in.
render() {
  # shellcheck disable=SC2016 # envsubst's list of the variables it may replace, unexpanded
  run=$run registry=$registry NODE_ADDRESS=$NODE_ADDRESS POD_CIDR=$POD_CIDR SERVICE_CIDR=$SERVICE_CIDR \
    envsubst '${run} ${registry} ${NODE_ADDRESS} ${POD_CIDR} ${SERVICE_CIDR}' <"$1"
}

# unmount_under DIR: every mount point below DIR, deepest first (the kubelet's tmpfs and overlay mounts).
unmount_under() {
  local mounts
  mounts=$(awk -v dir="$1/" 'index($5, dir) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
  [ -z "$mounts" ] || printf '%s\n' "$mounts" | xargs -r -n 1 umount -l
}

# The kubelet's cgroups (cgroupfs driver): kubepods under every v1 hierarchy, and under the v2 one.
remove_cgroups() {
  local root
  for root in /sys/fs/cgroup/*/kubepods /sys/fs/cgroup/kubepods; do
    [ -d "$root" ] && find "$root" -depth -type d -exec rmdir {} + 2>/dev/null
  done
  return 0
}
