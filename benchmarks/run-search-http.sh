#!/usr/bin/env bash
# What HTTP costs a caregiver search, on one app with caregivers spread like people over South Sulawesi: the
# app's engine driven in-process and the search endpoint under load from wrk on loopback, in six turns each (a sixth
# of the seconds a turn), and GET /health (which checks nothing) under the same load for the app's ceiling. Prints one Markdown row, as in
# docs/benchmarks.md.
# Arguments: caregivers (100000), seconds per side (30; /health gets them all), wrk connections (16), wrk threads (2).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
echo "| caregivers | wrk threads | connections | engine searches/s (in-process; mean of 6 turns with HTTP, lowest–highest) | HTTP searches/s (mean of the turns, lowest–highest) | HTTP p50 ms (median of the turns) | HTTP p99 ms (median of the turns) | HTTP as % of engine | /health requests/s | /health p50 ms | /health p99 ms |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- search-http "${1:-100000}" "${2:-30}" "${3:-16}" "${4:-2}" | grep -E '^\|'
