// The shell scripts backup and restore run inside the pods (POSIX sh, GNU tar and coreutils, which the
// postgres and ckan images have). Values reach them as positional arguments or through the container's
// own environment; nothing secret is ever an argument.

/** As the local superuser over the socket: the postgres image's POSTGRES_USER, else `postgres`. */
const SUPERUSER = 'export PGUSER="${PGUSER:-${POSTGRES_USER:-postgres}}"';

/** $1: database. Writes its pg_dump custom-format archive to stdout, owners and grants included. */
export const DUMP_DATABASE = `set -eu
${SUPERUSER}
exec pg_dump --format=custom --dbname="$1"`;

/**
 * $1: database, $2: the role that owns CKAN's objects. Reads a pg_dump custom-format archive on stdin and
 * replaces schema public with it in one transaction, so the database is either restored or unchanged:
 * COMMIT is sent only after pg_restore succeeded; otherwise a statement that fails (after ending a COPY
 * that may have been cut short) makes psql stop, and the transaction is rolled back.
 * Objects are created as $2 (their owner, whatever the dump says) and without the dump's grants: the
 * bootstrap Job's `ckan datastore set-permissions` grants the read-only role what it needs, whatever its
 * name where the backup was taken. Other sessions on the database are ended first (the writers are
 * stopped; the web's pool reconnects).
 */
export const RESTORE_DATABASE = `set -eu
${SUPERUSER}
case "$2" in *[!a-z0-9_-]*|"") echo "invalid owner role: $2" >&2; exit 2 ;; esac
{
  echo "BEGIN;"
  echo "SET LOCAL lock_timeout = '60s'; SET LOCAL client_min_messages = warning;"
  echo "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid();"
  echo "DROP SCHEMA IF EXISTS public CASCADE;"
  echo "CREATE SCHEMA public AUTHORIZATION pg_database_owner;"
  echo "GRANT USAGE ON SCHEMA public TO PUBLIC;"
  echo "SET LOCAL ROLE \\"$2\\";"
  if pg_restore --no-owner --no-acl --file=-; then
    echo "COMMIT;"
  else
    printf '\\n\\\\.\\n'
    echo "DO \\$\\$ BEGIN RAISE EXCEPTION 'pg_restore failed: nothing was restored'; END \\$\\$;"
  fi
} | psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname="$1" >/dev/null`;

/** Writes the uploads volume as a tar to stdout; webassets/ is left out (CKAN rebuilds it at start). */
export const ARCHIVE_UPLOADS = `set -eu
cd "$CKAN_STORAGE_PATH"
exec tar --create --file=- --format=posix --sort=name --exclude=./webassets --exclude=./.restore-staging .`;

const STAGING = '"$CKAN_STORAGE_PATH/.restore-staging"';

/** Unpacks the tar on stdin into a staging directory on the volume; prints `<sha256>  <path>` per file. */
export const STAGE_UPLOADS = `set -eu
rm -rf ${STAGING}
mkdir ${STAGING}
tar --extract --file=- --directory=${STAGING} --no-same-owner
cd ${STAGING}
find . -type f -print0 | sort -z | xargs -0r sha256sum`;

/** Makes the volume what was staged: every entry but webassets/ is replaced (after the checksums matched). */
export const SWAP_UPLOADS = `set -eu
cd "$CKAN_STORAGE_PATH"
find . -mindepth 1 -maxdepth 1 ! -name webassets ! -name .restore-staging -exec rm -rf {} +
find .restore-staging -mindepth 1 -maxdepth 1 -exec mv -t . {} +
rmdir .restore-staging`;

/** CKAN's version, as installed in the web pod. */
export const CKAN_VERSION = `exec python -c 'import ckan; print(ckan.__version__)'`;

/** Empties the site's search index, then indexes every dataset from the (restored) database. */
export const REINDEX = `set -eu
ckan -c "$CKAN_INI" search-index clear
ckan -c "$CKAN_INI" search-index rebuild --quiet`;
