#!/usr/bin/env bash
# Every benchmark with its documented default arguments, one after another, each printing its Markdown table(s)
# under a heading, after the machine, the date (UTC) and the commit measured. The report goes to stdout and to
# artifacts/benchmarks/run-all-<date>.md; progress goes to stderr. Stops at the first benchmark that fails.
# Arguments: benchmark names to run only those, in that order (default: all of them):
#   search-engine search-http bookings payments report scale-out
set -euo pipefail
cd "$(dirname "$0")/.."

all=(search-engine search-http bookings payments report scale-out)

heading() {
  case $1 in
    search-engine) echo "Search engines alone: Lucene.NET against PostgreSQL + PostGIS (run-search-engine.sh 100000 1000000)" ;;
    search-http) echo "Caregiver search over HTTP, beside the engine in-process and /health (run-search-http.sh)" ;;
    bookings) echo "Bookings through the HTTP API (run-bookings.sh)" ;;
    payments) echo "Paid bookings and a busy caregiver's earnings (run-payments.sh)" ;;
    report) echo "The regional report over a million bookings (run-report.sh)" ;;
    scale-out) echo "One instance and two on one PostgreSQL (run-scale-out.sh)" ;;
    *) return 1 ;;
  esac
}

usage() {
  local IFS='|'
  echo "usage: $0 [${all[*]}]..." >&2
}

names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${all[@]}")
for name in "${names[@]}"; do
  if ! heading "$name" >/dev/null; then
    echo "run-all: no benchmark named '$name'" >&2
    usage
    exit 2
  fi
done

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
mkdir -p artifacts/benchmarks
report="artifacts/benchmarks/run-all-$(date -u +%Y-%m-%dT%H%M%SZ).md"
: >"$report"
emit() { printf '%s\n' "$@" | tee -a "$report"; }

commit=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain)" ] || commit="$commit + uncommitted changes"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1024 / 1024 }' /proc/meminfo)
# shellcheck disable=SC1091 # the system's own file
os=$(. /etc/os-release && echo "$PRETTY_NAME")

emit "# Benchmarks, run-all" "" \
  "- machine: $(nproc) cores, ${cpu:-unknown CPU}, $memory memory, $os (kernel $(uname -r)), .NET SDK $(dotnet --version)" \
  "- date: $started (UTC)" \
  "- commit: $commit" \
  "- benchmarks: ${names[*]}"

for name in "${names[@]}"; do
  emit "" "## $(heading "$name")" ""
  echo "run-all: $name started at $(date -u +%H:%M:%S) UTC" >&2
  # pipefail: the benchmark's own exit status decides, not tee's.
  if ! "benchmarks/run-$name.sh" | tee -a "$report"; then
    emit "" "**Stopped: the $name benchmark failed; the benchmarks after it did not run.**"
    echo "run-all: the $name benchmark failed (see its output above); stopping. Partial report: $report" >&2
    exit 1
  fi
done

echo "run-all: done at $(date -u +%H:%M:%S) UTC; report: $report" >&2
