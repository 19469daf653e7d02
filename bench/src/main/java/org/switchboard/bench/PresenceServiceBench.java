package org.switchboard.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;
import org.switchboard.presence.RunningPresence;
import org.switchboard.presence.Watcher;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;

/**
 * The presence service alone, in this JVM ({@link RunningPresence#forBenchmark}, the tests' running service: the real
 * service and model, its user and watcher lanes and store stage, the topics' codec on one thread, a store in memory,
 * JDK executors of {@value #THREADS} threads; no JPA, no Artemis, no container, no SIP): users 10000, 10001, ... online by
 * their registered phones (or offline: phones not registered, so that each log in brings her online and each log
 * out sends her offline, the seed's path of UserOffline and the alert of her next login), watchers each watching all
 * of them, and login changes (a passive login, then its log out, in turn) made by calling the service: the time from the call to the first and to the last watcher having
 * been called with the user's new version, at a steady rate, along a ramp, and at saturation. Prints; asserts
 * nothing. Started by {@code bench/presence-service.sh}.
 *
 * <p>Arguments, all optional, in order: users [10000], watchers [20], changes per second [1000], seconds of that
 * run [30], the ramp's rates, comma-separated [1000,2000,4000,8000,16000], seconds of each ramp step [10], the
 * users' phones {@code registered} or {@code unregistered} [registered].
 */
public final class PresenceServiceBench {

    private static final int WARM_UP_SECONDS = 10;
    private static final int SENDERS = 64;
    private static final int SATURATION_SENDERS = 16;
    private static final long SETTLE_MINUTES = 5;
    /** The pool the service's lanes run on, in place of the container's managed executor. */
    private static final int THREADS = 16;

    private PresenceServiceBench() {
    }

    /** A watcher that tells the tracker each presence it is called with. */
    private record Counted(WatcherId id, int index, PresenceTracker tracker) implements Watcher {
        @Override
        public void presenceChanged(Presence presence) {
            tracker.seen(index, presence.user().value(), presence.version(), System.nanoTime());
        }
    }

    public static void main(String[] args) throws Exception {
        int users = AmiIngestionBench.intArg(args, 0, 10_000);
        int watchers = AmiIngestionBench.intArg(args, 1, 20);
        int rate = AmiIngestionBench.intArg(args, 2, 1_000);
        int seconds = AmiIngestionBench.intArg(args, 3, 30);
        List<Integer> ramp = Arrays.stream((args.length > 4 ? args[4] : "1000,2000,4000,8000,16000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        int stepSeconds = AmiIngestionBench.intArg(args, 5, 10);
        boolean registered = args.length <= 6 || !args[6].strip().equals("unregistered");
        int first = DemoOffice.FIRST_COLLEAGUE;
        System.out.printf("%d cores, load average %s; the presence service, its watchers and the driver share them%n",
                Runtime.getRuntime().availableProcessors(), ServerLoad.loadAverage());
        List<String> devices = IntStream.range(first, first + users).mapToObj(user -> "PJSIP/" + user).toList();
        System.out.println(registered ? "Every user's phone is registered: she is online, each change a login or log"
                + " out beside it" : "No phone is registered: each log in brings a user online, each log out sends"
                + " her offline (UserOffline, then the alert of her next login)");
        Registration registration = registered ? Registration.REGISTERED : Registration.UNREGISTERED;
        List<Phone> phones = devices.stream().map(device -> new Phone(device, PhoneStatus.IDLE, DeviceState.NOT_INUSE,
                registration, Optional.empty())).toList();
        try (RunningPresence running = RunningPresence.forBenchmark(phones, THREADS)) {
            awaitLogins(running, registered ? users : 0);
            PresenceTracker tracker = new PresenceTracker(first, users, watchers);
            List<UserId> all = devices.stream().map(UserId::ofPhone).map(Optional::orElseThrow).toList();
            long start = System.nanoTime();
            for (int i = 0; i < watchers; i++) {
                running.service.watch(new Counted(new WatcherId("bench:" + i), i, tracker), all);
            }
            while (tracker.listedByAll() < users && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1)) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            System.out.printf("%d watchers watch %,d users each; every watcher was told all of them %.2f s after the"
                    + " first watch%n", watchers, tracker.listedByAll(), (System.nanoTime() - start) / 1e9);
            PresenceLoad load = new PresenceLoad(tracker, "watchers' callbacks", JvmFigures::new);
            try (DeskLoginChanges calls = new DeskLoginChanges(running.service, users)) {
                load.offered(String.format("warm-up: %,d changes/s for %d s (figures for the record only)", rate,
                        WARM_UP_SECONDS), calls, rate, WARM_UP_SECONDS, SENDERS);
                load.offered(String.format("(1) %,d login changes/s for %d s", rate, seconds), calls, rate, seconds,
                        SENDERS);
                load.ramp("(2) ramp", calls, ramp, stepSeconds, SENDERS);
                load.saturated(String.format("(3) saturation: %d callers, each makes its next change when the previous"
                        + " one returned, for %d s", SATURATION_SENDERS, seconds), calls, seconds, SATURATION_SENDERS,
                        1_000_000);
            }
        }
    }

    /** Every user's phone logged in (the service reconciles the PBX picture as it starts). */
    private static void awaitLogins(RunningPresence running, int users) throws InterruptedException {
        long start = System.nanoTime();
        while (running.service.counts().logins() < users && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(SETTLE_MINUTES)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        System.out.printf("The service started and logged %,d phones in within %.2f s%n",
                running.service.counts().logins(),
                (System.nanoTime() - start) / 1e9);
    }
}
