#!/usr/bin/env bash
# A receptionist's console on this terminal, over SIP on TCP to a running server (./start.sh): it logs in,
# prints every update (state, lines, waiting and supervised calls, phones, errors) and sends the commands typed
# ('help' lists them). With the demo PBX, log in as desk1/desk1 or desk2/desk2; reception calls then ring your
# desk's phone, which answers by itself.
#
#   ./console.sh [LOGIN] [PASSWORD] [SIP_PORT]      defaults: desk1 desk1 5060 (+ SWB_PORT_OFFSET)
#   ./console.sh desk1 desk1 ws://127.0.0.1:8080/sip/ws   the same over the SIP WebSocket, as the browser's console
#   ./console.sh desk1 desk1 5460,5560    a pair of sites (primary, secondary; ports or ws:// URIs, comma-separated):
#                                         logged in on both, it works where the SITE updates say and switches with them
#
# Builds the test kit first (tests skipped); SWB_NO_BUILD=1 runs the last build.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -z "${SWB_NO_BUILD:-}" ]]; then
    mvn -B -q package -pl test-kit -am -DskipTests
fi
[[ -f test-kit/target/console.classpath ]] || { echo "no build of the test kit: run without SWB_NO_BUILD" >&2; exit 1; }
port=${3:-$((5060 + ${SWB_PORT_OFFSET:-0}))}
exec java -Dorg.jboss.logging.provider=jdk \
    -cp "test-kit/target/classes:$(cat test-kit/target/console.classpath)" \
    org.switchboard.testkit.console.ConsoleRepl "${1:-desk1}" "${2:-desk1}" "$port"
