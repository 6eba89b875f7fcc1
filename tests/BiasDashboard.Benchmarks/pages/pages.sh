#!/usr/bin/env bash
# Page cost against store size: builds SQLite databases of 10k, 100k and 1M articles with bulk SQL (fill.sql, no
# ingest), starts one instance of the published app on each (free ports), and times every page at every size in
# the same rounds, so the machine's load falls on all sizes alike. Prints medians and ratios to the smallest size.
#   tests/BiasDashboard.Benchmarks/pages/pages.sh [SIZE ...]        (default: 10000 100000 1000000)
#   BUILD_ONLY=1: publish the app and build the databases, time nothing (wide-event.sh uses this)
# Needs dotnet, sqlite3, curl, python3. Work folder: $PAGES_DIR (default /tmp/biasdashboard-pages; about 7 GB at 1M).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=${PAGES_DIR:-/tmp/biasdashboard-pages}
rounds=${ROUNDS:-15}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
mkdir -p "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start_app() { # db port log
  (cd "$work/app" && exec env Storage__ConnectionString="Data Source=$1" Seeds__ImportOnEmptyDatabase=false ASPNETCORE_ENVIRONMENT=Production \
     dotnet BiasDashboard.Web.dll --urls "http://127.0.0.1:$2" \
     "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning" >"$3" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$2/healthz/live" >/dev/null && return 0; sleep 1; done
  echo "the app on $1 did not start; see $3" >&2; exit 1
}

echo "== publishing the app (Release)"
dotnet publish "$root/src/BiasDashboard.Web" -c Release -o "$work/app" -v quiet -nologo >/dev/null

echo "== template: five seed openings stored by the app itself (sentences, framing, matcher terms)"
rm -f "$work"/template.db*
port=$(free_port); start_app "$work/template.db" "$port" "$work/template.log"
for f in "$root"/seeds/00*.txt; do
  python3 - "$f" >"$work/$(basename "$f")" <<'PY'
import sys
t = open(sys.argv[1], encoding="utf-8").read()[:1500]
print(t[: t.rfind(".") + 1])
PY
  curl -sf -o /dev/null -F "files=@$work/$(basename "$f")" -F outlet="Template Outlet" "http://127.0.0.1:$port/api/articles"
done
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'

declare -A url
for n in "${sizes[@]}"; do
  db="$work/pages-$n.db"
  if [ ! -f "$db" ] || [ "${REBUILD:-0}" = 1 ]; then
    rm -f "$db"*; cp "$work/template.db" "$db"
    start=$(date +%s.%N)
    sed "s/:N/$n/g" "$root/tests/BiasDashboard.Benchmarks/pages/fill.sql" | sqlite3 "$db" >/dev/null
    printf '== built %s articles in %.0f s (%s)\n' "$n" "$(echo "$(date +%s.%N) - $start" | bc)" "$(du -h "$db" | cut -f1)"
  fi
  [ "${BUILD_ONLY:-0}" = 1 ] && continue # wide-event.sh: only the app and the databases
  port=$(free_port); start_app "$db" "$port" "$work/app-$n.log"; url[$n]="http://127.0.0.1:$port"
done
[ "${BUILD_ONLY:-0}" = 1 ] && exit 0

pages=("/" "/api/events" "/events" "/outlets" "/events/bench-e0000002" "/api/articles?take=20" "/?event=bench-e0000002")
echo "== warming up (the first /events/{id} builds and caches the comparison; later ones are warm)"
for n in "${sizes[@]}"; do for p in "${pages[@]}"; do for _ in 1 2 3; do curl -sf -o /dev/null "${url[$n]}$p"; done; done; done

echo "== timing: $rounds rounds, each page at every size in turn"
results="$work/times.tsv"; : >"$results"
for r in $(seq 1 "$rounds"); do
  for p in "${pages[@]}"; do
    for n in "${sizes[@]}"; do
      printf '%s\t%s\t%s\n' "$p" "$n" "$(curl -sf -o /dev/null -w '%{time_total}' "${url[$n]}$p")" >>"$results"
    done
  done
done

python3 - "$results" "${sizes[@]}" <<'PY'
import sys, statistics, collections
path, sizes = sys.argv[1], sys.argv[2:]
times = collections.defaultdict(list)
for line in open(path):
    page, n, t = line.rstrip("\n").split("\t")
    times[(page, n)].append(float(t) * 1000)
pages = list(dict.fromkeys(p for p, _ in times))
head = "| page | " + " | ".join(f"{int(n):,} articles" for n in sizes) + " | " + " | ".join(f"{int(n):,} / {int(sizes[0]):,}" for n in sizes[1:]) + " |"
print(head); print("|" + "---|" * (1 + 2 * len(sizes) - 1))
for page in pages:
    med = [statistics.median(times[(page, n)]) for n in sizes]
    print(f"| `{page}` | " + " | ".join(f"{m:.1f} ms" for m in med) + " | " + " | ".join(f"×{m / med[0]:.2f}" for m in med[1:]) + " |")
print("\n(median of", len(times[(pages[0], sizes[0])]), "requests per cell; time to last byte through curl on loopback)")
PY
