#!/usr/bin/env bash
# Benchmark: console sessions over SIP MESSAGE through the deployed server. The scripted AMI server in this
# benchmark's JVM is the server's Asterisk (the demo office plus one desk per receptionist: phones 301.., personal
# queues PersonalQueue301..); the receptionists' accounts are created over JMX, and one console test client per
# receptionist logs in (paused) over its own TCP connection, with a call waiting in her personal queue.
#   (1) NOTE commands on that call at a steady offered rate, then at saturation: commands/s answered, the SIP
#       round trip (p50, p90, p99, max) and the time from the command to its STATE update;
#   (2) the demo office day at a steady AMI event rate while probe calls join the desks' personal queues: the
#       time from the PBX writing a probe call to the desk's client reading the STATE that lists it, and the
#       server's AMI pipeline figures;
# each with the server JVM's CPU, heap and collections. Prints figures; asserts nothing.
#
#   bench/console-sessions.sh [RECEPTIONISTS] [COMMANDS_PER_S] [SECONDS] [SATURATION_SECONDS] [EVENTS_PER_S]
#                             [PROBES_PER_S] [GENERAL_QUEUES]
#       defaults: 50 receptionists, 500 commands/s, runs of 30 s, 20 s at saturation, 1000 AMI events/s,
#       20 probe calls/s, general queue GeneralQueue (none: only their personal queues)
#
# Starts its own server from the last build like ami-ingestion-server.sh (port offset 600, SWB_BENCH_PORT_OFFSET;
# SWB_BENCH_KEEP_RUN_DIR=1 keeps its logs); builds the bench module first, SWB_NO_BUILD=1 runs the last build.
exec "$(dirname "$0")/server-bench.sh" org.switchboard.bench.ConsoleSessionsBench "$@"
