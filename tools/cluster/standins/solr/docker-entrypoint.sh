#!/usr/bin/env bash
# The solr stand-in's entrypoint: options as the first argument run solr-foreground with them, anything
# else runs as given (the image's CMD runs solr-precreate).
set -euo pipefail
if [[ ${1:-} == -* ]]; then
  set -- solr-foreground "$@"
fi
exec "$@"
