#!/usr/bin/env bash
# Request time of a warm /events/{id} right after a change to a large event, while its comparison is rebuilt.
# Starts the built app in APP_DIR on a fresh SQLite file and a free port, uploads ARTICLES generated news articles
# (25 outlets) into one event, warms the page, then ROUNDS times: uploads one article to the event and times the next
# GET /events/{id}. Before the background rebuild that GET rebuilt the comparison itself; now it is served the last
# one, marked "Updating…". Between rounds it waits until the comparison is current again.
# Usage: tests/BiasDashboard.Benchmarks/scripts/comparison-rebuild.sh APP_DIR   (ARTICLES=500 ROUNDS=5 by default)
set -euo pipefail
app=$(cd "$1" && pwd)
articles=${ARTICLES:-500}
rounds=${ROUNDS:-5}
data=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
(cd "$app" && Storage__DataDirectory="$data" Seeds__ImportOnEmptyDatabase=false Serilog__MinimumLevel__Default=Warning \
  exec dotnet BiasDashboard.Web.dll --urls "$base") > "$data/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.5; done

python3 - "$data/articles" "$articles" <<'PY'
import os, random, sys
root, total = sys.argv[1], int(sys.argv[2])
rng = random.Random(16)
people = ["Councillor Maya Okafor", "Mayor Daniel Reyes", "Sir Peter Hale", "Dr Anya Kowalski", "Jean-Luc Martin", "Ms Ruth Adeyemi"]
verbs = ["slammed", "welcomed", "criticised", "defended", "questioned", "praised", "attacked", "backed"]
things = ["the budget", "the cuts", "the housing plan", "the tax rise", "the library closures", "the bus subsidy"]
for i in range(total):
    outlet = f"outlet-{i % 25:02d}"
    os.makedirs(os.path.join(root, outlet), exist_ok=True)
    lines = [f"Council budget vote: {rng.choice(people)} {rng.choice(verbs)} {rng.choice(things)}", "", "Date: 2026-03-04", ""]
    for p in range(8):
        who, what = rng.choice(people), rng.choice(things)
        lines.append(f"{who} {rng.choice(verbs)} {what} on Tuesday, after the council voted {rng.randint(20, 40)} to {rng.randint(5, 19)}. "
                     f"\"This is a {rng.choice(['disgraceful', 'sensible', 'reckless', 'fair', 'shameful', 'careful'])} decision,\" {who.split()[-1]} said. "
                     f"About {rng.randint(2, 90)} per cent of residents were consulted, and £{rng.randint(1, 40)} million is at stake.")
        lines.append("")
    open(os.path.join(root, outlet, f"a{i:04d}.txt"), "w").write("\n".join(lines))
PY

upload() { # outlet, event field, event value, files...
  local outlet=$1 field=$2 value=$3; shift 3
  local args=(); for f in "$@"; do args+=(-F "files=@$f"); done
  local status; status=$(curl -s -o "$data/upload.json" -w '%{http_code}' "$base/api/articles" -F "outlet=$outlet" -F "$field=$value" "${args[@]}" || true)
  [[ $status == 201 ]] || { echo "upload answered $status: $(head -c 600 "$data/upload.json")" >&2; exit 1; }
}
first=1
for dir in "$data"/articles/*/; do
  outlet="Bench $(basename "$dir")"
  mapfile -t files < <(ls "$dir"*.txt)
  for ((i = 0; i < ${#files[@]}; i += 25)); do
    if [[ $first == 1 ]]; then upload "$outlet" newEvent "Bench budget vote" "${files[@]:i:25}"; first=0
    else upload "$outlet" eventIds bench-budget-vote "${files[@]:i:25}"; fi
  done
done
event=bench-budget-vote
count=$(curl -sf "$base/api/events/$event/comparison?only=dashboard" | python3 -c 'import json,sys; print(sum(o["articles"] for o in json.load(sys.stdin)["outlets"]))')

current() { # until the comparison is current (a wait between rounds, not part of any figure)
  while curl -sf "$base/api/events/$event/comparison" | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["comparison"].get("updating") else 1)'; do sleep 0.5; done
}
time_page() { curl -sf -o "$data/page.html" -w '%{time_total}' "$base/events/$event"; }
cold=$(time_page); current; warm=$(time_page)
during=()
updating=0
for r in $(seq 1 "$rounds"); do
  printf 'Round %s: "A late report," the clerk said.\n' "$r" > "$data/late-$r.txt"
  upload "Late Post $r" eventIds "$event" "$data/late-$r.txt"
  during+=("$(time_page)")
  grep -q 'id="comparison-updating"' "$data/page.html" && updating=$((updating + 1))
  current
done
printf 'articles in event: %s\nfirst request (builds): %ss\nwarm, unchanged: %ss\nwarm, right after a change (%s rounds, %s marked Updating): %s\n' \
  "$count" "$cold" "$warm" "$rounds" "$updating" "$(printf '%ss ' "${during[@]}")"
