#!/usr/bin/env bash
# What HTTP costs a caregiver search, on one app with caregivers spread like people over South Sulawesi: the
# app's engine driven in-process before and after HTTP, the search endpoint under load from wrk on loopback, and
# GET /health (which checks nothing) under the same load for the app's ceiling. Prints one Markdown row, as in
# docs/benchmarks.md.
# Arguments: caregivers (100000), seconds per measurement (30), wrk connections (16), wrk threads (2).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
echo "| caregivers | wrk threads | connections | engine searches/s (in-process, before / after HTTP) | HTTP searches/s | HTTP p50 ms | HTTP p99 ms | HTTP as % of engine | /health requests/s | /health p50 ms | /health p99 ms |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- search-http "${1:-100000}" "${2:-30}" "${3:-16}" "${4:-2}" | grep -E '^\|'
