package org.switchboard.presence.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.switchboard.phone.model.PhoneStatus;

/**
 * The presence model wired as the service wires it, without a container, for the scenario and randomised tests:
 * every directory change goes through the status provider, every event is stored and then published to the
 * subscription manager (UserOffline first), the manager's alerts are asked of the directory and its notifications
 * queued per watcher; {@link #deliver} runs the watchers' lanes. Time is a clock the test advances.
 *
 * <p>In order, every message (an event to the manager, an alert request to the directory, an alert to the manager)
 * arrives at once. {@link #inDisorder} holds them instead until {@link #deliver}, which hands them over in a random
 * order, as two JMS topics and concurrent consumers may. {@link #losingUserOffline} loses some UserOffline events
 * on the way: nothing may depend on one message arriving.
 */
final class PresenceWorld {

    private Instant now;
    private OnlineDirectory directory = new OnlineDirectory();
    private StatusProvider provider = new StatusProvider(directory);
    private SubscriptionManager manager = new SubscriptionManager(user -> provider.presence(user));
    private WatchQueue queue = new WatchQueue();
    private final Map<UserId, Presence> store = new HashMap<>();
    private final List<PresenceEvent> published = new ArrayList<>();
    private final Set<WatcherId> lanesToRun = new LinkedHashSet<>();
    private final Map<WatcherId, Set<UserId>> watches = new LinkedHashMap<>();
    private final Map<WatcherId, Map<UserId, Presence>> seen = new LinkedHashMap<>();
    private final List<Runnable> inFlight = new ArrayList<>();
    private SplittableRandom disorder;
    private SplittableRandom losses;

    PresenceWorld(Instant start) {
        this.now = start;
    }

    /** From now on messages arrive in an order drawn from {@code random}, when {@link #deliver} runs. */
    PresenceWorld inDisorder(SplittableRandom random) {
        this.disorder = random;
        return this;
    }

    /** From now on about half of the UserOffline events never reach the manager (decided by {@code random}). */
    PresenceWorld losingUserOffline(SplittableRandom random) {
        this.losses = random;
        return this;
    }

