#!/usr/bin/env bash
# Runs every Peduli test on a Debian machine that has only the .NET SDK. It installs what the tests
# need (Chromium and chromedriver, PostgreSQL with PostGIS, npm), starts a throwaway PostgreSQL
# cluster of its own, runs all test projects, stops what it started and prints "N passed, N failed".
# The Elasticsearch behaviour suite runs when ELASTICSEARCH_URL points at a cluster (Elasticsearch is
# not in Debian's packages); without it, the script says so loudly at the start and at the end.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
results=$root/artifacts/test-results

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_system_packages() {
  local missing=()
  [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
  command -v npm >/dev/null || missing+=(npm)
  if ((${#missing[@]})); then
    echo "Installing ${missing[*]} from Debian's packages..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  local pg_version
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! dpkg -s "postgresql-$pg_version-postgis-3" >/dev/null 2>&1; then
    echo "Installing PostGIS for PostgreSQL $pg_version..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "postgresql-$pg_version-postgis-3" >/dev/null
  fi
}

# shellcheck source=tools/throwaway-postgres.sh
source "$root/tools/throwaway-postgres.sh"

install_system_packages
# The npm tools install while PostgreSQL starts and the solution builds; the tests wait for them.
(cd tests/Marketplace.BrowserTests && npm ci --no-audit --no-fund --loglevel=error) &
browser_tools=$!
(cd tests/openapi && npm ci --no-audit --no-fund --loglevel=error) &
openapi_tools=$!
start_postgres -c fsync=off
trap stop_postgres EXIT

elasticsearch_note=""
filter=()
if [ -z "${ELASTICSEARCH_URL:-}" ]; then
  elasticsearch_note="NOT RUN: the Elasticsearch behaviour suite (tests with Engine=Elasticsearch) needs ELASTICSEARCH_URL, e.g. http://127.0.0.1:9200."
  echo "!!! $elasticsearch_note" >&2
  filter=(--filter "Engine!=Elasticsearch")
fi

rm -rf "$results"
mkdir -p "$root/artifacts"
# Release: the tests spend most of their time in the app's own code, which a Debug build runs unoptimised.
if ! dotnet build Marketplace.sln -c Release -nologo > "$root/artifacts/build.log" 2>&1; then
  grep -E "error" "$root/artifacts/build.log" >&2 || tail -n 40 "$root/artifacts/build.log" >&2
  echo "The build failed (artifacts/build.log); no test ran." >&2
  exit 1
fi
wait "$browser_tools"
wait "$openapi_tools"
# One test project at a time: on two cores, the browser and integration suites side by side took longer than in turn.
# Without dynamic PGO: a test host compiles much and runs little of it for long, and instrumenting methods for a
# profile it never uses cost time (the integration suite here: 8 min 22 s with it, 7 min 26 s without, 2026-12-03).
export DOTNET_TieredPGO=0
status=0
: > "$root/artifacts/test.log"
for project in tests/*/*Tests.csproj; do
  dotnet test "$project" -c Release --no-build "${filter[@]}" --results-directory "$results" --logger trx 2>&1 | tee -a "$root/artifacts/test.log" || status=$?
done
# The browser tests keep Chromium running between journeys; the test host exits before it can end the last few.
pkill -KILL -x -P 1 chromedriver || true
pkill -KILL -f -- '--user-data-dir=/tmp/peduli-chromium-' || true
rm -rf /tmp/peduli-chromium-*
# The scale-out suite runs the app as processes of its own; none may outlive a test host that died.
pkill -KILL -f -- "$root/tests/Marketplace.IntegrationTests/bin/.*/Marketplace.Web.dll" || true

# One closing line for CI: the sums of every test project's summary.
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$root/artifacts/test.log" |
  sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$skipped" -gt 0 ]; then
  echo "$skipped tests were skipped: no test may be skipped." >&2
  status=1
fi
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
if [ -n "$elasticsearch_note" ]; then
  echo "!!! $elasticsearch_note" >&2
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
