#!/usr/bin/env bash
# Runs Peduli as a small scaled-out deployment on this machine, as docs/operations.md ("Several instances")
# describes: a throwaway PostgreSQL with the demo data, two app instances (separate processes, each with its
# own data folder, one shared documents folder) and nginx in front of them on http://localhost:5080.
# Installs nginx and PostgreSQL from Debian's packages when missing. Ctrl+C stops everything it started.
# Ports: 5080 (nginx), 5081 and 5082 (the instances). Demo sign-ins: docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
if ((${#missing[@]})); then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# shellcheck source=throwaway-postgres.sh
source "$root/tools/throwaway-postgres.sh"
work=$(mktemp -d /tmp/peduli-two-instances.XXXXXX)
pids=()
stop_all() {
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  stop_postgres
  rm -rf "$work"
}
trap stop_all EXIT

dotnet build src/Marketplace.Web -c Release -nologo -v q >/dev/null
start_postgres
app="$root/src/Marketplace.Web/bin/Release/net10.0/Marketplace.Web.dll"

# What every instance shares; DataPath (the Lucene index, the mail pickup folder) is each one's own.
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=PostgreSql
export ConnectionStrings__Marketplace="$PEDULI_TEST_POSTGRES;Database=peduli"
export Documents__Path="$work/documents"
export PublicUrl=http://localhost:5080
export AllowedHosts="localhost;127.0.0.1"
export Seed__AdminEmail=admin@peduli.test Seed__AdminPassword=peduli-admin-demo
export Seed__DemoData=true Seed__DemoPassword=peduli-demo-2026

as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres peduli
(cd src/Marketplace.Web && DataPath="$work/migrate" dotnet "$app" migrate)
for n in 1 2; do
  (cd src/Marketplace.Web && DataPath="$work/instance-$n" ASPNETCORE_URLS="http://127.0.0.1:508$n" \
    exec dotnet "$app" >"$work/instance-$n.log" 2>&1) &
  pids+=($!)
done

mkdir -p "$work/nginx"
sed "s|@WORK@|$work/nginx|g" "$root/tools/nginx-two-instances.conf" > "$work/nginx/nginx.conf"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"

# Each instance answers ready within two minutes, or the script stops with its log.
for n in 1 2; do
  for _ in $(seq 120); do
    curl -fsS "http://127.0.0.1:508$n/health/ready" >/dev/null 2>&1 && continue 2
    sleep 1
  done
  echo "Instance $n was not ready within two minutes; its log:" >&2
  tail -n 40 "$work/instance-$n.log" >&2
  exit 1
done
echo "Peduli runs on http://localhost:5080 (instances on 5081 and 5082; logs in $work). Ctrl+C stops it."
wait "${pids[@]}"
