#!/usr/bin/env bash
# The load run behind docs/hosting.md#load (a measurement, not a test): one command, nothing to set up.
#   tests/BiasDashboard.LoadTests/run-load.sh            two instances on one PostgreSQL + one Redis, then one on SQLite
#   MODE=two | MODE=one                                  only one of the two runs
#   ARTICLES=2000 CLIENTS=100 UPLOADS=40 …               smaller runs (every knob is at the top of load.mjs)
# The two-instance run starts a throwaway PostgreSQL 15 cluster and redis-server on free loopback ports with
# .ci/services.sh (as CI does), starts two Release builds of the app on free ports against them, and runs load.mjs
# with 400 dashboard clients split over both. Everything it started is stopped and deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/services.sh
mode=${MODE:-both}
work=$(mktemp -d /tmp/biasdash-load.XXXXXX)
pids=()
services=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -z "$services" ] || services_stop
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/BiasDashboard.Web -c Release -v quiet -nologo >/dev/null
app=src/BiasDashboard.Web/bin/Release/net10.0

# start_instance NAME [ENV=VALUE…]: one instance of the app on a free loopback port; sets $url and $pid.
start_instance() {
  local name=$1; shift
  local port; port=$(services_free_port)
  (cd "$app" && exec env "$@" Seeds__ImportOnEmptyDatabase=false ASPNETCORE_ENVIRONMENT=Production \
    dotnet BiasDashboard.Web.dll --urls "http://127.0.0.1:$port" \
    --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning) > "$work/$name.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  url="http://127.0.0.1:$port"
  for _ in $(seq 1 240); do curl -sf "$url/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "instance $name did not become ready:"; tail -20 "$work/$name.log"; exit 1
}

stop_instances() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}

status=0
if [ "$mode" = both ] || [ "$mode" = two ]; then
  services_start
  services=1
  shared=(Storage__Provider=Postgres "ConnectionStrings__Postgres=$TEST_PG;Maximum Pool Size=100" "ConnectionStrings__Redis=$TEST_REDIS")
  start_instance A "${shared[@]}"; a_url=$url; a_pid=$pid   # A migrates the empty database first
  start_instance B "${shared[@]}"; b_url=$url; b_pid=$pid
  LABEL="two instances, one PostgreSQL 15, one Redis" BASE_URLS="$a_url,$b_url" SERVER_PIDS="$a_pid,$b_pid" \
    node tests/BiasDashboard.LoadTests/load.mjs || status=$?
  stop_instances
  services_stop
  services=""
fi
if [ "$mode" = both ] || [ "$mode" = one ]; then
  mkdir -p "$work/sqlite"
  start_instance S Storage__DataDirectory="$work/sqlite"
  LABEL="one instance, SQLite" BASE_URLS="$url" SERVER_PIDS="$pid" node tests/BiasDashboard.LoadTests/load.mjs || status=$?
  stop_instances
fi
exit "$status"
