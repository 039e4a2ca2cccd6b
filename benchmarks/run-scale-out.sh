#!/usr/bin/env bash
# Bookings/s and searches/s through HTTP with one app process and with two on one throwaway PostgreSQL (fsync on),
# side by side in one run. Prints the Markdown rows of docs/benchmarks.md (and, on stderr, its progress).
# Arguments: bookings per configuration (1000), seconds of searches (20), concurrent clients (16).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../tools/throwaway-postgres.sh
source tools/throwaway-postgres.sh
dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
start_postgres >&2
trap stop_postgres EXIT
echo "| instances | booking requests | booked | concurrency | bookings/s | booking p50 ms | booking p99 ms | searches/s | search p50 ms | search p99 ms |"
echo "|---|---|---|---|---|---|---|---|---|---|"
dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- scale-out "${1:-1000}" "${2:-20}" "${3:-16}" | grep -E '^\|'
