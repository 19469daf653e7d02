package org.switchboard.it.presence;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.presence.Watcher;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;

/** A watcher in the test, as a console session would be one: keeps the newest presence it was told of each user. */
final class Colleague implements Watcher {

    private final WatcherId id;
    private final Map<UserId, Presence> newest = new ConcurrentHashMap<>();

    Colleague(String id) {
        this.id = new WatcherId(id);
    }

    @Override
    public WatcherId id() {
        return id;
    }

    @Override
    public void presenceChanged(Presence presence) {
        newest.merge(presence.user(), presence, (old, now) -> now.newerThan(old) ? now : old);
    }

    Optional<Presence> newest(UserId user) {
        return Optional.ofNullable(newest.get(user));
    }

    boolean sees(UserId user, PresenceStatus status) {
        return newest(user).filter(presence -> presence.status() == status).isPresent();
    }
}
