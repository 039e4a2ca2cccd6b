#!/usr/bin/env bash
# The booking benchmark on SQLite and on a throwaway PostgreSQL (benchmarks/run-http.sh). Prints one
# Markdown row per provider, as in docs/benchmarks.md.
# Arguments: existing bookings (100000), requests (2000), concurrent clients (8).
set -euo pipefail
echo "| database | existing bookings | requests | concurrency | bookings/s | p50 ms | p99 ms | max ms | warm-up requests | outbox drained after s |"
echo "|---|---|---|---|---|---|---|---|---|---|"
exec "$(dirname "$0")/run-http.sh" bookings "${1:-100000}" "${2:-2000}" "${3:-8}"
