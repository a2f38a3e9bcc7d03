# shellcheck shell=bash
# Shared functions of the CKAN image's scripts. Sourced by them, never run on its own.
#
# Every path is an environment variable with the image's value as default, so that the same scripts
# run on a host (the end-to-end tests) with paths under a scratch directory.

: "${CKAN_SCRIPT_NAME:=$(basename "$0")}"
: "${CKAN_INI_TEMPLATE:=/srv/app/ckan.ini}"
: "${CKAN_INI:=/srv/app/config/ckan.ini}"
: "${CKAN_STORAGE_PATH:=/var/lib/ckan}"
: "${CKAN_WSGI_DIR:=/srv/app}"
export CKAN_INI CKAN_INI_TEMPLATE CKAN_STORAGE_PATH

# The variables that web, worker and bootstrap all need (see the README's contract). Optional ones
# (CKAN__PLUGINS, CKAN_MAX_UPLOAD_SIZE_MB, TZ, CKAN_WEB_*) are not listed.
# shellcheck disable=SC2034 # used by the scripts that source this file
CKAN_REQUIRED_ENV=(
  CKAN_SITE_URL CKAN_SITE_ID CKAN_SOLR_URL CKAN_REDIS_URL
  CKAN_SQLALCHEMY_URL CKAN_DATASTORE_WRITE_URL CKAN_DATASTORE_READ_URL
  CKAN___SECRET_KEY CKAN___WTF_CSRF_SECRET_KEY
  CKAN___API_TOKEN__JWT__ENCODE__SECRET CKAN___API_TOKEN__JWT__DECODE__SECRET
  CKANEXT__XLOADER__JOBS_DB__URI CKANEXT__XLOADER__SITE_URL
  CKAN_SYSADMIN_NAME
)

log() {
  printf '%s: %s\n' "$CKAN_SCRIPT_NAME" "$*" >&2
}

die() {
  log "ERROR: $*"
  exit 1
}

# True when a value is still a template placeholder such as CHANGE_ME.
is_placeholder() {
  local value="${1^^}"
  case "$value" in
    *CHANGE_ME* | *CHANGEME* | *CHANGE-ME* | *REPLACE_ME* | *REPLACEME*) return 0 ;;
    *) return 1 ;;
  esac
}

# require_env NAME...: refuses to go on when a variable is unset, empty or a placeholder.
# Names the variables, never their values.
require_env() {
  local name bad=()
  for name in "$@"; do
    if [[ -z ${!name:-} ]]; then
      bad+=("$name (missing)")
    elif is_placeholder "${!name}"; then
      bad+=("$name (still a placeholder)")
    fi
  done
  if ((${#bad[@]})); then
    local item
    for item in "${bad[@]}"; do
      log "ERROR: required variable $item"
    done
    die "refusing to start: ${#bad[@]} required variable(s) missing or still placeholders"
  fi
}

# libpq_url URL: a URL psql accepts, from an SQLAlchemy one (postgresql+psycopg2://... -> postgresql://...).
libpq_url() {
  sed -E 's#^(postgres(ql)?)\+[A-Za-z0-9_]+://#\1://#' <<<"$1"
}

# The plugins that run: $CKAN__PLUGINS when set, else the list baked into the template.
effective_plugins() {
  if [[ -n ${CKAN__PLUGINS:-} ]]; then
    printf '%s\n' "$CKAN__PLUGINS"
  else
    sed -n 's/^[[:space:]]*ckan\.plugins[[:space:]]*=[[:space:]]*//p' "$CKAN_INI_TEMPLATE" | tail -n 1
  fi
}

has_plugin() {
  local plugin
  for plugin in $(effective_plugins); do
    [[ $plugin == "$1" ]] && return 0
  done
  return 1
}

# prepare_ini: writes the runtime ini ($CKAN_INI, on a writable emptyDir) from the baked template and
# applies $CKAN__PLUGINS, which ckanext-envvars cannot set. Secrets are never written to it: CKAN reads
# them from the environment (CKAN_* core variables and ckanext-envvars).
prepare_ini() {
  [[ -r $CKAN_INI_TEMPLATE ]] || die "config template $CKAN_INI_TEMPLATE not found (ckan-build-config makes it)"
  local dir
  dir="$(dirname "$CKAN_INI")"
  mkdir -p "$dir" || die "cannot create $dir (it must be a writable volume)"
  [[ -w $dir ]] || die "$dir is not writable (it must be a writable volume)"
  cp "$CKAN_INI_TEMPLATE" "$CKAN_INI"
  chmod u+w "$CKAN_INI"
  if [[ -n ${CKAN__PLUGINS:-} ]]; then
    ckan config-tool "$CKAN_INI" "ckan.plugins = $CKAN__PLUGINS" >/dev/null
    log "ckan.plugins = $CKAN__PLUGINS (from CKAN__PLUGINS)"
  else
    log "ckan.plugins = $(effective_plugins) (baked into the image)"
  fi
  mkdir -p "$CKAN_STORAGE_PATH" || die "cannot create $CKAN_STORAGE_PATH"
  [[ -w $CKAN_STORAGE_PATH ]] || die "$CKAN_STORAGE_PATH is not writable (mount a volume there)"
  log "runtime config $CKAN_INI written from $CKAN_INI_TEMPLATE"
}

# export_xloader_token: exports CKANEXT__XLOADER__API_TOKEN, derived from the token row that
# ckan-bootstrap creates (see ckan-xloader-token). Waits for that row; never prints the token.
export_xloader_token() {
  if ! has_plugin xloader; then
    log "xloader is not enabled: no XLoader API token needed"
    return 0
  fi
  local token
  token="$(ckan-xloader-token print)" || die "could not derive the XLoader API token (has ckan-bootstrap run?)"
  [[ -n $token ]] || die "ckan-xloader-token printed no token"
  export CKANEXT__XLOADER__API_TOKEN="$token"
  log "XLoader API token derived for user $CKAN_SYSADMIN_NAME (value not shown)"
}
