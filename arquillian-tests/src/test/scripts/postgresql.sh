#!/usr/bin/env bash
# A throwaway PostgreSQL server for the integration tests, from Debian's postgresql package.
#   postgresql.sh start DIR PORT   create a cluster in DIR, listen on 127.0.0.1:PORT, create database switchboard
#   postgresql.sh stop DIR         stop it and remove DIR
# As root, the server runs as the postgres user (initdb refuses root); otherwise as the current user.
set -euo pipefail

command=${1:?start or stop}
dir=${2:?data directory}

bin_dir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$found" || ! -x "$found/initdb" ]]; then
        echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin." >&2
        echo "Install Debian's server package (apt-get install postgresql), or run .ci/run, which does." >&2
        exit 1
    fi
    echo "$found"
}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    port=${3:?port}
    bin=$(bin_dir)
    if [[ -f "$dir/PG_VERSION" ]]; then
        # left over from an interrupted build
        as_owner "$bin/pg_ctl" -D "$dir" stop -m immediate >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"   # DIR's parents must be open to the postgres user: keep it under /tmp
    fi
    as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir" -w -t 60 -l "$dir/server.log" \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=60" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres switchboard
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port (data in $dir)"
    ;;
stop)
    if [[ -f "$dir/PG_VERSION" ]]; then
        bin=$(bin_dir)
        as_owner "$bin/pg_ctl" -D "$dir" -w -m fast stop >/dev/null
        rm -rf "$dir" "$dir.initdb.log"
        echo "PostgreSQL for the tests stopped"
    fi
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
