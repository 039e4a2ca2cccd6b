#!/usr/bin/env bash
# Runs one HTTP benchmark of benchmarks/Marketplace.Benchmarks on SQLite, then on a throwaway PostgreSQL
# with durable writes (fsync on, unlike the test cluster), and prints its Markdown rows (and, on stderr,
# its progress). Arguments: the benchmark (bookings or payments), then its own arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=../tools/throwaway-postgres.sh
source "$root/tools/throwaway-postgres.sh"
benchmark=$1
shift

dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
run() {
  dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- "$benchmark" "$@" | grep -E '^\|'
}

run sqlite "$@"
start_postgres >&2
trap stop_postgres EXIT
run postgres "$@"
