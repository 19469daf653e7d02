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
# Builds the bench module first (tests skipped); SWB_NO_BUILD=1 runs the last build of it (see server-bench.sh).
exec "$(dirname "$0")/server-bench.sh" org.switchboard.bench.ServerIngestionBench "$@"
