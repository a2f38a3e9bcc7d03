#!/usr/bin/env bash
# Creates what CKAN needs in PostgreSQL, idempotently (re-running it succeeds and changes nothing but
# the two passwords, which it sets to the current values):
#   - login role $CKAN_DB_USER (password $CKAN_DB_PASSWORD; NOSUPERUSER NOCREATEDB NOCREATEROLE),
#   - databases $CKAN_DB, $DATASTORE_DB and $XLOADER_DB (XLoader's jobs), UTF-8, owned by $CKAN_DB_USER,
#   - login role $DATASTORE_READONLY_USER (password $DATASTORE_READONLY_PASSWORD; no extra rights).
#     Its read-only grants on the DataStore come from `ckan datastore set-permissions`, which the ckan
#     image's ckan-bootstrap applies as $CKAN_DB_USER.
#
# The official postgres entrypoint runs it once, on an empty data directory, connected as the
# superuser over the local socket. It also runs on any host against a running server with the
# standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) and psql on PATH.
# Values reach psql through \getenv, never through the command line or interpolated SQL.
set -euo pipefail

log() {
  printf '%s: %s\n' "create-ckan-databases" "$*" >&2
}

bad=0
for name in CKAN_DB_USER CKAN_DB_PASSWORD CKAN_DB DATASTORE_DB XLOADER_DB \
  DATASTORE_READONLY_USER DATASTORE_READONLY_PASSWORD; do
  value="${!name:-}"
  if [[ -z $value ]]; then
    log "ERROR: required variable $name is missing"
    bad=1
  elif [[ ${value^^} == *CHANGE_ME* || ${value^^} == *CHANGEME* || ${value^^} == *REPLACE_ME* ]]; then
    log "ERROR: required variable $name still holds a placeholder"
    bad=1
  fi
done
((bad == 0)) || exit 1
if [[ $CKAN_DB_USER == "$DATASTORE_READONLY_USER" ]]; then
  log "ERROR: CKAN_DB_USER and DATASTORE_READONLY_USER must differ"
  exit 1
fi
export CKAN_DB_USER CKAN_DB_PASSWORD CKAN_DB DATASTORE_DB XLOADER_DB \
  DATASTORE_READONLY_USER DATASTORE_READONLY_PASSWORD

log "ensuring roles $CKAN_DB_USER, $DATASTORE_READONLY_USER and databases $CKAN_DB, $DATASTORE_DB, $XLOADER_DB"
psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet \
  --username "${PGUSER:-${POSTGRES_USER:-postgres}}" \
  --dbname "${PGDATABASE:-${POSTGRES_DB:-postgres}}" <<'SQL'
\getenv ckan_user CKAN_DB_USER
\getenv ckan_password CKAN_DB_PASSWORD
\getenv ckan_db CKAN_DB
\getenv datastore_db DATASTORE_DB
\getenv xloader_db XLOADER_DB
\getenv ro_user DATASTORE_READONLY_USER
\getenv ro_password DATASTORE_READONLY_PASSWORD

-- Roles: create when missing, then (re)apply attributes and password.
SELECT format('CREATE ROLE %I', r.name)
  FROM (VALUES (:'ckan_user'), (:'ro_user')) AS r(name)
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r.name)
\gexec
ALTER ROLE :"ckan_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'ckan_password';
ALTER ROLE :"ro_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'ro_password';

-- Databases: create when missing (UTF-8 from template0), then (re)apply the owner.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', d.name, :'ckan_user', 'UTF8')
  FROM (VALUES (:'ckan_db'), (:'datastore_db'), (:'xloader_db')) AS d(name)
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = d.name)
\gexec
ALTER DATABASE :"ckan_db" OWNER TO :"ckan_user";
ALTER DATABASE :"datastore_db" OWNER TO :"ckan_user";
ALTER DATABASE :"xloader_db" OWNER TO :"ckan_user";

-- A database that existed before with another encoding is an error, not something to paper over.
SELECT string_agg(datname, ', ') AS non_utf8
  FROM pg_catalog.pg_database
 WHERE datname IN (:'ckan_db', :'datastore_db', :'xloader_db')
   AND encoding <> pg_catalog.pg_char_to_encoding('UTF8')
\gset
\if :{?non_utf8}
\warn 'create-ckan-databases: ERROR: not UTF-8 encoded: ' :non_utf8
DO $$ BEGIN RAISE EXCEPTION 'databases must be UTF-8 encoded'; END $$;
\endif
SQL
log "done"
