# By hand (the tests start their own servers now; .ci/run no longer sources this): `source .ci/services.sh` starts a throwaway
# PostgreSQL 15 cluster and a
# redis-server on free loopback ports, exports TEST_PG and TEST_REDIS for the tests that need them, and stops both
# (deleting their data) when the sourcing shell exits. Leaves the image's own 15/main cluster alone.
# PostgreSQL 15 comes with the CI image; redis-server is installed from Debian here when missing.

services_free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

services_start() {
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! command -v redis-server >/dev/null 2>&1; then
    ($sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server) >/dev/null 2>&1 \
      || echo "could not install redis-server; the Redis tests will fail"
  fi
  local pgbin=/usr/lib/postgresql/15/bin
  SERVICES_PGDATA=$(mktemp -d /tmp/biasdash-pg.XXXXXX)
  SERVICES_RDIR=$(mktemp -d /tmp/biasdash-redis.XXXXXX)
  local pgport rport; pgport=$(services_free_port); rport=$(services_free_port)
  # initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
  local as=""; if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$SERVICES_PGDATA"; as="su postgres -c"; fi
  local init="$pgbin/initdb -D $SERVICES_PGDATA -U postgres --auth=trust -E UTF8 --locale=C.UTF-8"
  local start="$pgbin/pg_ctl -D $SERVICES_PGDATA -l $SERVICES_PGDATA/server.log -w -o '-p $pgport -k $SERVICES_PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300' start"
  if [ -n "$as" ]; then $as "$init" >/dev/null && $as "$start" >/dev/null; else sh -c "$init" >/dev/null && sh -c "$start" >/dev/null; fi \
    || echo "could not start PostgreSQL; the PostgreSQL tests will fail"
  redis-server --port "$rport" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no --dir "$SERVICES_RDIR" \
    --pidfile "$SERVICES_RDIR/redis.pid" --logfile "$SERVICES_RDIR/redis.log" >/dev/null 2>&1 || echo "could not start redis-server"
  for _ in $(seq 1 100); do redis-cli -p "$rport" ping 2>/dev/null | grep -q PONG && break; sleep 0.05; done
  export TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
  export TEST_REDIS="127.0.0.1:$rport"
  SERVICES_AS="$as"
}

services_stop() {
  local stop="/usr/lib/postgresql/15/bin/pg_ctl -D $SERVICES_PGDATA -m fast -w stop"
  if [ -n "${SERVICES_AS:-}" ]; then $SERVICES_AS "$stop" >/dev/null 2>&1; else sh -c "$stop" >/dev/null 2>&1; fi || true
  [ -f "$SERVICES_RDIR/redis.pid" ] && kill "$(cat "$SERVICES_RDIR/redis.pid")" 2>/dev/null || true
  rm -rf "$SERVICES_PGDATA" "$SERVICES_RDIR"
}
