#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the SQL tests, listening only on a
# Unix socket in a temporary folder (no TCP port). Debian's `postgresql` package provides
# the binaries; as root the server runs as the `postgres` user.
#
#   eval "$(bash scripts/postgres.sh start)"   # exports JOURNEYKIT_POSTGRES_URL
#   bash scripts/postgres.sh stop
set -euo pipefail
dir="${JOURNEYKIT_POSTGRES_DIR:-/tmp/journeykit-postgres}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || { echo "no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir" && mkdir -p "$dir/socket"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    echo "export JOURNEYKIT_POSTGRES_URL='postgresql://postgres@/postgres?host=$dir/socket'"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    rm -rf "$dir"
    ;;
  *) echo "usage: postgres.sh start|stop" >&2; exit 2 ;;
esac
