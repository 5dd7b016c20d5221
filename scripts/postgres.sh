#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, from the Debian package.
#
#   export SPEECHQA_TEST_PG_URL="$(scripts/postgres.sh)"   # install if missing, start, print the URL
#   scripts/postgres.sh stop                                # stop it and delete its data directory
#
# Idempotent: a second call finds the running server and prints the same URL. The cluster
# lives in $SPEECHQA_PG_DIR (default /tmp/speechqa-pg), listens on 127.0.0.1:$SPEECHQA_PG_PORT
# (default 55432) with trust authentication, and trades durability for speed (fsync off):
# it is for tests only. Progress goes to stderr; stdout carries only the database URL.
set -euo pipefail

PGDIR=${SPEECHQA_PG_DIR:-/tmp/speechqa-pg}
PORT=${SPEECHQA_PG_PORT:-55432}
DB=${SPEECHQA_PG_DB:-speechqa_test}
URL="postgresql+psycopg://postgres@127.0.0.1:${PORT}/${DB}"

log() { echo "postgres.sh: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The server refuses to run as root; run its tools as the postgres user when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bindir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_server() {
    if [ -n "$(bindir)" ] && [ -x "$(bindir)/initdb" ]; then
        return
    fi
    log "installing the Debian postgresql package"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql >&2
}

running() {
    [ -f "$PGDIR/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1
}

start() {
    install_server
    BIN=$(bindir)
    if running; then
        log "already running in $PGDIR"
    else
        if [ ! -f "$PGDIR/PG_VERSION" ]; then
            log "creating a cluster in $PGDIR"
            mkdir -p "$PGDIR"
            [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDIR"
            chmod 700 "$PGDIR"
            as_owner "$BIN/initdb" -D "$PGDIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
                --no-sync >&2
        fi
        log "starting on 127.0.0.1:$PORT"
        as_owner "$BIN/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w -t 60 start -o \
            "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off \
             -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >&2 \
            || { cat "$PGDIR/server.log" >&2; exit 1; }
    fi
    if [ -z "$(as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
        as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
        log "created database $DB"
    fi
    echo "$URL"
}

stop() {
    BIN=$(bindir)
    if [ -n "$BIN" ] && running; then
        as_owner "$BIN/pg_ctl" -D "$PGDIR" -m fast -w stop >&2
    fi
    rm -rf "$PGDIR"
    log "stopped and removed $PGDIR"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
