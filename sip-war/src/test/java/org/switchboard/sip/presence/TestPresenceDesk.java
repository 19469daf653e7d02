package org.switchboard.sip.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.Watcher;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;

/**
 * The presence desk as the SIP side sees it, for component tests without the container: users' presence set by the
 * test (each change a new version, told to the user's watchers on one lane, off the caller's thread), the logins
 * the SIP side makes kept as made, and the calls it makes recorded. It stands in for the presence service, which
 * needs the container; the service's own tests and the ITs cover it.
 */
public final class TestPresenceDesk implements PresenceDesk {

    private final Map<UserId, Presence> presences = new ConcurrentHashMap<>();
    private final Map<LoginId, PresenceLogin> logins = new ConcurrentHashMap<>();
    private final Map<WatcherId, Watcher> watchers = new ConcurrentHashMap<>();
    private final Map<WatcherId, Set<UserId>> watched = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<UserId, String> notes = new ConcurrentHashMap<>();
    private final ExecutorService lane = Executors.newSingleThreadExecutor();

    /** Sets a user's presence (a new version) and tells her watchers. */
    public Presence set(String user, PresenceStatus status, String note) {
        UserId id = new UserId(user);
        Presence next = presences.compute(id, (u, before) -> new Presence(u, status, note, Map.of(),
                status == PresenceStatus.ON_THE_PHONE, before == null ? 1 : before.version() + 1, Instant.now()));
        watchers.forEach((watcherId, watcher) -> {
            if (watched.getOrDefault(watcherId, Set.of()).contains(id)) {
                lane.execute(() -> watcher.presenceChanged(next));
            }
        });
        return next;
    }

    @Override
    public PresenceLogin logIn(UserId user, LoginKind kind, String key, String origin,
            Optional<PresenceStatus> status, Duration lease) {
        PresenceLogin login = new PresenceLogin(LoginId.of(kind, key), user, kind, origin, status, Instant.now(),
                Instant.now().plus(lease));
        logins.put(login.id(), login);
        calls.add("logIn " + login.id() + " " + status.map(Enum::name).orElse("-") + " " + lease.toSeconds());
        return login;
    }

    @Override
    public Optional<PresenceLogin> keepAlive(LoginId login) {
        calls.add("keepAlive " + login);
        return Optional.ofNullable(logins.get(login));
    }

    @Override
    public Optional<PresenceLogin> changeStatus(LoginId login, Optional<PresenceStatus> status) {
        calls.add("changeStatus " + login);
        return Optional.ofNullable(logins.get(login));
    }

    @Override
    public boolean logOut(LoginId login, String reason) {
        calls.add("logOut " + login);
        return logins.remove(login) != null;
    }

    /** Drops every login, as a restarted presence service does. */
    void forgetLogins() {
        logins.clear();
    }

    /** Drops every login and watch, as a restarted presence service does. */
    void restart() {
        logins.clear();
        watchers.clear();
        watched.clear();
    }

    @Override
    public int logOutAll(String origin, String reason) {
        List<PresenceLogin> from = loginsFrom(origin);
        from.forEach(login -> logins.remove(login.id()));
        return from.size();
    }

    @Override
    public List<PresenceLogin> logins(UserId user) {
        return logins.values().stream().filter(login -> login.user().equals(user)).toList();
    }

    @Override
    public List<PresenceLogin> loginsFrom(String origin) {
        return logins.values().stream().filter(login -> login.origin().equals(origin)).toList();
    }

    @Override
    public Presence fetch(UserId user) {
        return presences.getOrDefault(user, Presence.unknown(user, Instant.now()));
    }

    @Override
    public Presence setNote(UserId user, String note) {
        notes.put(user, note);
        calls.add("setNote " + user + " " + note);
        return fetch(user);
    }

    @Override
    public Presence setAttributes(UserId user, Map<String, String> attributes) {
        return fetch(user);
    }

    @Override
    public void watch(Watcher watcher, Collection<UserId> users) {
        watchers.put(watcher.id(), watcher);
        watched.computeIfAbsent(watcher.id(), id -> ConcurrentHashMap.newKeySet()).addAll(users);
        for (UserId user : users) {
            Presence now = fetch(user);
            lane.execute(() -> watcher.presenceChanged(now));
        }
    }

    @Override
    public void unwatch(WatcherId watcher, Collection<UserId> users) {
        watched.getOrDefault(watcher, Set.of()).removeAll(users);
    }

    @Override
    public void unwatchAll(WatcherId watcher) {
        watchers.remove(watcher);
        watched.remove(watcher);
        calls.add("unwatchAll " + watcher);
    }

    @Override
    public List<WatcherId> watchersOf(UserId user) {
        List<WatcherId> of = new ArrayList<>();
        watched.forEach((watcher, users) -> {
            if (users.contains(user)) {
                of.add(watcher);
            }
        });
        return of;
    }

    void close() {
        lane.shutdownNow();
    }
}
