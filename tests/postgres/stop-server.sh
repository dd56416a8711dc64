#!/usr/bin/env bash
# Stops the test cluster start-server.sh started in DIR and removes DIR.
set -uo pipefail
dir=${1:?usage: stop-server.sh DIR}
bin=${LEPTON_PG_BIN:-/usr/lib/postgresql/15/bin}
if [[ -f $dir/data/postmaster.pid ]]; then
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop
  else
    "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop
  fi
fi
rm -rf "$dir"
