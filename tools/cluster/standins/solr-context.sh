#!/usr/bin/env bash
# Assembles the solr stand-in's build context: solr/ (Containerfile, scripts), plus
#   app/        the launcher jar and its lib/: tools/e2e/solr built with Maven (`mvn -B package` on a
#               copy of its pom.xml and src/, as its run-solr does), redone when those change;
#   configset/  tools/e2e/solr/configset/* and CKAN's ckan/config/solr/schema.xml as managed-schema,
#               from the ckan wheel on PyPI at CKAN_VERSION;
#   solr.xml    tools/e2e/solr/solr.xml.
#
#   solr-context.sh CACHE_DIR CONTEXT_DIR CKAN_VERSION
#
# Environment: MVN (default mvn), PYTHON (default python3, with pip).
set -euo pipefail

(($# == 3)) || {
  echo "usage: solr-context.sh CACHE_DIR CONTEXT_DIR CKAN_VERSION" >&2
  exit 2
}
cache=$1 context=$2 ckan_version=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
e2e_solr=$(cd "$here/../../e2e/solr" && pwd)

die() {
  echo "solr-context: $*" >&2
  exit 1
}

# --- the launcher, built once per pom.xml and src/ ----------------------------------------------------
app=$cache/solr-app
source_hash=$(cd "$e2e_solr" && find pom.xml src -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)
source_hash=${source_hash%% *}
if [[ ! -f $app/source-hash || $(<"$app/source-hash") != "$source_hash" ]]; then
  echo "solr-context: building tools/e2e/solr with Maven into $app" >&2
  build=$cache/solr-build
  rm -rf "$build" "$app.new"
  mkdir -p "$build" "$app.new"
  cp -R "$e2e_solr/pom.xml" "$e2e_solr/src" "$build/"
  if ! "${MVN:-mvn}" -B -q -Dstyle.color=never -f "$build/pom.xml" package >"$cache/solr-build.log" 2>&1; then
    tail -n 40 "$cache/solr-build.log" >&2
    die "the Maven build failed: $cache/solr-build.log"
  fi
  mv "$build/target/ckan-e2e-solr.jar" "$build/target/lib" "$app.new/"
  printf '%s\n' "$source_hash" >"$app.new/source-hash"
  rm -rf "$app" "$build"
  mv "$app.new" "$app"
fi

# --- CKAN's schema, once per CKAN version ---------------------------------------------------------------
schema=$cache/ckan-$ckan_version/schema.xml
if [[ ! -f $schema ]]; then
  echo "solr-context: fetching ckan==$ckan_version from PyPI for its Solr schema" >&2
  download=$cache/ckan-$ckan_version.download
  rm -rf "$download"
  "${PYTHON:-python3}" -m pip download --quiet --no-deps --only-binary=:all: --dest "$download" "ckan==$ckan_version"
  wheel=$(find "$download" -name 'ckan-*.whl' -print -quit)
  [[ -n $wheel ]] || die "no ckan wheel downloaded into $download"
  mkdir -p "$(dirname "$schema")"
  "${PYTHON:-python3}" -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("ckan/config/solr/schema.xml"))' \
    "$wheel" >"$schema.new"
  grep -q '<schema name="ckan' "$schema.new" || die "$wheel has no CKAN Solr schema"
  mv "$schema.new" "$schema"
  rm -rf "$download"
fi

# --- the context --------------------------------------------------------------------------------------
rm -rf "$context"
mkdir -p "$context/app" "$context/configset"
cp -R "$here/solr/." "$context/"
cp -R "$app/ckan-e2e-solr.jar" "$app/lib" "$context/app/"
cp "$e2e_solr/configset/"* "$context/configset/"
cp "$schema" "$context/configset/managed-schema"
cp "$e2e_solr/solr.xml" "$context/solr.xml"
