package org.switchboard.presence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;

/** A watcher that keeps what it was told: every presence in order, and the newest per user. */
final class RecordingWatcher implements Watcher {

    private final WatcherId id;
    final List<Presence> told = new CopyOnWriteArrayList<>();
    private final Map<UserId, Presence> newest = new ConcurrentHashMap<>();

    RecordingWatcher(String id) {
        this.id = new WatcherId(id);
    }

    @Override
    public WatcherId id() {
        return id;
    }

    @Override
    public void presenceChanged(Presence presence) {
        told.add(presence);
        newest.merge(presence.user(), presence, (old, now) -> now.newerThan(old) ? now : old);
    }

    Optional<PresenceStatus> sees(String user) {
        return Optional.ofNullable(newest.get(new UserId(user))).map(Presence::status);
    }

    Optional<Presence> newest(String user) {
        return Optional.ofNullable(newest.get(new UserId(user)));
    }
}
