#!/usr/bin/env bash
# Benchmark: presence through the deployed server. The scripted AMI server in this benchmark's JVM is the server's
# Asterisk: the demo office plus one desk per receptionist and one registered phone per colleague (10000, 10001,
# ...), so every colleague is online by her phone's login. The receptionists' accounts are created over JMX and one
# console test client per receptionist logs in over its own TCP connection asking for presence: each session
# watches the user of every phone it shows, all the colleagues. Then login changes of the colleagues in turn (a
# passive login, then its log out) through the real presence service, its JPA store, the PresenceChanged topic and
# the MDBs, to the consoles' PRESENCE updates:
#   (1) at a steady rate over JMX (the operators' passive log in and log out, the same service calls as the REST
#       API's without its per-request password check): changes/s, the request's round trip, and the time from the
#       request sent to the first and to the last console having read the user's new version (p50, p90, p99, max);
#   (2) a ramp of rates over JMX, up to the first one not sustained;
#   (3) the REST API for CTI servers (HTTP Basic, status away), at saturation and at half of it;
# each with the server JVM's CPU, heap and collections. Prints figures; asserts nothing.
#
#   bench/presence.sh [COLLEAGUES] [RECEPTIONISTS] [CHANGES_PER_S] [SECONDS] [RAMP] [STEP_SECONDS] [REST_SECONDS]
#       defaults: 10000 colleagues, 20 receptionists, 1000 changes/s for 30 s, ramp 250,500,1000,1500,2000,3000
#       changes/s of 10 s each, REST runs of 15 s
#
# Starts its own server from the last build like ami-ingestion-server.sh (port offset 600, SWB_BENCH_PORT_OFFSET;
# SWB_BENCH_KEEP_RUN_DIR=1 keeps its logs); builds the bench module first, SWB_NO_BUILD=1 runs the last build.
exec "$(dirname "$0")/server-bench.sh" org.switchboard.bench.PresenceBench "$@"
