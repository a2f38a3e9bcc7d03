#!/usr/bin/env bash
# The sandbox ("pause") image for the node's containerd: Kubernetes' own build/pause/linux/pause.c,
# compiled static and alone in an image as upstream's is (FROM scratch, USER 65535:65535,
# ENTRYPOINT ["/pause"]), imported into podman's storage.
#
#   pause.sh PAUSE_C IMAGE [LABEL=VALUE]     e.g. pause.sh $DIR/build/pause/linux/pause.c 127.0.0.1:5000/pause:3.10
#
# Needs gcc and a static libc (Debian's libc6-dev).
set -euo pipefail

(($# >= 2)) || {
  echo "usage: pause.sh PAUSE_C IMAGE [LABEL=VALUE]" >&2
  exit 2
}
source=$1 image=$2 label=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/rootfs"
gcc -Os -Wall -Werror -static -DVERSION="v${image##*:}-standin" -o "$work/rootfs/pause" "$source"
strip "$work/rootfs/pause"
tar --numeric-owner --owner=0 --group=0 -C "$work/rootfs" -cf "$work/pause.tar" pause
changes=(--change 'USER 65535:65535' --change 'ENTRYPOINT ["/pause"]')
[[ -z $label ]] || changes+=(--change "LABEL $label")
podman import --quiet "${changes[@]}" "$work/pause.tar" "$image" >/dev/null
