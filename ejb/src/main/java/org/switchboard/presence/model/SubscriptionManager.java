package org.switchboard.presence.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.switchboard.shared.model.Effect;
import org.switchboard.shared.model.Outcome;

/**
 * The watchers of this node and the users they watch, with each watched user's location state
 * ({@link LocationTransitions}). Driven by every UserOffline and PresenceChanged (every login and log out makes
 * one), by the directory's alerts and by watches; answers with the notifications to deliver and the alerts to ask
 * for ({@link SubscriptionStep}). A watcher is told only presences newer than the last one it got of that user. A
 * fetch is answered at once from {@code fetch} (the status provider).
 *
 * <p>Thread-safe (each method is atomic). No I/O.
 */
public final class SubscriptionManager {

    private final Function<UserId, Presence> fetch;
    private final Map<UserId, Location> locations = new HashMap<>();
    private final Map<WatcherId, Set<UserId>> watched = new HashMap<>();

    /** @param fetch the user's current presence, at once (the status provider's) */
    public SubscriptionManager(Function<UserId, Presence> fetch) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /**
     * Starts or widens a watch: the watcher is told each user's current presence (fetched now); watching a user
     * twice is one watch.
     */
    public synchronized SubscriptionStep watch(WatcherId watcher, Collection<UserId> users) {
        Objects.requireNonNull(watcher, "watcher");
        Step step = new Step();
        for (UserId user : new LinkedHashSet<>(users)) {
            watched.computeIfAbsent(watcher, ignored -> new LinkedHashSet<>()).add(user);
            Location location = locations.computeIfAbsent(user, Location::new);
            location.watchers.putIfAbsent(watcher, -1L);
            fire(location, LocationTrigger.WATCH, Optional.empty(), step);
        }
        return step.done();
    }

    /** Stops watching some users. */
    public synchronized void unwatch(WatcherId watcher, Collection<UserId> users) {
        Set<UserId> ofWatcher = watched.get(watcher);
        if (ofWatcher == null) {
            return;
        }
        for (UserId user : users) {
            if (ofWatcher.remove(user)) {
                forget(watcher, user);
            }
        }
        if (ofWatcher.isEmpty()) {
            watched.remove(watcher);
        }
    }

    /** Stops every watch of the watcher. */
    public synchronized void unwatchAll(WatcherId watcher) {
        Set<UserId> ofWatcher = watched.remove(watcher);
        if (ofWatcher != null) {
            ofWatcher.forEach(user -> forget(watcher, user));
        }
    }

    private void forget(WatcherId watcher, UserId user) {
        Location location = locations.get(user);
        location.watchers.remove(watcher);
        if (location.watchers.isEmpty()) {
            locations.remove(user);
        }
    }

    /** Her last live login ended: OFFLINE, her watchers told, and an alert of her next login asked for. */
    public synchronized SubscriptionStep onUserOffline(UserOffline event) {
        return on(event.user(), LocationTrigger.USER_OFFLINE, Optional.of(event.presence()));
    }

    /** The alert of her next login went off: FOUND, and her current presence fetched and told. */
    public synchronized SubscriptionStep onLoginAlerted(UserId user) {
        return on(user, LocationTrigger.LOGIN_ALERTED, Optional.empty());
    }

    /** As {@link #onLoginAlerted(UserId)}, with the directory's alert. */
    public synchronized SubscriptionStep onLoginAlerted(LoginAlerted alert) {
        return onLoginAlerted(alert.user());
    }

    /** Her presence changed (a login, a log out, a status): her watchers are told when it is newer. */
    public synchronized SubscriptionStep onPresenceChanged(PresenceChanged event) {
        return on(event.user(), LocationTrigger.PRESENCE_CHANGED, Optional.of(event.presence()));
    }

