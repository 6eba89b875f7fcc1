#!/usr/bin/env bash
# Speed of `bias sentiment` against the npm JavaScript port of VADER (vader-sentiment@1.1.3), side by side in
# one run, whole process included, each pinned to one core. Workload: the seed articles' sentences (as our
# segmenter cuts them), cycled: 1,000,000 lines for bias, 100,000 for the JavaScript port (it is ~100x slower,
# and start-up must not dominate either). Prints both rates and the ratio; docs/benchmarks.md quotes the result.
# Usage: tests/BiasDashboard.Benchmarks/compare-js.sh [ROUNDS]   (default 3 rounds, median reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/BiasDashboard.Cli -c Release -v quiet -nologo >/dev/null
dotnet run -c Release --project tests/BiasDashboard.Benchmarks -v quiet -- workload "$work/ours.tsv" 1000000
head -n 100000 "$work/ours.tsv" > "$work/js.tsv"
bias=(dotnet src/BiasDashboard.Cli/bin/Release/net10.0/bias.dll sentiment)
js=(node tests/BiasDashboard.Benchmarks/scripts/vader-js-sentiment.js)

seconds() { # run a command pinned to core 0, output to a file; print wall seconds
  local start end
  start=$(date +%s%N)
  taskset -c 0 "$@" > "$work/out.tsv"
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ours=(); theirs=()
for ((r = 1; r <= rounds; r++)); do
  ours+=("$(seconds "${bias[@]}" "$work/ours.tsv")")
  [ "$(wc -l < "$work/out.tsv")" -eq 1000000 ] || { echo "bias wrote $(wc -l < "$work/out.tsv") lines, not 1000000" >&2; exit 1; }
  theirs+=("$(seconds "${js[@]}" "$work/js.tsv")")
  [ "$(wc -l < "$work/out.tsv")" -eq 100000 ] || { echo "vader-sentiment wrote $(wc -l < "$work/out.tsv") lines, not 100000" >&2; exit 1; }
  echo "round $r: bias ${ours[-1]} s for 1,000,000; vader-sentiment (node) ${theirs[-1]} s for 100,000"
done

t_ours=$(printf '%s\n' "${ours[@]}" | median)
t_js=$(printf '%s\n' "${theirs[@]}" | median)
rate_ours=$(awk -v t="$t_ours" 'BEGIN { printf "%d", 1000000 / t }')
rate_js=$(awk -v t="$t_js" 'BEGIN { printf "%d", 100000 / t }')
echo "bias sentiment:          $rate_ours sentences/s (median of $rounds: $t_ours s for 1,000,000, one core, whole process)"
echo "vader-sentiment (node):  $rate_js sentences/s (median of $rounds: $t_js s for 100,000, one core, whole process)"
echo "ratio:                   $(awk -v a="$rate_ours" -v b="$rate_js" 'BEGIN { printf "%.1f", a / b }')x (target: at least 80x)"
