#!/usr/bin/env bash
# Builds Switchboard, provisions WildFly from Maven Central with Galleon and starts it in the foreground
# with the embedded defaults: H2 in a file and WildFly's embedded Artemis (and, once call management lands, the
# demo PBX when no Asterisk is configured). Prints the time from launch to ready. Ctrl-C stops it.
#
#   ./start.sh               build, then start
#   ./start.sh --no-build    start what was built last
#
# The server's configuration is refreshed from the build at each start; its data (H2 database, Artemis
# journal) and logs are kept in .run/ (or SWB_RUN_DIR) across restarts.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
server=$root/wildfly-config/target/server
run_dir=${SWB_RUN_DIR:-$root/.run}
offset=${SWB_PORT_OFFSET:-0}
http_port=$((8080 + offset))
sip_port=$((${SWB_SIP_UDP_PORT:-5060} + offset))

if [[ "${1:-}" != "--no-build" ]]; then
    echo "Building the EAR and provisioning WildFly (tests skipped)..."
    mvn -B -q -DskipTests package -pl ear,wildfly-config -am
fi
[[ -x "$server/bin/standalone.sh" ]] || { echo "No provisioned server in $server: run ./start.sh without --no-build" >&2; exit 1; }

mkdir -p "$run_dir/deployments"
rm -rf "$run_dir/configuration" "$run_dir"/deployments/switchboard.ear*
cp -r "$server/standalone/configuration" "$run_dir/"
cp "$root/ear/target/switchboard.ear" "$run_dir/deployments/"

http_status() { # status code of GET http://127.0.0.1:$http_port$1, or nothing while the port is closed
    exec 3<>"/dev/tcp/127.0.0.1/$http_port" 2>/dev/null || return 0
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$1" >&3
    local line; IFS=' ' read -r -t 5 _ line _ <&3 || true
    exec 3>&-
    echo "$line"
}

launched=$(date +%s%N)
# standalone.sh forwards Ctrl-C and kill to the JVM only when it launches it in the background
LAUNCH_JBOSS_IN_BACKGROUND=1 "$server/bin/standalone.sh" -Djboss.server.base.dir="$run_dir" -Djboss.socket.binding.port-offset="$offset" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; exit 0' INT TERM

while true; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "WildFly exited before Switchboard was ready; see $run_dir/log/server.log" >&2
        exit 1
    fi
    if [[ -f "$run_dir/deployments/switchboard.ear.failed" ]]; then
        echo "Switchboard failed to deploy:" >&2
        cat "$run_dir/deployments/switchboard.ear.failed" >&2
        kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
        exit 1
    fi
    status=$(http_status /switchboard/api/health)
    if [[ "$status" == 200 || "$status" == 503 ]]; then
        break
    fi
    sleep 0.2
done
elapsed_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
printf '\nSwitchboard ready in %d.%03d s (launch to healthy)\n' $((elapsed_ms / 1000)) $((elapsed_ms % 1000))
echo "  reception      http://127.0.0.1:$http_port/switchboard/console/  (the receptionist's console, in a browser)"
if [[ -z "${SWB_AMI_HOST:-}" ]]; then
    echo "                 demo PBX: log in as desk1 (password desk1) or desk2 (password desk2)"
fi
echo "  admin console  http://127.0.0.1:$http_port/switchboard/"
echo "  health         http://127.0.0.1:$http_port/switchboard/api/health  (HTTP $status)"
echo "  SIP            udp and tcp on ${SWB_SIP_BIND_ADDRESS:-127.0.0.1}:$sip_port"
echo "  SIP WebSocket  ws://127.0.0.1:$http_port/sip/ws  (subprotocol sip)"
echo "  data and logs  $run_dir"
wait "$server_pid"
