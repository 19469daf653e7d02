#!/usr/bin/env bash
# Benchmark: AMI events through the real ingestion pipeline in one JVM -- the scripted AMI server playing a busy
# demo office on 127.0.0.1, asterisk-java's reader, our bounded pump, the translator and the PbxMirror -- at a
# steady offered load and at saturation, with latencies from emission to the model; then the mirror's memory per
# 1,000 live calls. Prints figures; asserts nothing.
#
#   bench/ami-ingestion.sh [RATE] [SECONDS] [SATURATION_EVENTS] [WARMUP_EVENTS] [LIVE_CALLS]
#       defaults: 1000 events/s for 30 s, 200000 events at saturation, 50000 to warm up, 1000,5000 live calls
#
# Builds what it needs first (the bench module and the modules it depends on, tests skipped); set SWB_NO_BUILD=1
# to run the last build. The JVM gets the server's heap (-Xmx512m) unless BENCH_JAVA_OPTS says otherwise.
exec "$(dirname "$0")/in-process-bench.sh" org.switchboard.bench.AmiIngestionBench "$@"
