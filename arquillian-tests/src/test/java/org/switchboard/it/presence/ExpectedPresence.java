package org.switchboard.it.presence;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;

/**
 * The small reference model of the randomised test: the live logins the test made (and the phones registered at the
 * scripted PBX), in the order they stated a status, the phones in a call, the notes and attributes, and how many
 * UserOffline each user must have produced. The rule written out plainly; it knows nothing of versions, lanes or topics.
 */
final class ExpectedPresence {

    /** A live login as the test knows it: its key (what the test calls it), its user, its kind and statement. */
    record Login(String key, String user, LoginKind kind, Optional<PresenceStatus> status, long statedAt) {
    }

    /** What every watcher must see of a user: her status and note, and her attributes where it can show them. */
    record Seen(PresenceStatus status, String note, Map<String, String> attributes) {

        Seen {
            attributes = Map.copyOf(attributes);
        }

        /** What a watcher that cannot show attributes sees (the consoles, the SIP watchers). */
        Seen(PresenceStatus status, String note) {
            this(status, note, Map.of());
        }

        Seen withoutAttributes() {
            return new Seen(status, note);
        }

        @Override
        public String toString() {
            return status + (note.isEmpty() ? "" : " '" + note + "'")
                    + (attributes.isEmpty() ? "" : " " + new java.util.TreeMap<>(attributes));
        }
    }

    private final Map<String, Login> logins = new LinkedHashMap<>();
    private final Set<String> onThePhone = new HashSet<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, Integer> offline = new HashMap<>();
    private final Map<String, Integer> offlineByRestart = new HashMap<>();
    private long statements;

    void note(String user, String note) {
        notes.put(user, note);
    }

    /** Her attributes, all replaced (an empty map clears them); they survive restarts as notes do. */
    void attributes(String user, Map<String, String> attributes) {
        this.attributes.put(user, Map.copyOf(attributes));
    }

    void logIn(String key, String user, LoginKind kind, Optional<PresenceStatus> status) {
        logins.put(key, new Login(key, user, kind, status, ++statements));
    }

    void state(String key, PresenceStatus status) {
        Login login = logins.get(key);
        logins.put(key, new Login(key, login.user(), login.kind(), Optional.of(status), ++statements));
    }

    /** A login ended (log out, lease, lost session): her UserOffline is due when it was her last one. */
    void logOut(String key) {
        Login gone = logins.remove(key);
        if (gone != null && !online(gone.user())) {
            offline.merge(gone.user(), 1, Integer::sum);
        }
    }

    /** The logins {@code which} selects end, one by one in the order they were made. */
    List<Login> logOutAll(Predicate<Login> which) {
        List<Login> ending = logins.values().stream().filter(which).toList();
        ending.forEach(login -> logOut(login.key()));
        return ending;
    }

    /**
     * The presence service or the application restarted: the logins {@code dropped} selects are gone (passive logins
     * and publications are not rebuilt), the console logins that {@code restated} selects are announced again (stated
     * now, in their order). A user who lost every login so is owed a UserOffline (the service settles her after its
     * grace: her last login ended with the directory that held it); a user whose logins are announced again may get
     * one too, when they came back after the grace.
     */
    void restart(Predicate<Login> dropped, Predicate<Login> restated) {
        Set<String> before = users();
        logins.values().removeIf(dropped);
        for (Login login : List.copyOf(logins.values())) {
            if (restated.test(login)) {
                logins.put(login.key(), new Login(login.key(), login.user(), login.kind(), login.status(),
                        ++statements));
            }
        }
        before.forEach(user -> (online(user) ? offlineByRestart : offline).merge(user, 1, Integer::sum));
    }

    void phoneCall(String user, boolean inCall) {
        if (inCall) {
            onThePhone.add(user);
        } else {
            onThePhone.remove(user);
        }
    }

    void allCallsEnded() {
        onThePhone.clear();
    }

    /** The rule: no login, offline; else the latest statement (available without one); on the phone when available. */
    Seen expected(String user) {
        Login latest = null;
        boolean online = false;
        for (Login login : logins.values()) {
            if (login.user().equals(user)) {
                online = true;
                if (login.status().isPresent() && (latest == null || login.statedAt() > latest.statedAt())) {
                    latest = login;
                }
            }
        }
        PresenceStatus status = !online ? PresenceStatus.OFFLINE
                : latest == null ? PresenceStatus.AVAILABLE : latest.status().get();
        if (status == PresenceStatus.AVAILABLE && onThePhone.contains(user)) {
            status = PresenceStatus.ON_THE_PHONE;
        }
        return new Seen(status, notes.getOrDefault(user, ""), attributes.getOrDefault(user, Map.of()));
    }

    boolean online(String user) {
        return logins.values().stream().anyMatch(login -> login.user().equals(user));
    }

    /** How many live logins of each kind the user has. */
    Map<LoginKind, Integer> kinds(String user) {
        Map<LoginKind, Integer> kinds = new EnumMap<>(LoginKind.class);
        logins.values().stream().filter(login -> login.user().equals(user))
                .forEach(login -> kinds.merge(login.kind(), 1, Integer::sum));
        return kinds;
    }

    List<Login> logins(Predicate<Login> which) {
        return logins.values().stream().filter(which).toList();
    }

    Optional<Login> login(String key) {
        return Optional.ofNullable(logins.get(key));
    }

    boolean inCall(String user) {
        return onThePhone.contains(user);
    }

    /** The UserOffline due for the user: exactly this many, plus at most {@link #offlineByRestart} more. */
    int offline(String user) {
        return offline.getOrDefault(user, 0);
    }

    int offlineByRestart(String user) {
        return offlineByRestart.getOrDefault(user, 0);
    }

    private Set<String> users() {
        Set<String> users = new HashSet<>();
        logins.values().forEach(login -> users.add(login.user()));
        return users;
    }
}
