#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: sourced by test.sh and benchmarks/run-bookings.sh.
# Needs Debian's postgresql package installed.

# initdb and pg_ctl refuse to run as root: as root the cluster belongs to the postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "No free port for PostgreSQL between 55432 and 55532" >&2
  return 1
}

# Starts a cluster of its own on a free loopback port and exports PEDULI_TEST_POSTGRES; arguments are
# extra server options (such as "-c fsync=off").
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d /tmp/peduli-pg.XXXXXX)
  [ "$(id -u)" -ne 0 ] || chown postgres "$pg_dir"
  pg_port=$(free_port)
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" --auth=trust -U postgres >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/log" \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 $*" start >/dev/null
  export PEDULI_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
  echo "PostgreSQL started on 127.0.0.1:$pg_port"
}

stop_postgres() {
  if [ -n "${pg_dir:-}" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
