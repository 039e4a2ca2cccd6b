#!/usr/bin/env bash
# The search engines alone: the embedded Lucene index beside PostgreSQL + PostGIS, on the same synthetic
# caregivers and the same 1,000 searches. Installs PostGIS from Debian's packages when missing, starts a
# throwaway PostgreSQL with room for the table in memory, prints one Markdown row per size.
# Arguments: the sizes (default: 100000 1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=../tools/throwaway-postgres.sh
source "$root/tools/throwaway-postgres.sh"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! dpkg -s "postgresql-$pg_version-postgis-3" >/dev/null 2>&1; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$pg_version-postgis-3" >/dev/null
fi

dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
start_postgres -c shared_buffers=1GB -c work_mem=64MB -c max_parallel_workers_per_gather=0 >&2
trap stop_postgres EXIT

echo "| caregivers | build/s | index MB | peak MB | Lucene p50 ms | Lucene p99 ms | Lucene searches/s | PostGIS p50 ms | PostGIS p99 ms | PostGIS searches/s | p50 ratio | p99 ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
for size in "${sizes[@]}"; do
  dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- search-engine "$size" | grep -E '^\|'
done
