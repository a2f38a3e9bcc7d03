#!/usr/bin/env bash
# A single-node Kubernetes cluster whose every network-facing part lives in its own network namespace.
#
#   cluster.sh up      network, control plane (etcd, kube-apiserver, controller-manager, scheduler),
#                      node (containerd, kubelet, kube-proxy) and CoreDNS; waits for a Ready node
#   cluster.sh down    stops them, unmounts what the kubelet mounted, deletes the namespace and the veth
#   cluster.sh env     prints KUBECONFIG=... for the admin
#
# Inputs: CKAN_CLUSTER_STATE (default ~/.cache/ckan-openshift-cluster/state), the binaries that
# ../scripts/build-kubernetes.sh built, and the pause image it expects in the local registry
# (../standins). The host keeps its routes, iptables and sysctls: only a veth pair joins the two, and a
# process is put in the namespace with `nsenter --net` (not `ip netns exec`, which would also give it
# a mount namespace of its own, hiding the kubelet's volume mounts from containerd).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../cluster.env
source "$here/../cluster.env"
state=${CKAN_CLUSTER_STATE:-${CKAN_CLUSTER_CACHE:-$HOME/.cache/ckan-openshift-cluster}/state}
cache=${CKAN_CLUSTER_CACHE:-$HOME/.cache/ckan-openshift-cluster}
bin=$cache/bin/kubernetes-$KUBERNETES_VERSION
run=$state/run
pki=$run/pki
registry=$HOST_ADDRESS:$REGISTRY_PORT
service_ip=${SERVICE_CIDR%.*}.1

# shellcheck source=lib.sh
source "$here/lib.sh"

network_up() {
  ip netns add "$NETNS"
  ip link add ckc0 type veth peer name ckc1
  ip link set ckc1 netns "$NETNS"
  ip addr add "$HOST_ADDRESS/30" dev ckc0
  ip link set ckc0 up
  in_netns ip addr add "$NODE_ADDRESS/30" dev ckc1
  in_netns ip link set ckc1 up
  in_netns ip link set lo up
  # Service addresses exist only as kube-proxy's DNAT rules; a local process (the journey) needs a route
  # to them for the rules to see its packets. The veth end is as good as any device here.
  in_netns ip route add "$SERVICE_CIDR" dev ckc1
}

network_down() {
  ip link del ckc0 2>/dev/null || true
  ip netns del "$NETNS" 2>/dev/null || true
}

certificates() {
  mkdir -p "$pki"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$pki/ca.key" -out "$pki/ca.crt" -days 2 \
    -subj "/CN=ckan-cluster-ca" 2>/dev/null
  sign apiserver "/CN=kube-apiserver" \
    "subjectAltName=IP:$NODE_ADDRESS,IP:$service_ip,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
  sign apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" "extendedKeyUsage=clientAuth"
  openssl genrsa -out "$pki/sa.key" 2048 2>/dev/null
  openssl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null
  : >"$pki/tokens.csv"
  chmod 600 "$pki/tokens.csv"
  user admin admin system:masters
  user kube-controller-manager system:kube-controller-manager
  user kube-scheduler system:kube-scheduler
  user kubelet system:node:localhost system:nodes
  user kube-proxy system:kube-proxy
  user coredns coredns-reader
}

control_plane_up() {
  mkdir -p "$run/etcd"
  start etcd "$cache/bin/etcd-$ETCD_VERSION/etcd" --name local --data-dir "$run/etcd" \
    --listen-client-urls http://127.0.0.1:2379 --advertise-client-urls http://127.0.0.1:2379 \
    --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
    --initial-cluster local=http://127.0.0.1:2380 --listen-metrics-urls http://127.0.0.1:2381
  wait_for "etcd" 60 in_netns curl -sf http://127.0.0.1:2379/health
  start kube-apiserver "$bin/kube-apiserver" --etcd-servers=http://127.0.0.1:2379 \
    --bind-address="$NODE_ADDRESS" --advertise-address="$NODE_ADDRESS" --secure-port=6443 \
    --tls-cert-file="$pki/apiserver.crt" --tls-private-key-file="$pki/apiserver.key" \
    --client-ca-file="$pki/ca.crt" --token-auth-file="$pki/tokens.csv" --authorization-mode=Node,RBAC \
    --kubelet-client-certificate="$pki/apiserver-kubelet-client.crt" \
    --kubelet-client-key="$pki/apiserver-kubelet-client.key" --kubelet-preferred-address-types=InternalIP \
    --service-account-issuer=https://kubernetes.default.svc --service-account-key-file="$pki/sa.pub" \
    --service-account-signing-key-file="$pki/sa.key" --service-cluster-ip-range="$SERVICE_CIDR" \
    --allow-privileged=false --enable-admission-plugins=NodeRestriction,ResourceQuota,LimitRanger \
    --profiling=false
  wait_for "kube-apiserver" 120 kubectl --kubeconfig "$run/admin.kubeconfig" get --raw /readyz
  start kube-controller-manager "$bin/kube-controller-manager" \
    --kubeconfig "$run/kube-controller-manager.kubeconfig" \
    --authentication-kubeconfig "$run/kube-controller-manager.kubeconfig" \
    --authorization-kubeconfig "$run/kube-controller-manager.kubeconfig" \
    --bind-address=127.0.0.1 --secure-port=10257 --leader-elect=false --controllers='*' \
    --service-account-private-key-file="$pki/sa.key" --root-ca-file="$pki/ca.crt" \
    --use-service-account-credentials=true --cluster-signing-cert-file="$pki/ca.crt" \
    --cluster-signing-key-file="$pki/ca.key" --cluster-cidr="$POD_CIDR" --allocate-node-cidrs=false
  start kube-scheduler "$bin/kube-scheduler" --kubeconfig "$run/kube-scheduler.kubeconfig" \
    --authentication-kubeconfig "$run/kube-scheduler.kubeconfig" \
    --authorization-kubeconfig "$run/kube-scheduler.kubeconfig" \
    --bind-address=127.0.0.1 --secure-port=10259 --leader-elect=false
  # CoreDNS reads Services and EndpointSlices with a user of its own, allowed only that.
  kubectl --kubeconfig "$run/admin.kubeconfig" apply -f "$here/coredns-reader.yaml" >/dev/null
}

