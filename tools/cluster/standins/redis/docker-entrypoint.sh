#!/bin/sh
# The redis stand-in's entrypoint: options or a *.conf file as the first argument run redis-server with
# them, anything else runs as given (the cluster's pods set `command: [redis-server]`, which bypasses
# this). No privilege drop: the stand-in is run with a non-root UID.
set -e
case $1 in
  -* | *.conf) set -- redis-server "$@" ;;
esac
exec "$@"
