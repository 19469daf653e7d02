#!/usr/bin/env bash
# Runs one of the benchmarks that run in a single JVM, without a server (ami-ingestion.sh, presence-service.sh):
#
#   bench/in-process-bench.sh MAIN_CLASS [ARGUMENTS...]
#
# Builds what it needs first (the bench module and the modules it depends on, tests skipped); set SWB_NO_BUILD=1
# to run the last build. The JVM gets the server's heap (-Xmx512m) unless BENCH_JAVA_OPTS says otherwise.
set -euo pipefail
main=${1:?the main class of the benchmark}
shift
cd "$(dirname "$0")/.."

if [[ -z "${SWB_NO_BUILD:-}" ]]; then
    mvn -B -q package -pl bench -am -DskipTests
fi
[[ -f bench/target/bench.classpath ]] || { echo "no build of the bench module: run without SWB_NO_BUILD" >&2; exit 1; }

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java -Xms512m -Xmx512m -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} \
    -Djava.util.logging.config.file=bench/logging.properties -Dorg.jboss.logging.provider=jdk \
    -cp "bench/target/classes:$(cat bench/target/bench.classpath)" \
    "$main" "$@"
