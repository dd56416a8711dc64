#!/usr/bin/env bash
# Starts a private PostgreSQL 15 cluster for the test suite (ctest fixture "postgres"):
# loopback only, a free port, its data under DIR (the build tree), password authentication.
# Writes DIR/server.url ("postgresql://USER:PASSWORD@127.0.0.1:PORT/postgres", a superuser the
# tests create their databases with). PostgreSQL refuses to run as root, so as root the server
# runs as the "postgres" user in a folder that user owns.
# Usage: start-server.sh DIR        (stop-server.sh DIR stops it and removes DIR)
set -euo pipefail
dir=${1:?usage: start-server.sh DIR}
bin=${LEPTON_PG_BIN:-/usr/lib/postgresql/15/bin}
if [[ ! -x $bin/initdb ]]; then
  echo "start-server.sh: $bin/initdb not found. Install PostgreSQL 15 (./lepton setup installs the package postgresql)." >&2
  exit 1
fi

as_server_user=()
if [[ $(id -u) == 0 ]]; then
  as_server_user=(runuser -u postgres --)
fi

"$(dirname "$0")/stop-server.sh" "$dir" >/dev/null 2>&1 || true
mkdir -p "$dir"
chmod 700 "$dir"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" >"$dir/password"
if [[ $(id -u) == 0 ]]; then chown -R postgres: "$dir"; fi

"${as_server_user[@]}" "$bin/initdb" -D "$dir/data" -U lepton_admin --pwfile="$dir/password" \
  --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { echo "start-server.sh: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }

# A free port: a random one in 20000-60999; a port in use makes the start fail, then the next try
# takes another.
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  port=$((20000 + (RANDOM * 32768 + RANDOM) % 41000))
  # fsync off: the cluster is thrown away after the run, durability buys nothing here.
  if "${as_server_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off -c max_connections=200" \
       start >/dev/null; then
    printf 'postgresql://lepton_admin:%s@127.0.0.1:%s/postgres\n' "$password" "$port" >"$dir/server.url"
    chmod 644 "$dir/server.url"
    echo "PostgreSQL test server on 127.0.0.1:$port (data in $dir/data)"
    exit 0
  fi
done
echo "start-server.sh: the server did not start; its log follows." >&2
cat "$dir/server.log" >&2
exit 1
