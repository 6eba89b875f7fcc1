#!/usr/bin/env bash
# Starts the dashboard on a fresh SQLite file (Release build), runs load.mjs against it, stops it.
# Usage: tests/BiasDashboard.LoadTests/run-load.sh   (ARTICLES=…, CLIENTS=…, UPLOADS=… override the defaults)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet build src/BiasDashboard.Web -c Release -v quiet -nologo >/dev/null
(cd src/BiasDashboard.Web/bin/Release/net10.0 && Storage__DataDirectory="$data" Seeds__ImportOnEmptyDatabase=false \
  Logging__LogLevel__Default=Warning exec dotnet BiasDashboard.Web.dll --urls http://127.0.0.1:5199) > "$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5199/healthz >/dev/null && break; sleep 0.5; done
SERVER_PID=$pid BASE_URL=http://127.0.0.1:5199 node tests/BiasDashboard.LoadTests/load.mjs
