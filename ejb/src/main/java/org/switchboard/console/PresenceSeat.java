package org.switchboard.console;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.switchboard.presence.Watcher;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;

/**
 * One console session's place in presence: its console login (her user, the status she stated) and its watch of the
 * colleagues whose phones the session shows, with what it last sent of each. The presence service calls
 * {@link #presenceChanged} on the watcher's lane; the changes wait in {@link #arrived} for the session's own lane,
 * which alone touches the rest, but for the status she stated, which the session's presence lane reads.
 */
final class PresenceSeat implements Watcher {

    private final Desk desk;
    private final WatcherId id;
    private final LoginId login;
    private final Optional<UserId> user;
    private final Runnable changesArrived;
    private final Map<UserId, Presence> arrived = new ConcurrentHashMap<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Set<UserId> watched = new HashSet<>();
    private final Map<UserId, Long> sent = new HashMap<>();
    private volatile PresenceStatus stated = PresenceStatus.AVAILABLE;
    private boolean wanted;
    private ScheduledFuture<?> renewal;

    /** @param changesArrived schedules a flush on the session's lane; called once until {@link #takeArrived()} */
    PresenceSeat(Desk desk, Optional<UserId> user, Runnable changesArrived) {
        this.desk = desk;
        this.id = new WatcherId("console:" + desk.id());
        this.login = LoginId.of(LoginKind.CONSOLE, desk.id());
        this.user = user;
        this.changesArrived = changesArrived;
    }

    @Override
    public WatcherId id() {
        return id;
    }

    /** Keeps the newest presence of the user until the session's lane sends it; never blocks. */
    @Override
    public void presenceChanged(Presence presence) {
        arrived.merge(presence.user(), presence, (old, newer) -> newer.newerThan(old) ? newer : old);
        if (flushScheduled.compareAndSet(false, true)) {
            changesArrived.run();
        }
    }

    /** The changes arrived since the last flush, forgotten now (one arriving meanwhile schedules the next flush). */
    Map<UserId, Presence> takeArrived() {
        flushScheduled.set(false);
        Map<UserId, Presence> taken = new HashMap<>();
        for (UserId key : Set.copyOf(arrived.keySet())) {
            Presence presence = arrived.remove(key);
            if (presence != null) {
                taken.put(key, presence);
            }
        }
        return taken;
    }

    Desk desk() {
        return desk;
    }

    LoginId login() {
        return login;
    }

    /** Her user, or empty when her account's extension is not a user id (she then has no console login). */
    Optional<UserId> user() {
        return user;
    }

    PresenceStatus stated() {
        return stated;
    }

    void stated(PresenceStatus status) {
        stated = status;
    }

    /** Whether her client asked for PRESENCE updates. */
    boolean wanted() {
        return wanted;
    }

    void wanted(boolean asked) {
        wanted = asked;
    }

    Set<UserId> watched() {
        return watched;
    }

    /** Whether the session should send this presence: a user it watches, newer than what it sent of her. */
    boolean sends(Presence presence) {
        return watched.contains(presence.user()) && presence.version() > sent.getOrDefault(presence.user(), -1L);
    }

    void sent(Presence presence) {
        sent.put(presence.user(), presence.version());
    }

    /** Forgets what was sent: the next listing is sent whole, whatever the versions (after a restart of presence). */
    void forgetSent() {
        sent.clear();
    }

    void renewal(ScheduledFuture<?> task) {
        if (renewal != null) {
            renewal.cancel(false);
        }
        renewal = task;
    }
}
