#!/usr/bin/env bash
# Reads of one wide event, before and after a change to the code: the 10k-article store of pages.sh (fill.sql), whose
# event bench-e0000001 has 600 articles from 50 outlets, served by the app built from BASE (a commit, default main)
# and by the working tree, each on its own copy of the database, timed in alternating rounds so the machine's load
# falls on both alike. Prints medians and the after/before ratio.
#   tests/BiasDashboard.Benchmarks/pages/wide-event.sh [BASE]       ROUNDS=20 by default
# Needs what pages.sh needs, and git. Work folder: $PAGES_DIR (default /tmp/biasdashboard-pages).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
base=${1:-main}
work=${PAGES_DIR:-/tmp/biasdashboard-pages}
rounds=${ROUNDS:-20}
BUILD_ONLY=1 PAGES_DIR="$work" "$root/tests/BiasDashboard.Benchmarks/pages/pages.sh" 10000

echo "== publishing $base (Release)"
rm -rf "$work/base-src" "$work/base-app"; mkdir -p "$work/base-src"
git -C "$root" archive "$base" | tar -x -C "$work/base-src"
dotnet publish "$work/base-src/src/BiasDashboard.Web" -c Release -o "$work/base-app" -v quiet -nologo >/dev/null

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
declare -A url
for side in before after; do
  app="$work/app"; [ "$side" = before ] && app="$work/base-app"
  rm -f "$work/wide-$side.db"*; cp "$work/pages-10000.db" "$work/wide-$side.db"
  port=$(free_port)
  # No file watching: on a shared machine the user's 128 inotify instances run out, and nothing here changes files.
  (cd "$app" && exec env Storage__ConnectionString="Data Source=$work/wide-$side.db" Seeds__ImportOnEmptyDatabase=false \
     DOTNET_USE_POLLING_FILE_WATCHER=1 DOTNET_hostBuilder__reloadConfigOnChange=false \
     ASPNETCORE_ENVIRONMENT=Production dotnet BiasDashboard.Web.dll --urls "http://127.0.0.1:$port" \
     "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning" >"$work/wide-$side.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/healthz/live" >/dev/null && break; sleep 1; done
  url[$side]="http://127.0.0.1:$port"
done

wide=bench-e0000001
pages=("/api/events/$wide/comparison" "/api/events/$wide/comparison?only=dashboard" "/?event=$wide" "/events/$wide"
  "/api/events/bench-e0000002/comparison")
echo "== warming up (the first comparison of each event is built on the request; later reads are served)"
for side in before after; do for p in "${pages[@]}"; do for _ in 1 2 3; do curl -sf -o /dev/null "${url[$side]}$p"; done; done; done

echo "== timing: $rounds rounds, each read before and after in turn"
results="$work/wide-times.tsv"; : >"$results"
for r in $(seq 1 "$rounds"); do
  for p in "${pages[@]}"; do
    for side in before after; do
      printf '%s\t%s\t%s\n' "$p" "$side" "$(curl -sf -o /dev/null -w '%{time_total}' "${url[$side]}$p")" >>"$results"
    done
  done
done

python3 - "$results" "$base" <<'PY'
import sys, statistics, collections
path, base = sys.argv[1], sys.argv[2]
times = collections.defaultdict(list)
for line in open(path):
    page, side, t = line.rstrip("\n").split("\t")
    times[(page, side)].append(float(t) * 1000)
print(f"| read (bench-e0000001: 600 articles, 50 outlets) | before ({base}) | after | after / before |")
print("|---|---|---|---|")
for page in dict.fromkeys(p for p, _ in times):
    b, a = statistics.median(times[(page, "before")]), statistics.median(times[(page, "after")])
    print(f"| `{page}` | {b:.1f} ms | {a:.1f} ms | ×{a / b:.2f} |")
print("\n(median of", len(times[(page, "before")]), "requests per cell; time to last byte through curl on loopback)")
PY
