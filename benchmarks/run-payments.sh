#!/usr/bin/env bash
# The payment benchmark on SQLite and on a throwaway PostgreSQL (benchmarks/run-http.sh). Prints, per
# provider, a row of paid bookings and one per read of the busy caregiver's earnings, as in docs/benchmarks.md.
# Arguments: existing paid bookings (100000), paid bookings to make (2000), concurrent families (8),
# paid bookings of the caregiver whose earnings are read (5000, part of the existing ones).
set -euo pipefail
exec "$(dirname "$0")/run-http.sh" payments "${1:-100000}" "${2:-2000}" "${3:-8}" "${4:-5000}"