    /**
     * The directory and the status provider started again: the alerts asked of the old directory are gone, so
     * every watched user's presence is fetched again, and an alert asked again for those offline.
     */
    public synchronized SubscriptionStep onDirectoryRestarted() {
        Step step = new Step();
        locations.values().stream().sorted(Comparator.comparing(location -> location.user.value()))
                .forEach(location -> fire(location, LocationTrigger.RESTARTED, Optional.empty(), step));
        return step.done();
    }

    private SubscriptionStep on(UserId user, LocationTrigger trigger, Optional<Presence> carried) {
        Location location = locations.get(user);
        if (location == null) {
            return SubscriptionStep.NONE;
        }
        Step step = new Step();
        fire(location, trigger, carried, step);
        return step.done();
    }

    private void fire(Location location, LocationTrigger trigger, Optional<Presence> carried, Step step) {
        boolean fetches = LocationTransitions.TABLE.rules(location.state, trigger).stream()
                .anyMatch(rule -> rule.effects().contains(LocationEffect.FETCH));
        carried.ifPresent(location::learn);
        if (fetches) {
            location.learn(fetch.apply(location.user));
        }
        Outcome<LocationState, LocationTrigger> outcome =
                LocationTransitions.fire(location.state, trigger, location.newest);
        if (!(outcome instanceof Outcome.Moved<LocationState, LocationTrigger> moved)) {
            throw new IllegalStateException("the location table refused " + outcome);
        }
        location.state = moved.to();
        step.moves.add(new LocationMove(location.user, moved));
        for (Effect effect : moved.effects()) {
            run((LocationEffect) effect, location, step);
        }
    }

    private static void run(LocationEffect effect, Location location, Step step) {
        switch (effect) {
            case NOTIFY, FETCH -> location.notifyWatchers(step.effects);
            case REQUEST_ALERT -> step.effects.add(new SubscriptionEffect.RequestAlert(location.user));
            default -> throw new IllegalArgumentException("unknown effect " + effect);
        }
    }

    /** The watchers of a user on this node. */
    public synchronized List<WatcherId> watchersOf(UserId user) {
        Location location = locations.get(user);
        return location == null ? List.of() : List.copyOf(location.watchers.keySet());
    }

    /** The users a watcher watches. */
    public synchronized Set<UserId> watchedBy(WatcherId watcher) {
        return Set.copyOf(watched.getOrDefault(watcher, Set.of()));
    }

    /** A watched user's location state; empty when nobody here watches her. */
    public synchronized Optional<LocationState> location(UserId user) {
        return Optional.ofNullable(locations.get(user)).map(location -> location.state);
    }

    /** The newest presence of a watched user this manager knows. */
    public synchronized Optional<Presence> newest(UserId user) {
        return Optional.ofNullable(locations.get(user)).map(location -> location.newest);
    }

    public synchronized Set<UserId> watchedUsers() {
        return Set.copyOf(locations.keySet());
    }

    public synchronized Set<WatcherId> watchers() {
        return Set.copyOf(watched.keySet());
    }

    /** One watched user: her location state, her newest known presence, the last version each watcher got. */
    private static final class Location {

        private final UserId user;
        private final Map<WatcherId, Long> watchers = new LinkedHashMap<>();
        private LocationState state = LocationState.OFFLINE;
        private Presence newest;

        private Location(UserId user) {
            this.user = user;
        }

        void learn(Presence presence) {
            if (newest == null || presence.newerThan(newest)) {
                newest = presence;
            }
        }

        void notifyWatchers(List<SubscriptionEffect> effects) {
            watchers.replaceAll((watcher, told) -> {
                if (newest.version() > told) {
                    effects.add(new SubscriptionEffect.Notify(watcher, newest));
                    return newest.version();
                }
                return told;
            });
        }
    }

    /** The moves and effects of one call, collected. */
    private static final class Step {

        private final List<LocationMove> moves = new ArrayList<>();
        private final List<SubscriptionEffect> effects = new ArrayList<>();

        SubscriptionStep done() {
            return new SubscriptionStep(moves, effects);
        }
    }
}
