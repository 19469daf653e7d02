#!/usr/bin/env bash
# Runs one of the benchmarks that start the real server (ami-ingestion-server.sh, console-sessions.sh):
#
#   bench/server-bench.sh MAIN_CLASS [ARGUMENTS...]
#
# Needs a server build (./start.sh or mvn -B verify once). Builds the bench module first (tests skipped);
# SWB_NO_BUILD=1 runs the last build of it. Puts the JMX connector for remote+http on the class path, from the
# server's own modules (the provisioned server has no bin/client jar). BENCH_JAVA_OPTS adds options to the
# benchmark's JVM.
set -euo pipefail
main=${1:?the main class of the benchmark}
shift
cd "$(dirname "$0")/.."

[[ -x wildfly-config/target/server/bin/standalone.sh && -f ear/target/switchboard.ear ]] \
    || { echo "no server build: run ./start.sh (or mvn -B verify) first" >&2; exit 1; }
if [[ -z "${SWB_NO_BUILD:-}" ]]; then
    mvn -B -q package -pl bench -am -DskipTests
fi
[[ -f bench/target/bench.classpath ]] || { echo "no build of the bench module: run without SWB_NO_BUILD" >&2; exit 1; }

# The JMX connector for remote+http, from the server's own modules (the provisioned server has no bin/client jar)
jmx_client=$(bin/jmx-client-classpath wildfly-config/target/server)

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java -Xms256m -Xmx512m -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} \
    -Djava.util.logging.config.file=bench/logging.properties -Dorg.jboss.logging.provider=jdk \
    -cp "bench/target/classes:$(cat bench/target/bench.classpath):$jmx_client" \
    "$main" "$@"
