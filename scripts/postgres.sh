#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the tests and prints its URL.
# Usage: scripts/postgres.sh start|stop   (data lives in $INCUBATOR_PG_DIR, default /tmp/incubator-pg)
set -euo pipefail
DIR="${INCUBATOR_PG_DIR:-/tmp/incubator-pg}"
PORT="${INCUBATOR_PG_PORT:-54329}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$PGBIN" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  # initdb refuses to run as root: run the server as the postgres system user then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
      as_owner "$PGBIN/initdb" -D "$DIR" -A trust -U incubator --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_owner "$PGBIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      as_owner "$PGBIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    fi
    echo "postgresql://incubator@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_owner "$PGBIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null || true
    ;;
esac
