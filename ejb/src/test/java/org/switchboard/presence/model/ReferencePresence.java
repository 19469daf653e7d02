package org.switchboard.presence.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tiny reference model of presence the randomised test checks the real parts against: the set of live logins
 * with their stated statuses and times, the busy phones and the notes, and the rule written out again as
 * plainly as possible. It knows nothing of versions, events, alerts or watchers.
 */
final class ReferencePresence {

    /** One live login as the reference sees it. */
    record Login(UserId user, LoginKind kind, String key, String origin, Optional<PresenceStatus> status,
            Instant statedAt, Instant leaseEnds, Duration lease) {

        LoginId id() {
            return LoginId.of(kind, key);
        }
    }

    /** What a watcher must see of a user: everything but the version and the time. */
    record Facts(PresenceStatus status, String note, Map<String, String> attributes, boolean onPhone) {

        static Facts of(Presence presence) {
            return new Facts(presence.status(), presence.note(), presence.attributes(), presence.onPhone());
        }
    }

    private final Map<LoginId, Login> logins = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    private final Set<String> busyPhones = new HashSet<>();
    private final Map<UserId, String> notes = new HashMap<>();
    private final Map<UserId, Map<String, String>> attributes = new HashMap<>();

    void logIn(UserId user, LoginKind kind, String key, String origin, Optional<PresenceStatus> status,
            Duration lease, Instant now) {
        Login login = new Login(user, kind, key, origin, status, now, now.plus(lease), lease);
        logins.put(login.id(), login);
    }

    void logOut(LoginId id) {
        logins.remove(id);
    }

    void state(LoginId id, Optional<PresenceStatus> status, Instant now) {
        Login old = logins.get(id);
        logins.put(id, new Login(old.user(), old.kind(), old.key(), old.origin(), status, now, old.leaseEnds(),
                old.lease()));
    }

    void renew(LoginId id, Instant now) {
        Login old = logins.get(id);
        logins.put(id, new Login(old.user(), old.kind(), old.key(), old.origin(), old.status(), old.statedAt(),
                now.plus(old.lease()), old.lease()));
    }

    /** The logins whose lease ran out die silently. */
    void expire(Instant now) {
        logins.values().removeIf(login -> !login.leaseEnds().isAfter(now));
    }

    void logOutAll(String origin) {
        logins.values().removeIf(login -> login.origin().equals(origin));
    }

    /**
     * The presence service restarted: only the logins whose sources announce them again come back (consoles and
     * phones), stated now; passive logins and publications are gone until their clients log in again.
     */
    List<Login> restart(Instant now) {
        List<Login> back = new ArrayList<>();
        for (Login login : List.copyOf(logins.values())) {
            if (login.kind() == LoginKind.CONSOLE || login.kind() == LoginKind.PHONE) {
                Login rebuilt = new Login(login.user(), login.kind(), login.key(), login.origin(), login.status(), now,
                        now.plus(login.lease()), login.lease());
                logins.put(login.id(), rebuilt);
                back.add(rebuilt);
            } else {
                logins.remove(login.id());
            }
        }
        return back;
    }

    void phone(String device, boolean busy) {
        if (busy) {
            busyPhones.add(device);
        } else {
            busyPhones.remove(device);
        }
    }

    void note(UserId user, String note) {
        notes.put(user, note);
    }

    void attributes(UserId user, Map<String, String> values) {
        attributes.put(user, Map.copyOf(values));
    }

    /** The rule of the issue, written out again. */
    Facts expected(UserId user) {
        boolean onPhone = busyPhones.contains("PJSIP/" + user.value());
        Login latest = null;
        boolean online = false;
        for (Login login : logins.values()) {
            if (!login.user().equals(user)) {
                continue;
            }
            online = true;
            if (login.status().isPresent() && (latest == null || !login.statedAt().isBefore(latest.statedAt()))) {
                latest = login; // ascending ids: on a tie in time the greater id comes later and wins
            }
        }
        PresenceStatus status;
        if (!online) {
            status = PresenceStatus.OFFLINE;
        } else {
            status = latest == null ? PresenceStatus.AVAILABLE : latest.status().get();
            if (status == PresenceStatus.AVAILABLE && onPhone) {
                status = PresenceStatus.ON_THE_PHONE;
            }
        }
        return new Facts(status, notes.getOrDefault(user, ""), attributes.getOrDefault(user, Map.of()), onPhone);
    }

    boolean online(UserId user) {
        return logins.values().stream().anyMatch(login -> login.user().equals(user));
    }

    List<Login> logins() {
        return List.copyOf(logins.values());
    }

    Set<String> busyPhones() {
        return Set.copyOf(busyPhones);
    }
}
