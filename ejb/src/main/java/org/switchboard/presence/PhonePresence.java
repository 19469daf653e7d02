package org.switchboard.presence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;
import org.switchboard.presence.model.LoginClaim;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.UserId;

/**
 * The PHONE source of the online directory: a registered phone is a login of its user ({@code PJSIP/201} is user
 * 201's; key and origin are the device) and carries no status; call management's phone status says whether she is
 * on the phone. Each change runs on the user's lane. A phone's status changes are coalesced: under a burst (ringing,
 * busy, idle) one task takes the newest. The logins are compared with the PBX picture when it is rebuilt and every
 * reconcile period, which also renews their leases; a stale picture is not trusted (the leases keep running).
 */
final class PhonePresence {

    /** How many devices a reconcile queues on the users' lanes at once. */
    static final int CHUNK = 256;

    private final PresenceWork work;
    private final Supplier<List<Phone>> phones;
    private final BooleanSupplier stale;
    private final Duration lease;
    private final ConcurrentMap<String, PhoneStatus> pendingStatus = new ConcurrentHashMap<>();

    PhonePresence(PresenceWork work, Supplier<List<Phone>> phones, BooleanSupplier stale, Duration lease) {
        this.work = work;
        this.phones = phones;
        this.stale = stale;
        this.lease = lease;
    }

    /** A phone registered, or lost its last registration. */
    void registration(String device, boolean registered) {
        UserId.ofPhone(device).ifPresent(user -> work.later(user, "a phone registration", in -> {
            var now = work.clock().instant();
            if (registered) {
                work.applied(in, List.of(in.directory().logIn(user, LoginKind.PHONE, device, device,
                        Optional.empty(), lease, now)));
            } else {
                in.directory().logOut(LoginId.of(LoginKind.PHONE, device), "the phone unregistered", now)
                        .ifPresent(out -> work.applied(in, List.of(out)));
            }
        }));
    }

    /** Call management's status of a phone; coalesced per device. */
    void status(String device, PhoneStatus status) {
        Optional<UserId> user = UserId.ofPhone(device);
        if (user.isEmpty() || pendingStatus.put(device, status) != null) {
            return; // a task for this device waits already and will take the newest
        }
        boolean queued = work.later(user.get(), "a phone status", in -> {
            PhoneStatus newest = pendingStatus.remove(device);
            if (newest != null) {
                work.broadcast(in, in.provider().phoneStatus(device, newest, work.clock().instant()));
            }
        });
        if (!queued) {
            pendingStatus.remove(device);
        }
    }

    /**
     * Makes the phones' logins and statuses what the PBX picture shows, device by device on each user's lane:
     * registered phones logged in (their leases renewed), the others logged out.
     */
    void reconcile(String why) {
        if (stale.getAsBoolean()) {
            PresenceLog.LOG.phonesNotReconciled(why);
            return;
        }
        Map<String, Phone> pictured = phones.get().stream().filter(phone -> UserId.ofPhone(phone.device()).isPresent())
                .collect(Collectors.toMap(Phone::device, Function.identity(), (a, b) -> a));
        TreeSet<String> loggedIn = new TreeSet<>();
        PresenceState in = work.state();
        for (UserId user : in.directory().usersOnline()) {
            in.directory().logins(user).stream().filter(login -> login.kind() == LoginKind.PHONE)
                    .forEach(login -> loggedIn.add(login.origin()));
        }
        TreeSet<String> devices = new TreeSet<>(pictured.keySet());
        devices.addAll(loggedIn);
        reconcileFrom(List.copyOf(devices), pictured, 0);
        long registered = pictured.values().stream().filter(PhonePresence::registered).count();
        long ending = loggedIn.stream().filter(device -> !Optional.ofNullable(pictured.get(device))
                .map(PhonePresence::registered).orElse(false)).count();
        PresenceLog.LOG.phonesReconciled(why, (int) registered, (int) ending);
    }

    /**
     * Queues the reconcile of {@link #CHUNK} devices from {@code from}; the last of them to finish queues the next
     * chunk. The users' lanes take keys in turn, so 10,000 phones queued at once would make every other change of
     * presence wait behind them (seconds, every reconcile period); a chunk at a time lets them in between.
     */
    private void reconcileFrom(List<String> devices, Map<String, Phone> pictured, int from) {
        int to = Math.min(devices.size(), from + CHUNK);
        AtomicInteger left = new AtomicInteger(to - from);
        Runnable done = () -> {
            if (left.decrementAndGet() == 0 && to < devices.size()) {
                reconcileFrom(devices, pictured, to);
            }
        };
        for (String device : devices.subList(from, to)) {
            if (!reconcile(device, Optional.ofNullable(pictured.get(device)), done)) {
                done.run(); // her lane is full (logged): the next reconcile period tries again
            }
        }
    }

    private boolean reconcile(String device, Optional<Phone> phone, Runnable done) {
        UserId user = UserId.ofPhone(device).orElseThrow();
        return work.later(user, "a phone reconcile", in -> {
            try {
                var now = work.clock().instant();
                List<LoginClaim> live = phone.filter(PhonePresence::registered)
                        .map(p -> List.of(new LoginClaim(user, device, device, Optional.empty(), lease)))
                        .orElse(List.of());
                work.applied(in, in.directory().reconcile(LoginKind.PHONE, device, live, now).changes());
                if (!pendingStatus.containsKey(device)) {
                    PhoneStatus status = phone.map(Phone::status).orElse(PhoneStatus.IDLE);
                    work.broadcast(in, in.provider().phoneStatus(device, status, now));
                }
            } finally {
                done.run();
            }
        });
    }

    private static boolean registered(Phone phone) {
        return phone.registration() == Registration.REGISTERED;
    }
}
