#!/usr/bin/env bash
# Benchmark: how long a deadlocked PBX takes to show as a FAILED PBX self test (SIP_SELF_TEST), in one JVM: the
# scripted PBX (AMI over asterisk-java through the real AMI link, and its SIP side over UDP) freezes at a random
# moment while the self test runs on the probe schedule with the production settings (SWB_HEALTH_PROBE_INTERVAL,
# SWB_HEALTH_PBX_TIMEOUT). Prints each round and min, median, mean and max; asserts nothing.
#
#   bench/health-detection.sh [ROUNDS]        default: 10 rounds
#
# Builds what it needs first (the bench module and the modules it depends on, tests skipped); set SWB_NO_BUILD=1
# to run the last build.
exec "$(dirname "$0")/in-process-bench.sh" org.switchboard.bench.HealthDetectionBench "$@"
