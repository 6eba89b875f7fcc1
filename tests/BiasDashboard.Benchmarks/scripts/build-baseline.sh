#!/bin/sh
# Builds BiasDashboard.Analysis as it was at REV, renamed BiasDashboard.Analysis.Baseline, for ComparerBeforeAfterBenchmarks:
#   tests/BiasDashboard.Benchmarks/scripts/build-baseline.sh 1d414ed /tmp/baseline
#   BaselineAnalysis=/tmp/baseline/out/BiasDashboard.Analysis.Baseline.dll \
#     dotnet run -c Release --project tests/BiasDashboard.Benchmarks -- --filter '*BeforeAfter*' --job short --inProcess
# MSBuild reads BaselineAnalysis from the environment. --inProcess runs before and after in one process, with no generated
# project to build (on a busy machine that build passes BenchmarkDotNet's two-minute limit).
set -eu
rev=$1
dir=$2
root=$(git rev-parse --show-toplevel)
rm -rf "$dir"
mkdir -p "$dir"
git -C "$root" archive "$rev" | tar -x -C "$dir"
# The lexicons come from npm at build time; the tree's node_modules serves (the lock file is the same or older).
cp -a "$root/node_modules" "$dir/" && touch "$dir/node_modules/.package-lock.json"
dotnet build "$dir/src/BiasDashboard.Analysis" -c Release -p:AssemblyName=BiasDashboard.Analysis.Baseline -o "$dir/out"
