#!/usr/bin/env bash
# The caregiver search endpoint under load from wrk on loopback, with caregivers spread like people over
# South Sulawesi. Prints one Markdown row, as in docs/benchmarks.md.
# Arguments: caregivers (100000), seconds (30), connections (16).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
echo "| caregivers | connections | requests/s | p50 ms | p99 ms |"
echo "|---|---|---|---|---|"
dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- search-http "${1:-100000}" "${2:-30}" "${3:-16}" | grep -E '^\|'