    Instant now() {
        return now;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    LoggedIn logIn(UserId user, LoginKind kind, String key, String origin, Optional<PresenceStatus> status,
            Duration lease) {
        LoggedIn in = directory.logIn(user, kind, key, origin, status, lease, now);
        handle(in);
        return in;
    }

    Optional<LoggedOut> logOut(LoginId id, String reason) {
        Optional<LoggedOut> out = directory.logOut(id, reason, now);
        out.ifPresent(this::handle);
        return out;
    }

    void changeStatus(LoginId id, Optional<PresenceStatus> status) {
        directory.changeStatus(id, status, now).ifPresent(this::handle);
    }

    void renew(LoginId id) {
        directory.renew(id, now).ifPresent(this::handle);
    }

    /** The lease sweep: every login found due is expired (on its user's lane, in the service). */
    List<LoggedOut> sweep() {
        List<LoggedOut> ended = new ArrayList<>();
        for (LoginId id : directory.due(now)) {
            directory.expire(id, now).ifPresent(out -> {
                ended.add(out);
                handle(out);
            });
        }
        return ended;
    }

    List<LoggedOut> logOutAll(String origin, String reason) {
        List<LoggedOut> ended = directory.logOutAll(origin, reason, now);
        ended.forEach(this::handle);
        return ended;
    }

    Reconciled reconcile(LoginKind kind, Collection<LoginClaim> live) {
        Reconciled reconciled = directory.reconcile(kind, live, now);
        reconciled.changes().forEach(this::handle);
        return reconciled;
    }

    void phone(String device, PhoneStatus status) {
        publish(provider.phoneStatus(device, status, now));
    }

    void reconcilePhones(Map<String, PhoneStatus> notIdle) {
        publish(provider.reconcilePhones(notIdle, now));
    }

    void note(UserId user, String note) {
        publish(provider.setNote(user, note, now));
    }

    void attributes(UserId user, Map<String, String> attributes) {
        publish(provider.setAttributes(user, attributes, now));
    }

    void watch(WatcherId watcher, Collection<UserId> users) {
        watches.computeIfAbsent(watcher, ignored -> new LinkedHashSet<>()).addAll(users);
        run(manager.watch(watcher, users));
    }

    void unwatch(WatcherId watcher, Collection<UserId> users) {
        Set<UserId> mine = watches.get(watcher);
        if (mine != null) {
            mine.removeAll(users);
        }
        seen.getOrDefault(watcher, new HashMap<>()).keySet().removeAll(users);
        manager.unwatch(watcher, users);
    }

    void unwatchAll(WatcherId watcher) {
        watches.remove(watcher);
        seen.remove(watcher);
        queue.forget(watcher);
        manager.unwatchAll(watcher);
    }

    /**
     * Restarts the directory and the status provider: both start empty, the provider restores what was stored,
     * {@code reannounce} lets the sources announce their logins again, then the provider settles and the manager is
     * told (its alerts were asked of the old directory).
     */
    void restartDirectory(Runnable reannounce) {
        directory = new OnlineDirectory();
        provider = new StatusProvider(directory);
        store.values().forEach(provider::restore);
        reannounce.run();
        publish(provider.settle(now));
        run(manager.onDirectoryRestarted());
    }

    /** Restarts the subscription manager (and the watch queues): every watcher watches its users again. */
    void restartManager() {
        freshManager();
        rewatch();
    }

    /**
     * Restarts the whole presence service: directory, provider and manager start empty, the provider restores what
     * was stored, {@code reannounce} lets the sources announce their logins and the watchers their watches again
     * (in whatever order), then the provider settles and the manager is told.
     */
    void restartAll(Runnable reannounce) {
        freshManager();
        restartDirectory(reannounce);
    }

    /** Every watcher watches its users again (as after a restart). */
    void rewatch() {
        watches.forEach((watcher, users) -> run(manager.watch(watcher, List.copyOf(users))));
    }

    private void freshManager() {
        manager = new SubscriptionManager(user -> provider.presence(user));
        queue = new WatchQueue();
        lanesToRun.clear();
    }

    /** Hands over every message in flight (in a random order when in disorder), then runs every watcher's lane. */
    void deliver() {
        while (!inFlight.isEmpty()) {
            inFlight.remove(disorder.nextInt(inFlight.size())).run();
        }
        List<WatcherId> lanes = List.copyOf(lanesToRun);
        lanesToRun.clear();
        for (WatcherId watcher : lanes) {
            for (List<Presence> batch = queue.drain(watcher); !batch.isEmpty(); batch = queue.drain(watcher)) {
                batch.forEach(presence -> told(watcher, presence));
            }
        }
    }

    private void told(WatcherId watcher, Presence presence) {
        Map<UserId, Presence> mine = seen.computeIfAbsent(watcher, ignored -> new HashMap<>());
        Presence before = mine.get(presence.user());
        if (before != null && before.version() > presence.version()) {
            throw new AssertionError(watcher + " was told version " + presence.version() + " of "
                    + presence.user() + " after version " + before.version());
        }
        mine.put(presence.user(), presence);
    }

    private void handle(DirectoryChange change) {
        publish(provider.apply(change, now));
        if (change instanceof LoggedIn in && in.alerted()) {
            send(() -> run(manager.onLoginAlerted(in.user())));
        }
    }

    /** Stores each event, then publishes it to the subscription manager. */
    private void publish(List<PresenceEvent> events) {
        for (PresenceEvent event : events) {
            store.put(event.user(), event.presence());
            published.add(event);
            if (event instanceof UserOffline offline) {
                if (losses == null || losses.nextBoolean()) {
                    send(() -> run(manager.onUserOffline(offline)));
                }
            } else {
                send(() -> run(manager.onPresenceChanged((PresenceChanged) event)));
            }
        }
    }

    private void run(SubscriptionStep step) {
        for (SubscriptionEffect effect : step.effects()) {
            if (effect instanceof SubscriptionEffect.Notify notify) {
                if (queue.offer(notify.watcher(), notify.presence())) {
                    lanesToRun.add(notify.watcher());
                }
            } else {
                UserId user = ((SubscriptionEffect.RequestAlert) effect).user();
                send(() -> directory.alertOnNextLogin(user)
                        .ifPresent(alerted -> send(() -> run(manager.onLoginAlerted(alerted.user())))));
            }
        }
    }

    private void send(Runnable message) {
        if (disorder == null) {
            message.run();
        } else {
            inFlight.add(message);
        }
    }

    Optional<Presence> seen(WatcherId watcher, UserId user) {
        return Optional.ofNullable(seen.getOrDefault(watcher, Map.of()).get(user));
    }

    Map<WatcherId, Set<UserId>> watches() {
        return watches;
    }

    /** Every event published so far, in order. */
    List<PresenceEvent> published() {
        return published;
    }

    OnlineDirectory directory() {
        return directory;
    }

    StatusProvider provider() {
        return provider;
    }

    SubscriptionManager manager() {
        return manager;
    }
}
