#!/usr/bin/env bash
# The payment benchmark on SQLite and on a throwaway PostgreSQL (benchmarks/run-http.sh). Prints two Markdown
# tables, as in docs/benchmarks.md: paid bookings per provider, then the reads of the busy caregiver's earnings.
# Arguments: existing paid bookings (100000), paid bookings to make (2000), concurrent families (8),
# paid bookings of the caregiver whose earnings are read (5000, part of the existing ones).
set -euo pipefail
rows=$("$(dirname "$0")/run-http.sh" payments "${1:-100000}" "${2:-2000}" "${3:-8}" "${4:-5000}")
echo "| database | existing paid bookings | paid bookings | concurrency | paid bookings/s | p50 ms | p99 ms | max ms | warm-up paid bookings | outbox drained after s |"
echo "|---|---|---|---|---|---|---|---|---|---|"
grep -v '| read `' <<<"$rows"
echo
echo "| database | read | p50 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|"
grep '| read `' <<<"$rows"
