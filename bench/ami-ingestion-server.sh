#!/usr/bin/env bash
# Benchmark: AMI ingestion through the deployed server -- the scripted AMI server in this benchmark's JVM plays a
# busy demo office on 127.0.0.1, and the real server (WildFly from the last build, production logging level) takes
# it as its Asterisk: asterisk-java, the pump, the model, the log lines, the dispatcher, the CDR store on H2 and the
# CallEvents topic. Figures come over JMX: events/s at a steady offered load and at saturation, the pump's lag, how
# each domain-event consumer kept up, CDRs stored against calls ended, anomalies, the server's CPU per event and
# resident memory; then the same as answered calls are kept up in the server, up to thousands of live calls.
# Prints figures; asserts nothing.
#
#   bench/ami-ingestion-server.sh [RATE] [SECONDS] [SATURATION_EVENTS] [WARMUP_EVENTS] [LIVE_CALLS] [STEP]
#       defaults: 1000 events/s for 30 s, 100000 events at saturation, 20000 to warm up, 5000 live calls held
#       in steps of 1000
#
# Starts its own server from the last build (./start.sh --no-build; run ./start.sh or mvn -B verify first) with a
# port offset of 600 (SWB_BENCH_PORT_OFFSET) and a run directory under /tmp, and stops it by its pid when done;
# SWB_BENCH_KEEP_RUN_DIR=1 keeps that directory (server.log, H2 database) for a look afterwards.
# Builds the bench module first (tests skipped); SWB_NO_BUILD=1 runs the last build of it.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=wildfly-config/target/server/modules/system/layers/base

[[ -x wildfly-config/target/server/bin/standalone.sh && -f ear/target/switchboard.ear ]] \
    || { echo "no server build: run ./start.sh (or mvn -B verify) first" >&2; exit 1; }
if [[ -z "${SWB_NO_BUILD:-}" ]]; then
    mvn -B -q package -pl bench -am -DskipTests
fi
[[ -f bench/target/bench.classpath ]] || { echo "no build of the bench module: run without SWB_NO_BUILD" >&2; exit 1; }

# The JMX connector for remote+http, from the server's own modules (the provisioned server has no bin/client jar)
jmx_client=$(find "$modules"/org/jboss/remoting-jmx/main "$modules"/org/jboss/remoting/main \
    "$modules"/org/jboss/xnio/main "$modules"/org/jboss/xnio/nio/main "$modules"/org/jboss/marshalling/main \
    "$modules"/org/jboss/marshalling/river/main "$modules"/org/wildfly/security/elytron-base/main \
    "$modules"/org/wildfly/common/main "$modules"/org/wildfly/client/config/main "$modules"/org/jboss/threads/main \
    "$modules"/io/smallrye/common/*/main "$modules"/org/apache/sshd/main -name '*.jar' | tr '\n' ':')

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java -Xms256m -Xmx512m -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} \
    -Djava.util.logging.config.file=bench/logging.properties -Dorg.jboss.logging.provider=jdk \
    -cp "bench/target/classes:$(cat bench/target/bench.classpath):$jmx_client" \
    org.switchboard.bench.ServerIngestionBench "$@"
