package org.switchboard.presence.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.switchboard.phone.model.PhoneStatus;

/**
 * Each user's presence, derived by {@link PresenceRule} from her live logins in the {@link OnlineDirectory} and her
 * phones' statuses, with her note and attributes and a version that grows by one with every change. Every method
 * that changes something returns the events to store and then publish, in their order:
 * <ul>
 * <li>{@link UserOffline} exactly when a change ends her last live login, whatever the statuses were;</li>
 * <li>{@link PresenceChanged} on every login and log out of the user (so that the subscription manager and the
 * watchers are driven by every one of them), and on every change of the derived presence (status, note,
 * attributes, on the phone).</li>
 * </ul>
 * A change of the directory must be applied after the directory made it and before the user's next change (the
 * service runs both on the user's lane). Thread-safe (each method is atomic). No I/O, no clock.
 */
public final class StatusProvider {

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 1024;
    /** The most attributes a user has. */
    public static final int MAX_ATTRIBUTES = 32;
    /** The longest attribute name; a name is never blank. */
    public static final int MAX_ATTRIBUTE_NAME = 64;
    /** The longest attribute value. */
    public static final int MAX_ATTRIBUTE_VALUE = 1024;

    private static final Comparator<UserId> BY_ID = Comparator.comparing(UserId::value);

    private final OnlineDirectory directory;
    private final Map<UserId, UserPresence> users = new HashMap<>();

    public StatusProvider(OnlineDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Seeds a user's presence from what was stored (note, attributes, version, and the presence watchers were last
     * told), when the provider starts again. Her derived presence is published by the next change of hers, or by
     * {@link #settle} once the sources have announced their logins again.
     */
    public synchronized void restore(Presence stored) {
        users.put(stored.user(), UserPresence.restored(stored));
    }

    /**
     * Publishes, for each restored user not changed since, her derived presence when it differs from the stored
     * one (her logins did not all come back): the service calls it once the sources announced their logins again.
     */
    public synchronized List<PresenceEvent> settle(Instant now) {
        List<PresenceEvent> events = new ArrayList<>();
        users.values().stream().filter(UserPresence::unsettled).map(state -> state.user).sorted(
                (a, b) -> a.value().compareTo(b.value()))
                .forEach(user -> events.addAll(settled(user, now)));
        return events;
    }

    /**
     * As {@link #settle(Instant)} for one user, so that the service can settle each user on her own lane: her derived
     * presence when she was restored, not changed since, and it differs from the stored one; else nothing.
     */
    public synchronized List<PresenceEvent> settle(UserId user, Instant now) {
        UserPresence state = users.get(user);
        if (state == null || !state.unsettled()) {
            return List.of();
        }
        return settled(user, now);
    }

    /** A restored user settled: her derived presence when it differs from the stored one. */
    private List<PresenceEvent> settled(UserId user, Instant now) {
        return publishIfChanged(user, "restart", now);
    }

    /** Applies a change the directory made; the events to store and publish, in order (may be none). */
    public synchronized List<PresenceEvent> apply(DirectoryChange change, Instant now) {
        UserId user = change.user();
        PresenceLogin login = change.login();
        return switch (change.kind()) {
            case LOGGED_IN -> List.of(publish(user, "login " + login.id(), now));
            case STATUS_STATED -> publishIfChanged(user, "status " + login.id(), now);
            case LEASE_RENEWED -> List.of();
            case LOGGED_OUT -> loggedOut((LoggedOut) change, now);
        };
    }

    /** Applies several changes in their order. */
    public synchronized List<PresenceEvent> applyAll(Collection<? extends DirectoryChange> changes, Instant now) {
        List<PresenceEvent> events = new ArrayList<>();
        changes.forEach(change -> events.addAll(apply(change, now)));
        return events;
    }

    private List<PresenceEvent> loggedOut(LoggedOut out, Instant now) {
        UserId user = out.user();
        PresenceChanged changed = publish(user, "logout " + out.login().id() + " (" + out.reason() + ")", now);
        if (out.lastOfUser() && changed.presence().status() == PresenceStatus.OFFLINE) {
            UserOffline offline = new UserOffline(changed.presence(), out.login().id(), out.login().kind(), out.at());
            return List.of(offline, changed);
        }
        return List.of(changed);
    }

    /**
     * Call management's status of a phone ({@code PJSIP/201} is user 201's); nothing for a device that is no user's
     * phone.
     */
    public synchronized List<PresenceEvent> phoneStatus(String device, PhoneStatus status, Instant now) {
        Optional<UserId> owner = UserId.ofPhone(device);
        if (owner.isEmpty()) {
            return List.of();
        }
        UserId user = owner.get();
        state(user).phone(device, status);
        return publishIfChanged(user, "phone " + device + " " + status, now);
    }

    /**
     * Call management's whole picture of the phones that are not idle (after the PBX connection came back, and
     * every minute): every phone it does not list is idle. The events of every user whose presence changed.
     */
    public synchronized List<PresenceEvent> reconcilePhones(Map<String, PhoneStatus> notIdle, Instant now) {
        Map<UserId, Map<String, PhoneStatus>> byUser = new TreeMap<>(BY_ID);
        notIdle.forEach((device, status) -> UserId.ofPhone(device)
                .ifPresent(user -> byUser.computeIfAbsent(user, ignored -> new HashMap<>()).put(device, status)));
        users.values().stream().filter(state -> !state.phones.isEmpty())
                .forEach(state -> byUser.putIfAbsent(state.user, Map.of()));
        List<PresenceEvent> events = new ArrayList<>();
        byUser.forEach((user, phones) -> {
            UserPresence state = state(user);
            state.phones.clear();
            phones.forEach(state::phone);
            events.addAll(publishIfChanged(user, "phones reconciled", now));
        });
        return events;
    }

    /**
     * Sets her free-text note (empty clears it).
     *
     * @throws IllegalArgumentException for a note longer than {@link #MAX_NOTE}
     */
    public synchronized List<PresenceEvent> setNote(UserId user, String note, Instant now) {
        Objects.requireNonNull(note, "note");
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note is at most " + MAX_NOTE + " characters, not " + note.length());
        }
        state(user).note = note;
        return publishIfChanged(user, "note", now);
    }

