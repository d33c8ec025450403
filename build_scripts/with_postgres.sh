#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on loopback, its address in
# PEERCENTER_TEST_PG, and stops the server afterwards whatever happens.
set -euo pipefail

bindir=""
if command -v pg_config >/dev/null 2>&1; then
  bindir=$(pg_config --bindir)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server programs (initdb, pg_ctl) not found; install the 'postgresql' package." >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/peercenter-pg.XXXXXX")
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb and pg_ctl refuse to run as root.
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
chmod 700 "$dir"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"${as_pg[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# The superuser connects without a password (the ordinary tests); every other role must give
# its SCRAM password, as on a center's server, so the tests of person roles prove something.
cat >"$dir/data/pg_hba.conf" <<'HBA'
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
"${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export PEERCENTER_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL test server on 127.0.0.1:$port"
set +e
"$@"
status=$?
set -e
exit $status