node_up() {
  local c=$run/containerd kl=$run/kubelet
  mkdir -p "$c/cni" "$kl"
  mirror "$registry" "http://$registry"
  mirror quay.io "http://$registry"
  mirror docker.io "http://$registry"
  render "$here/containerd.toml.tmpl" >"$c/config.toml"
  render "$here/cni.conflist.tmpl" >"$c/cni/10-pods.conflist"
  start containerd containerd --config "$c/config.toml"
  wait_for "containerd" 30 test -S "$c/containerd.sock"
  render "$here/kubelet.yaml.tmpl" >"$kl/config.yaml"
  printf 'nameserver %s\n' "$NODE_ADDRESS" >"$run/resolv.conf"
  # The patched kubelet (scripts/prepare-kubernetes-source.py): KUBELET_KERNEL_TUNABLES=warn leaves the
  # host's vm.overcommit_memory and kernel.panic* alone (they are not per network namespace);
  # KUBELET_CPU_CAPACITY is what the node advertises.
  KUBELET_KERNEL_TUNABLES=warn KUBELET_CPU_CAPACITY=$NODE_CPUS start kubelet "$bin/kubelet" --config "$kl/config.yaml" \
    --kubeconfig "$run/kubelet.kubeconfig" --root-dir "$kl/root" --hostname-override localhost \
    --node-ip "$NODE_ADDRESS"
  render "$here/kube-proxy.yaml.tmpl" >"$run/kube-proxy.yaml"
  start kube-proxy "$bin/kube-proxy" --config "$run/kube-proxy.yaml"
  render "$here/Corefile.tmpl" >"$run/Corefile"
  start coredns "$cache/bin/coredns-$COREDNS_VERSION/coredns" -conf "$run/Corefile"
  wait_for "node Ready" 120 node_ready
}

node_ready() {
  [ "$(kubectl --kubeconfig "$run/admin.kubeconfig" get node localhost \
    -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" = True ]
}

node_down() {
  # Pods first, so that the kubelet unmounts their volumes and the CNI plugin frees their addresses.
  if [ -f "$run/kubelet.pid" ] && alive kube-apiserver; then
    kubectl --kubeconfig "$run/admin.kubeconfig" delete namespaces -l ckan-cluster-tier/scc=restricted-v2 \
      --wait=false >/dev/null 2>&1 || true
    kubectl --kubeconfig "$run/admin.kubeconfig" delete pods --all --all-namespaces --grace-period=5 \
      --timeout=90s >/dev/null 2>&1 || true
  fi
  for name in coredns kube-proxy kubelet; do stop "$name"; done
  # containerd's shims outlive it: stop every task it still runs, then containerd itself.
  if [ -S "$run/containerd/containerd.sock" ]; then
    local ctr=(ctr --address "$run/containerd/containerd.sock" --namespace k8s.io)
    "${ctr[@]}" tasks list -q 2>/dev/null | while read -r task; do
      "${ctr[@]}" tasks kill --signal SIGKILL "$task" >/dev/null 2>&1 || true
    done
  fi
  stop containerd
  pkill -KILL -f "containerd-shim-runc-v2 -namespace k8s.io -id .* -address $run/containerd/" 2>/dev/null || true
  if [ -f "$run/netns-before" ]; then
    ip netns list | awk '/^cni-/ {print $1}' | sort | comm -13 "$run/netns-before" - |
      while read -r left; do ip netns del "$left"; done
  fi
  unmount_under "$run"
  remove_cgroups
}

control_plane_down() {
  for name in kube-scheduler kube-controller-manager kube-apiserver etcd; do stop "$name"; done
}

up() {
  [ -x "$bin/kubelet" ] || fail "no Kubernetes binaries in $bin: run tools/cluster/scripts/build-kubernetes.sh"
  if ip netns list | grep -qw "$NETNS"; then fail "namespace $NETNS exists: run '$0 down' first"; fi
  # containerd and runc run the pods, the CNI plugins wire them, kube-proxy drives iptables and conntrack.
  "$here/../engine/packages.sh" containerd runc containernetworking-plugins iptables conntrack
  rm -rf "$run"
  mkdir -p "$run/logs"
  # containerd (1.6) makes each pod's network namespace under the host's /run/netns: remember what was
  # there, so that down can remove what a pod left behind and nothing else.
  ip netns list | awk '{print $1}' | sort >"$run/netns-before"
  network_up
  certificates
  kubeconfigs
  control_plane_up
  node_up
  log "ready: KUBECONFIG=$run/admin.kubeconfig"
}

down() {
  node_down
  control_plane_down
  network_down
  # The bridge plugin switches forwarding on inside the namespace only; nothing to restore on the host.
  log "down"
}

case ${1:-} in
  up) up ;;
  down) down ;;
  env) printf 'export KUBECONFIG=%q\n' "$run/admin.kubeconfig" ;;
  -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
  *)
    echo "usage: cluster.sh up|down|env" >&2
    exit 2
    ;;
esac
