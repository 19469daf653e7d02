#!/usr/bin/env bash
# Benchmark: the presence service alone, in one JVM without the container -- the real PresenceService, its model,
# its user and watcher lanes and the topics' codec, with a store in memory in place of JPA and one thread in place of
# the topics and their MDBs. Users 10000, 10001, ... online by their registered phones, watchers each watching all of
# them, and login changes (a passive login, then its log out, in turn) made by calling the service: changes/s, the
# call's time, and the time from the call to the first and to the last watcher told the user's new version (p50,
# p90, p99, max), at a steady rate, along a ramp, and at saturation; with this JVM's CPU and heap. Prints figures;
# asserts nothing. What it leaves out, next to bench/presence.sh: JPA, Artemis, the container, SIP and the consoles.
#
#   bench/presence-service.sh [USERS] [WATCHERS] [CHANGES_PER_S] [SECONDS] [RAMP] [STEP_SECONDS] [PHONES]
#       defaults: 10000 users, 20 watchers, 1000 changes/s for 30 s, ramp 1000,2000,4000,8000,16000 of 10 s each,
#       phones registered (unregistered: every user offline but for the benchmark's login, so each log out is a
#       UserOffline and each log in the alert of her next login, the seed's path)
#
# Builds what it needs first (tests skipped); SWB_NO_BUILD=1 runs the last build. -Xmx512m unless BENCH_JAVA_OPTS.
exec "$(dirname "$0")/in-process-bench.sh" org.switchboard.bench.PresenceServiceBench "$@"