    /**
     * Replaces her attributes.
     *
     * @throws IllegalArgumentException for too many attributes, a blank or long name, or a long value
     */
    public synchronized List<PresenceEvent> setAttributes(UserId user, Map<String, String> attributes, Instant now) {
        checkAttributes(attributes);
        state(user).attributes = Map.copyOf(attributes);
        return publishIfChanged(user, "attributes", now);
    }

    /** Her presence now: offline with version 0 for a user never seen. */
    public synchronized Presence presence(UserId user) {
        UserPresence state = users.get(user);
        return state == null ? Presence.unknown(user, Instant.EPOCH) : state.published;
    }

    /** The users the provider knows (seen or restored). */
    public synchronized Set<UserId> users() {
        return Set.copyOf(users.keySet());
    }

    private List<PresenceEvent> publishIfChanged(UserId user, String cause, Instant now) {
        UserPresence state = state(user);
        Presence derived = derive(state, now);
        if (sameFacts(derived, state.published)) {
            state.settle();
            return List.of();
        }
        PresenceStatus before = state.published.status();
        PresenceChanged changed = publish(user, cause, now);
        if (before != PresenceStatus.OFFLINE && changed.presence().status() == PresenceStatus.OFFLINE) {
            // no log out took her last login (a log out says UserOffline itself): her logins were lost with a
            // restart of the directory that held them, and did not come back
            return List.of(UserOffline.lostWithRestart(changed.presence(), now), changed);
        }
        return List.of(changed);
    }

    private PresenceChanged publish(UserId user, String cause, Instant now) {
        UserPresence state = state(user);
        Presence derived = derive(state, now);
        state.published = new Presence(user, derived.status(), derived.note(), derived.attributes(),
                derived.onPhone(), state.published.version() + 1, now);
        state.settle();
        return new PresenceChanged(state.published, cause);
    }

    private Presence derive(UserPresence state, Instant now) {
        boolean onPhone = PresenceRule.onPhone(state.phones.values());
        PresenceStatus status = PresenceRule.status(directory.logins(state.user), onPhone);
        return new Presence(state.user, status, state.note, state.attributes, onPhone, state.published.version(),
                now);
    }

    private static boolean sameFacts(Presence a, Presence b) {
        return a.status() == b.status() && a.note().equals(b.note()) && a.attributes().equals(b.attributes())
                && a.onPhone() == b.onPhone();
    }

    private UserPresence state(UserId user) {
        return users.computeIfAbsent(user, UserPresence::new);
    }

    private static void checkAttributes(Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("at most " + MAX_ATTRIBUTES + " attributes, not " + attributes.size());
        }
        attributes.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > MAX_ATTRIBUTE_NAME) {
                throw new IllegalArgumentException("an attribute name is 1 to " + MAX_ATTRIBUTE_NAME
                        + " characters, not '" + name + "'");
            }
            if (value == null || value.length() > MAX_ATTRIBUTE_VALUE) {
                throw new IllegalArgumentException("attribute " + name + " needs a value of at most "
                        + MAX_ATTRIBUTE_VALUE + " characters");
            }
        });
    }

    /** What the provider keeps of one user. */
    private static final class UserPresence {

        private final UserId user;
        private final Map<String, PhoneStatus> phones = new HashMap<>();
        private String note = "";
        private Map<String, String> attributes = Map.of();
        private Presence published;
        private boolean unsettled;

        private UserPresence(UserId user) {
            this.user = user;
            this.published = Presence.unknown(user, Instant.EPOCH);
        }

        static UserPresence restored(Presence stored) {
            UserPresence state = new UserPresence(stored.user());
            state.note = stored.note();
            state.attributes = stored.attributes();
            state.published = stored;
            state.unsettled = true;
            return state;
        }

        void phone(String device, PhoneStatus status) {
            if (status == PhoneStatus.IDLE) {
                phones.remove(device);
            } else {
                phones.put(device, status);
            }
        }

        boolean unsettled() {
            return unsettled;
        }

        void settle() {
            unsettled = false;
        }
    }
}
