#!/usr/bin/env bash
# The search engines alone: the embedded Lucene index beside PostgreSQL + PostGIS, on the same synthetic
# caregivers and the same 1,000 searches, PostGIS both as first shipped (JIT on, find all then sort) and tuned
# (JIT off, KNN for the common filter mixes). Installs PostGIS from Debian's packages when missing, starts a
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
pg_version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
if ! dpkg -s "postgresql-$pg_version-postgis-3" >/dev/null 2>&1; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$pg_version-postgis-3" >/dev/null
fi

dotnet build benchmarks/Marketplace.Benchmarks -c Release -v q >/dev/null
# The server's settings are the shipped comparison's; the tuned side turns JIT off in its own sessions.
start_postgres -c shared_buffers=1GB -c work_mem=64MB -c max_parallel_workers_per_gather=0 >&2
trap stop_postgres EXIT

echo "| caregivers | build/s | index MB | peak MB | matches/search | candidates judged/search | candidates p99 | Lucene p50 ms | Lucene p99 ms | Lucene searches/s | PostGIS as shipped p50 ms | as shipped p99 ms | as shipped searches/s | PostGIS tuned p50 ms | tuned p99 ms | tuned searches/s | Lucene vs as shipped (p50 / p99 / searches/s) | Lucene vs tuned (p50 / p99 / searches/s) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
for size in "${sizes[@]}"; do
  dotnet run -c Release --no-build --project benchmarks/Marketplace.Benchmarks -- search-engine "$size" | grep -E '^\|'
done
