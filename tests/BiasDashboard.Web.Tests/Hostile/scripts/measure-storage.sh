#!/usr/bin/env bash
# Storage time per upload through the running app (Kestrel on a free port, a fresh SQLite file), for ordinary and
# adversarial articles of growing size. Not a test: a measurement, run by hand on a quiet machine.
#   tests/BiasDashboard.Web.Tests/Hostile/scripts/measure-storage.sh [sizes in KB...]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../../.." && pwd)
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
sizes=("${@:-256 512 1024 2000}")

dotnet build -c Release "$repo/src/BiasDashboard.Web" -v q -nologo >/dev/null
Storage__ConnectionString="Data Source=$work/m.db" Seeds__ImportOnEmptyDatabase=false ASPNETCORE_URLS=http://127.0.0.1:0 \
    dotnet "$repo/src/BiasDashboard.Web/bin/Release/net10.0/BiasDashboard.Web.dll" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 100); do grep -q "Now listening on" "$work/app.log" && break; sleep 0.3; done
url=$(grep -o "http://127.0.0.1:[0-9]*" "$work/app.log" | head -1)

# ordinary: news-like sentences of ~120 bytes; adversarial: the shortest sentences ("Go. "), a 20,000-digit run per
# 100 KB, and a quote per sentence.
python3 - "$work" "${sizes[@]}" <<'PY'
import sys, random
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
random.seed(10)
words = "the council said on Monday that Labour MPs voted against the ceasefire motion while protesters gathered outside".split()
for kb in sizes:
    target = kb * 1024
    out, n = [], 0
    while n < target:
        s = " ".join(random.choice(words) for _ in range(18)).capitalize() + ". "
        out.append(s); n += len(s)
        if len(out) % 8 == 0: out.append("\n\n"); n += 2
    open(f"{work}/ordinary-{kb}.txt", "w").write("Ordinary\n\n" + "".join(out)[:target])
    short = ("Go. " * (target // 4))[:target]
    open(f"{work}/short-{kb}.txt", "w").write("Short\n\n" + short)
    quotes = ('“Yes,” he said. ' * (target // 18))[:target]
    open(f"{work}/quotes-{kb}.txt", "w").write("Quotes\n\n" + quotes)
PY

printf "kind\tKB\tstatus\tseconds\tsentences\n"
for kb in "${sizes[@]}"; do
  for kind in ordinary short quotes; do
    f="$work/$kind-$kb.txt"
    out=$(curl -s -o "$work/r.json" -w "%{http_code}\t%{time_total}" -F "files=@$f" -F outlet=Bench "$url/api/articles")
    id=$(python3 -c "import json;print(json.load(open('$work/r.json')).get('id',''))" 2>/dev/null || true)
    sentences=$( [ -n "$id" ] && curl -s "$url/api/articles/$id" | python3 -c "import json,sys;print(len(json.load(sys.stdin)['sentences']))" || echo -)
    printf "%s\t%s\t%s\t%s\n" "$kind" "$kb" "$out" "$sentences"
  done
done
