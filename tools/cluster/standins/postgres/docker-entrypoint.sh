#!/usr/bin/env bash
# Entrypoint of the postgres stand-in, written for this project (not docker-library's code) to the
# contract the official postgres image documents and images/postgres relies on:
#
#   - `docker-entrypoint.sh postgres [options]` (the CMD; a first argument starting with `-` means
#     postgres with those options); any other command runs as given.
#   - On an empty $PGDATA: initdb as the current UID, even one that is not in /etc/passwd (OpenShift's
#     arbitrary UID; libnss-wrapper then gives initdb a passwd entry), with POSTGRES_USER (default
#     postgres) as superuser, password POSTGRES_PASSWORD or the content of POSTGRES_PASSWORD_FILE, extra
#     POSTGRES_INITDB_ARGS (shell words) and POSTGRES_INITDB_WALDIR; POSTGRES_DB (default
#     POSTGRES_USER) created. pg_hba.conf gets `host all all all scram-sha-256`
#     (POSTGRES_HOST_AUTH_METHOD overrides). A temporary server listening on the unix socket only runs
#     /docker-entrypoint-initdb.d/* in sorted order: *.sh executed when executable, else sourced; *.sql,
#     *.sql.gz and *.sql.xz through psql as POSTGRES_USER on POSTGRES_DB; then it stops.
#   - Then execs postgres, which listens on every address (the image's postgresql.conf.sample).
#   - Started as root, it prepares $PGDATA and the socket directory for the postgres user and re-runs
#     itself as that user.
set -Eeuo pipefail

log() { echo "docker-entrypoint.sh: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

# file_env NAME [DEFAULT]: NAME from itself or from the file NAME_FILE names (not both), exported.
file_env() {
  local name=$1 file_name="${1}_FILE" value=${2:-}
  if [[ -n ${!name:-} && -n ${!file_name:-} ]]; then
    die "both $name and $file_name are set; they are exclusive"
  fi
  if [[ -n ${!name:-} ]]; then
    value=${!name}
  elif [[ -n ${!file_name:-} ]]; then
    value=$(<"${!file_name}")
  fi
  export "$name=$value"
  unset "$file_name"
}

# with_passwd_entry COMMAND...: runs COMMAND with a passwd entry for the current UID (nss_wrapper) when
# the system has none, since initdb refuses to run as a user it cannot name.
with_passwd_entry() {
  local uid gid
  uid=$(id -u) gid=$(id -g)
  if getent passwd "$uid" >/dev/null; then
    "$@"
    return
  fi
  local passwd group status=0
  passwd=$(mktemp) group=$(mktemp)
  { cat /etc/passwd && echo "postgres:x:$uid:$gid:PostgreSQL:$PGDATA:/bin/false"; } >"$passwd"
  { cat /etc/group && { getent group "$gid" >/dev/null || echo "postgres:x:$gid:"; }; } >"$group"
  LD_PRELOAD=libnss_wrapper.so NSS_WRAPPER_PASSWD=$passwd NSS_WRAPPER_GROUP=$group "$@" || status=$?
  rm -f "$passwd" "$group"
  return "$status"
}

init_database_dir() {
  local args=(--username="$POSTGRES_USER") extra=() pwfile='' status=0
  if [[ -n $POSTGRES_PASSWORD ]]; then
    pwfile=$(mktemp) # in /tmp, mode 0600, removed right after
    printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
    args+=(--pwfile="$pwfile")
  fi
  [[ -z ${POSTGRES_INITDB_WALDIR:-} ]] || args+=(--waldir="$POSTGRES_INITDB_WALDIR")
  eval "extra=($POSTGRES_INITDB_ARGS)" # shell words, as the official image takes them
  with_passwd_entry initdb "${args[@]}" "${extra[@]}" || status=$?
  [[ -z $pwfile ]] || rm -f "$pwfile"
  ((status == 0)) || return "$status"
  printf '\nhost all all all %s\n' "${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >>"$PGDATA/pg_hba.conf"
}

run_init_files() {
  local psql=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname "$POSTGRES_DB")
  local file
  for file in /docker-entrypoint-initdb.d/*; do
    case $file in
      *.sh)
        if [[ -x $file ]]; then
          log "running $file"
          "$file"
        else
          log "sourcing $file"
          # shellcheck disable=SC1090 # the image's init scripts
          source "$file"
        fi
        ;;
      *.sql) log "running $file" && "${psql[@]}" -f "$file" ;;
      *.sql.gz) log "running $file" && gzip -dc "$file" | "${psql[@]}" ;;
      *.sql.xz) log "running $file" && xz -dc "$file" | "${psql[@]}" ;;
      */\*) ;; # an empty directory
      *) log "ignoring $file" ;;
    esac
  done
}

initialise() {
  file_env POSTGRES_PASSWORD
  file_env POSTGRES_USER postgres
  file_env POSTGRES_DB "$POSTGRES_USER"
  file_env POSTGRES_INITDB_ARGS
  if [[ -z $POSTGRES_PASSWORD && ${POSTGRES_HOST_AUTH_METHOD:-} != trust ]]; then
    die "the database is uninitialized and POSTGRES_PASSWORD is not set (POSTGRES_HOST_AUTH_METHOD=trust allows none)"
  fi

  log "initialising $PGDATA as UID $(id -u)"
  init_database_dir

  # The temporary server: unix socket only, with the options the real one gets.
  local options=''
  (($# == 0)) || options="$(printf '%q ' "$@")"
  export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"
  PGUSER="${PGUSER:-$POSTGRES_USER}" pg_ctl -D "$PGDATA" -w \
    -o "$options-c listen_addresses='' -p ${PGPORT:-5432}" start
  if [[ $POSTGRES_DB != postgres ]]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname postgres \
      --set db="$POSTGRES_DB" <<<"SELECT format('CREATE DATABASE %I', :'db')
       WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec"
  fi
  run_init_files
  pg_ctl -D "$PGDATA" -m fast -w stop
  unset PGPASSWORD
  log "initialisation complete; starting postgres"
}

: "${PGDATA:?PGDATA must be set}"
if [[ ${1:-} == -* ]]; then
  set -- postgres "$@"
fi
if [[ ${1:-} != postgres ]]; then
  exec "$@"
fi
for arg in "${@:2}"; do
  case $arg in
    -'?' | --help | --describe-config | -V | --version | -C) exec "$@" ;; # nothing to initialise for these
  esac
done

if [[ $(id -u) == 0 ]]; then
  install -d -o postgres -g postgres -m 0700 "$PGDATA"
  install -d -o postgres -g postgres -m 3775 /var/run/postgresql
  exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
fi

mkdir -p "$PGDATA"
chmod 0700 "$PGDATA" 2>/dev/null || :
mkdir -p /var/run/postgresql 2>/dev/null || :
chmod 3775 /var/run/postgresql 2>/dev/null || :

if [[ ! -s $PGDATA/PG_VERSION ]]; then
  initialise "${@:2}"
else
  log "$PGDATA holds a database cluster; skipping initialisation"
fi
exec "$@"
