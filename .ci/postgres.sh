#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's packages, initdb as the unprivileged
# "postgres" user in a temporary folder, a free loopback port, trust authentication for the
# test role only. `source .ci/postgres.sh` then `start_test_postgres`; `stop_test_postgres` ends it.

start_test_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "== installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/recoupe-pg.XXXXXX)
  chown postgres "$PG_DIR"
  # A free port: the kernel picks one, we release it and hand it to PostgreSQL.
  PG_PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  su postgres -s /bin/bash -c "'$PG_BIN/initdb' -D '$PG_DIR/data' --auth=trust -U recoupe -E UTF8 >/dev/null"
  su postgres -s /bin/bash -c "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1\" -l '$PG_DIR/log' -w start >/dev/null"
  psql -h 127.0.0.1 -p "$PG_PORT" -U recoupe -d postgres -qc "CREATE DATABASE recoupe_test"
  export RECOUPE_TEST_DATABASE_URL="postgres://recoupe@127.0.0.1:$PG_PORT/recoupe_test"
  echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

stop_test_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    su postgres -s /bin/bash -c "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast -w stop >/dev/null" || true
    rm -rf "$PG_DIR"
  fi
}
