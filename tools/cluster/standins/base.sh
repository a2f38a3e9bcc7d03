#!/usr/bin/env bash
# A minimal Debian root filesystem from the Debian mirror, as a tarball for `podman import`: the base of
# every stand-in (Docker Hub, where the upstream bases come from, is out of reach).
#
#   base.sh SUITE OUTPUT.tar      e.g. base.sh bookworm ~/.cache/.../bookworm.tar
#
# mmdebstrap --variant=minbase, plus ca-certificates with this machine's CAs
# (/usr/local/share/ca-certificates/*.crt) so that apt and pip inside builds trust the TLS-intercepting
# egress proxy; /usr is merged by mmdebstrap's hook, not the usrmerge package (and its Perl). As in
# Docker's debian:*-slim, documentation, manuals and translations are left out, and apt keeps neither
# downloaded packages nor its binary caches nor translated indexes; both settings stay in the image, so
# packages installed later get the same treatment.
set -euo pipefail

(($# == 2)) || {
  echo "usage: base.sh SUITE OUTPUT.tar" >&2
  exit 2
}
suite=$1 output=$2
mirror=http://deb.debian.org/debian

cas=(/usr/local/share/ca-certificates/*.crt)
[[ -f ${cas[0]} ]] || cas=()

mkdir -p "$(dirname "$output")"
# shellcheck disable=SC2016 # the hooks' "$1" (the root filesystem) is mmdebstrap's to expand
mmdebstrap --quiet --variant=minbase --format=tar --include=ca-certificates \
  --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias' \
  --customize-hook='printf "%s\n" "APT::Keep-Downloaded-Packages \"false\";" "Dir::Cache::pkgcache \"\";" \
    "Dir::Cache::srcpkgcache \"\";" "Acquire::Languages \"none\";" >"$1/etc/apt/apt.conf.d/90slim"' \
  --customize-hook='mkdir -p "$1/usr/local/share/ca-certificates"' \
  ${cas[@]:+--customize-hook="copy-in ${cas[*]} /usr/local/share/ca-certificates/"} \
  --customize-hook='chroot "$1" update-ca-certificates --fresh >/dev/null 2>&1' \
  --customize-hook='rm -f "$1"/var/cache/apt/*.bin' \
  "$suite" "$output.tmp" \
  "deb $mirror $suite main" "deb $mirror $suite-updates main" \
  "deb http://deb.debian.org/debian-security $suite-security main"
mv "$output.tmp" "$output"
