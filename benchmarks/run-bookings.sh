#!/usr/bin/env bash
# The booking benchmark on SQLite and on a throwaway PostgreSQL with durable writes (fsync on, unlike
# the test cluster). Prints one Markdown row per provider, as in docs/benchmarks.md.
# Arguments: existing bookings (100000), requests (2000), concurrent clients (8).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=../tools/throwaway-postgres.sh
source "$root/tools/throwaway-postgres.sh"
existing=${1:-100000}
requests=${2:-2000}
concurrency=${3:-8}

dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
run() {
  dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- bookings "$1" "$existing" "$requests" "$concurrency" | grep -E '^\|'
}

echo "| database | existing bookings | requests | concurrency | bookings/s | p50 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|---|---|---|"
run sqlite
start_postgres >&2
trap stop_postgres EXIT
run postgres
