#!/usr/bin/env bash
# Benchmark: how many OPTIONS requests per second the SIP endpoint answers, over UDP and over TCP, and how
# much memory the server holds afterwards. Prints figures; asserts nothing.
#
#   bench/sip-options.sh [REQUESTS] [RATE]      defaults: 20000 requests at 3000/s per transport
#
# Starts its own server from the last build (./start.sh --no-build) with a port offset of 500 and a run
# directory under /tmp, drives it with sipp (Debian package sip-tester) on 127.0.0.1, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
requests=${1:-20000}
rate=${2:-3000}
offset=500
sip_port=$((5060 + offset))
run_dir=$(mktemp -d /tmp/switchboard-bench.XXXXXX)
work=$(mktemp -d /tmp/switchboard-bench-sipp.XXXXXX)

command -v sipp >/dev/null || { echo "sipp is missing: apt-get install sip-tester" >&2; exit 1; }

SWB_PORT_OFFSET=$offset SWB_RUN_DIR=$run_dir ./start.sh --no-build >"$work/server.out" 2>&1 &
starter=$!
cleanup() { kill "$starter" 2>/dev/null || true; wait "$starter" 2>/dev/null || true; rm -rf "$run_dir" "$work"; }
trap cleanup EXIT

deadline=$((SECONDS + 120))
until grep -q "ready in" "$work/server.out"; do
    if (( SECONDS > deadline )) || ! kill -0 "$starter" 2>/dev/null; then
        echo "the server did not become ready:" >&2; tail -20 "$work/server.out" >&2; exit 1
    fi
    sleep 0.5
done
grep "ready in" "$work/server.out"
server_pid=$(pgrep -f -- "D\[Standalone\].*-Djboss.server.base.dir=$run_dir" | head -n 1)

run() { # transport(u1|t1) label
    local stats="$work/$2.csv" started
    started=$(date +%s%N)
    (cd "$work" && sipp "127.0.0.1:$sip_port" -sf "$root/bench/options.xml" -t "$1" -i 127.0.0.1 -p 0 \
        -m "$requests" -r "$rate" -l 500 -timeout 120s -nostdin -trace_stat -stf "$stats" -fd 1 \
        >"$work/$2.out" 2>&1) || true
    python3 - "$stats" "$2" "$requests" "$(( ($(date +%s%N) - started) / 1000000 ))" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter=';'))
head, last = rows[0], rows[-1]
v = dict(zip(head, last))
ok, failed = int(v['SuccessfulCall(C)']), int(v['FailedCall(C)'])
elapsed = int(sys.argv[4]) / 1000  # wall time of the sipp run; sipp's own clock counts whole seconds
rtt = v.get('ResponseTime1(C)', '?')
print(f"  {sys.argv[2]:4} {ok} answered 200, {failed} failed of {sys.argv[3]} in {elapsed:.1f} s: "
      f"{ok / elapsed:.0f} OPTIONS/s, mean response time {rtt}")
PY
}

echo "OPTIONS at up to $rate/s, $requests per transport:"
run u1 udp
run t1 tcp
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
echo "  server resident memory after the load: $((rss_kb / 1024)) MiB"
