#!/usr/bin/env bash
# The regional-report benchmark on SQLite and on a throwaway PostgreSQL (benchmarks/run-http.sh). Prints one
# Markdown row per provider and period, as in docs/benchmarks.md.
# Arguments: bookings seeded (1000000), requests per period (50).
set -euo pipefail
echo "| database | bookings | period | visits in it | requests | p50 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|---|---|---|"
exec "$(dirname "$0")/run-http.sh" report "${1:-1000000}" "${2:-50}"
