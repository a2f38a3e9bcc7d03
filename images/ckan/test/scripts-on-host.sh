#!/usr/bin/env bash
# End-to-end test of the ckan and postgres images' scripts on a host, without a container engine:
# a throw-away PostgreSQL (the postgres image's init scripts, run twice), Redis, a fake Solr
# (fake_solr.py), and a virtual environment installed by ckan-install from versions.env. Then:
# ckan-build-config, ckan-bootstrap twice, ckan-start-web (status_show, the derived XLoader token
# authenticates), ckan-start-worker (a CSV upload is loaded into the DataStore by XLoader with that
# token), ckan-worker-probe (0 while the worker runs, non-zero after it stopped).
# Everything it starts is stopped on exit; its scratch directory is kept only on failure.
#
# Needs: python3.11 (CKAN_PYTHON), PostgreSQL server binaries, redis-server, psql, curl; run as root
# it runs PostgreSQL as the `postgres` user. Debian: apt-get install postgresql redis-server curl.
# Environment: CKAN_E2E_VENV (reused when it has ckan, else created), CKAN_E2E_PORT_BASE (default 54000:
# PostgreSQL +1, Redis +2, Solr +3, CKAN +4).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
images="$(cd "$here/../.." && pwd)"
scripts="$images/ckan/scripts"
base="${CKAN_E2E_PORT_BASE:-54000}"
pg_port=$((base + 1)) redis_port=$((base + 2)) solr_port=$((base + 3)) web_port=$((base + 4))
work="$(mktemp -d /tmp/ckan-e2e.XXXXXX)"
chmod 0755 "$work"
venv="${CKAN_E2E_VENV:-$work/venv}"
pids=()
ok=false

log() { printf 'scripts-on-host: %s\n' "$*" >&2; }
fail() {
  log "FAILED: $*"
  exit 1
}
as_pg() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_bin="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
[[ -x $pg_bin/initdb ]] || fail "PostgreSQL server binaries not found (apt-get install postgresql)"

cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  [[ -f $work/redis.pid ]] && kill -TERM "$(cat "$work/redis.pid")" 2>/dev/null
  [[ -f $work/pg/data/postmaster.pid ]] && as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null
  if $ok; then
    rm -rf "$work"
  else
    log "logs kept in $work"
  fi
}
trap cleanup EXIT

secret() { python3 -c 'import secrets; print(secrets.token_hex(24))'; }

# ---- the virtual environment, exactly as the Dockerfile installs it ----------------------------------
if [[ ! -x $venv/bin/ckan ]]; then
  log "installing the virtual environment $venv (ckan-install)"
  CKAN_VENV="$venv" CKAN_PYTHON="${CKAN_PYTHON:-python3.11}" CKAN_VERSIONS_FILE="$images/ckan/versions.env" \
    "$scripts/ckan-install" >"$work/install.log" 2>&1 || fail "ckan-install (see $work/install.log)"
fi

# ---- PostgreSQL and the postgres image's init scripts -------------------------------------------------
log "starting PostgreSQL on 127.0.0.1:$pg_port"
mkdir -p "$work/pg"
superuser_password="$(secret)"
printf '%s\n' "$superuser_password" >"$work/pg/pwfile"
if ((EUID == 0)); then chown -R postgres "$work/pg"; fi
as_pg "$pg_bin/initdb" -D "$work/pg/data" --username=postgres --pwfile="$work/pg/pwfile" \
  --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log"
as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg" start >/dev/null

export PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=postgres PGPASSWORD="$superuser_password" PGDATABASE=postgres
export CKAN_DB_USER=ckan CKAN_DB_PASSWORD CKAN_DB=ckan DATASTORE_DB=datastore XLOADER_DB=ckan_xloader
export DATASTORE_READONLY_USER=datastore_ro DATASTORE_READONLY_PASSWORD
CKAN_DB_PASSWORD="$(secret)" DATASTORE_READONLY_PASSWORD="$(secret)"
for run in 1 2; do
  log "postgres init scripts, run $run"
  for script in "$images"/postgres/initdb/*.sh; do
    "$script" || fail "$script (run $run)"
  done
done
unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE

# ---- Redis and the fake Solr ----------------------------------------------------------------------------
log "starting Redis on 127.0.0.1:$redis_port and the fake Solr on 127.0.0.1:$solr_port"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$work/redis.pid" --logfile "$work/redis.log" --dir "$work"
python3 "$here/fake_solr.py" "$solr_port" 2>"$work/solr.log" &
pids+=($!)

# ---- the ckan image's environment contract, with paths under the scratch directory --------------------
db="postgresql://ckan:$CKAN_DB_PASSWORD@127.0.0.1:$pg_port"
jwt="string:$(secret)"
export PATH="$scripts:$venv/bin:$PATH" HOME="$work/home" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
export CKAN_INI_TEMPLATE="$work/ckan.ini" CKAN_INI="$work/config/ckan.ini" CKAN_STORAGE_PATH="$work/storage"
export CKAN_WSGI_DIR="$images/ckan" CKAN_PORT="$web_port" TZ=UTC
export CKAN_SITE_URL="http://127.0.0.1:$web_port" CKAN_SITE_ID=e2e CKANEXT__XLOADER__SITE_URL="http://127.0.0.1:$web_port"
export CKAN_SOLR_URL="http://127.0.0.1:$solr_port/solr/ckan" CKAN_REDIS_URL="redis://127.0.0.1:$redis_port/1"
export CKAN__PLUGINS="image_view text_view datatables_view datastore xloader envvars" CKAN_MAX_UPLOAD_SIZE_MB=10
export CKAN_SYSADMIN_NAME=ckan_admin CKAN_SYSADMIN_EMAIL=admin@example.org CKAN_SYSADMIN_PASSWORD
CKAN_SYSADMIN_PASSWORD="$(secret)"
export CKAN_WEB_WORKERS=2 CKAN_WEB_TIMEOUT=60
export CKAN_SQLALCHEMY_URL="$db/ckan" CKAN_DATASTORE_WRITE_URL="$db/datastore"
export CKAN_DATASTORE_READ_URL="postgresql://datastore_ro:$DATASTORE_READONLY_PASSWORD@127.0.0.1:$pg_port/datastore"
export CKANEXT__XLOADER__JOBS_DB__URI="$db/ckan_xloader"
export CKAN___SECRET_KEY CKAN___WTF_CSRF_SECRET_KEY
CKAN___SECRET_KEY="$(secret)" CKAN___WTF_CSRF_SECRET_KEY="$(secret)"
export CKAN___API_TOKEN__JWT__ENCODE__SECRET="$jwt" CKAN___API_TOKEN__JWT__DECODE__SECRET="$jwt"
export CKAN_XLOADER_TOKEN_WAIT_SECONDS=60 CKAN_BOOTSTRAP_WAIT_SECONDS=60
mkdir -p "$HOME"

log "ckan-build-config"
CKAN_PLUGINS="$(sed -n 's/^CKAN_PLUGINS=//p' "$images/ckan/versions.env")" \
  ckan-build-config >"$work/build-config.log" 2>&1 || fail "ckan-build-config"
for run in 1 2; do
  log "ckan-bootstrap, run $run"
  ckan-bootstrap >"$work/bootstrap-$run.log" 2>&1 || fail "ckan-bootstrap run $run (see $work/bootstrap-$run.log)"
done
grep -q "user ckan_admin exists" "$work/bootstrap-2.log" || fail "second bootstrap did not find the sysadmin"
grep -q "API token 'xloader' of ckan_admin exists" "$work/bootstrap-2.log" || fail "second bootstrap did not find the token"

# ---- web ----------------------------------------------------------------------------------------------------
api() { # api ACTION [curl args...]: prints the JSON answer
  local action="$1"
  shift
  curl -sS --max-time 30 "$@" "http://127.0.0.1:$web_port/api/3/action/$action"
}
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

log "ckan-start-web"
ckan-start-web >"$work/web.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do
  status="$(api status_show 2>/dev/null | json 'd["success"]' 2>/dev/null || true)"
  [[ $status == True ]] && break
  sleep 1
done
[[ $status == True ]] || fail "status_show did not answer success (see $work/web.log)"
log "status_show: $(api status_show | json '{k: d["result"][k] for k in ("ckan_version", "extensions")}')"

token="$(ckan-xloader-token print)"
auth=(-H "Authorization: $token")
[[ "$(api api_token_list "${auth[@]}" -H 'Content-Type: application/json' -d '{"user_id": "ckan_admin"}' |
  json 'd["success"] and [t["name"] for t in d["result"]] == ["xloader"]')" == True ]] ||
  fail "the derived XLoader token did not authenticate api_token_list"
log "the derived XLoader token authenticates, and it is the sysadmin's only token"

# ---- worker, XLoader and the probe ---------------------------------------------------------------------
log "ckan-start-worker"
ckan-start-worker default >"$work/worker.log" 2>&1 &
worker=$!
pids+=("$worker")
for _ in $(seq 30); do
  ckan-worker-probe >/dev/null && break
  sleep 1
done
ckan-worker-probe || fail "ckan-worker-probe failed while the worker runs"

printf 'id,name,amount\n1,alpha,10\n2,beta,20\n3,gamma,30\n' >"$work/data.csv"
json_post=(-H 'Content-Type: application/json')
api organization_create "${auth[@]}" "${json_post[@]}" -d '{"name": "e2e"}' | json 'd["success"]' | grep -qx True ||
  fail "organization_create"
api package_create "${auth[@]}" "${json_post[@]}" -d '{"name": "e2e-data", "owner_org": "e2e"}' |
  json 'd["success"]' | grep -qx True || fail "package_create"
resource="$(api resource_create "${auth[@]}" -F package_id=e2e-data -F name=data.csv -F format=CSV \
  -F "upload=@$work/data.csv" | json 'd["result"]["id"]')" || fail "resource_create"
for _ in $(seq 60); do
  total="$(api "datastore_search?resource_id=$resource" | json 'd["result"]["total"] if d["success"] else ""')"
  [[ $total == 3 ]] && break
  sleep 1
done
[[ $total == 3 ]] || fail "XLoader did not load the CSV into the DataStore (see $work/worker.log)"
log "XLoader loaded the uploaded CSV into the DataStore (3 rows) using the derived token"

kill -TERM "$worker"
wait "$worker" || true
if ckan-worker-probe; then fail "ckan-worker-probe succeeded after the worker stopped"; fi
log "ckan-worker-probe fails once the worker has stopped"

ok=true
log "PASSED"
