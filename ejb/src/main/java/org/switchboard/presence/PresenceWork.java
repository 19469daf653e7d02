package org.switchboard.presence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.switchboard.presence.model.DirectoryChange;
import org.switchboard.presence.model.LoggedIn;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceEvent;
import org.switchboard.presence.model.SubscriptionEffect;
import org.switchboard.presence.model.SubscriptionStep;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;
import org.switchboard.presence.model.WatcherId;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.runtime.LogContext;

/**
 * How the presence service runs, without the container: every change of a user on her own serial lane (apply to
 * the directory, derive), handed to the one store stage ({@link PresenceStage}: store, then publish, many users'
 * changes in one transaction), the subscription manager's steps (alerts asked of the directory, presences offered to
 * the watchers' coalescing queue), and each watcher's deliveries on its own lane. The store and the publisher are
 * given; a publish that fails is told to this node's manager directly, so the watchers here stay right even without
 * the topics.
 *
 * <p>A restart ({@link #reset}) is a barrier on the users' lanes: each lane task holds the read side of
 * {@code generations} from apply to its hand-over to the store stage, and a reset takes the write side, waits until
 * the stage has stored and published all that was handed, reads the store and swaps the generation. So no change is
 * applied to a generation that a reset has already read from the store.
 */
final class PresenceWork {

    /** How many tasks may wait over all users (and, separately, over all watchers) before new ones are refused. */
    static final int BACKLOG = 100_000;
    /** How many threads of presence's executor the users' lanes, and the watchers' lanes, may take each. */
    static final int PARALLELISM = 4;
    /** How long a desk call waits for its change to be stored and published. */
    static final Duration WAIT = Duration.ofSeconds(10);

    private final Executor executor;
    private final KeyedSerialExecutor userLanes;
    private final KeyedSerialExecutor watcherLanes;
    private final Clock clock;
    private final PresenceStage stage;
    private final ReadWriteLock generations = new ReentrantReadWriteLock();
    private final Set<LoginId> expiring = ConcurrentHashMap.newKeySet();
    private volatile PresenceState state = PresenceState.fresh();

    PresenceWork(Executor executor, Clock clock, PresenceStage.Outlet outlet) {
        this.executor = executor;
        this.userLanes = new KeyedSerialExecutor(executor, BACKLOG, PARALLELISM, PresenceLog.LOG::laneFailed);
        this.watcherLanes = new KeyedSerialExecutor(executor, BACKLOG, PARALLELISM, PresenceLog.LOG::laneFailed);
        this.clock = clock;
        this.stage = new PresenceStage(executor, outlet, this::heard);
    }

    PresenceState state() {
        return state;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Starts a new generation once every change in flight is stored and published: nothing live, every stored
     * presence (read when no lane runs) restored; how many were stored is returned.
     */
    int reset(Supplier<List<Presence>> store) {
        generations.writeLock().lock();
        try {
            stage.flush();
            PresenceState fresh = PresenceState.fresh();
            List<Presence> stored = store.get();
            stored.forEach(fresh.provider()::restore);
            state = fresh;
            expiring.clear();
            return stored.size();
        } finally {
            generations.writeLock().unlock();
        }
    }

    /**
     * Runs a change of the user on her lane and waits until it is stored and published.
     *
     * @throws PresenceBusy when her lane is full or the change does not finish in time
     */
    <T> T await(UserId user, String what, Function<PresenceState, T> change) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            T value = change.apply(state);
            stage.then(() -> result.complete(value));
        };
        if (!userLanes.submit(user, () -> run(user, task, result))) {
            PresenceLog.LOG.laneFull(user, what);
            throw new PresenceBusy("the presence of " + user + " is too busy to take " + what + "; try again");
        }
        try {
            return result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new PresenceBusy(what + " of " + user + " did not finish within " + WAIT + "; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresenceBusy(what + " of " + user + " was interrupted");
        }
    }

    /** Queues a change of the user on her lane without waiting; false (and logged) when her lane is full. */
    boolean later(UserId user, String what, Consumer<PresenceState> change) {
        boolean queued = userLanes.submit(user, () -> run(user, () -> change.accept(state), null));
        if (!queued) {
            PresenceLog.LOG.laneFull(user, what);
        }
        return queued;
    }

    /** Runs a task of the user's lane inside the restart barrier. */
    private void run(UserId user, Runnable task, CompletableFuture<?> result) {
        generations.readLock().lock();
        try (LogContext ids = LogContext.only(LogContext.USER, user.value())) {
            task.run();
        } catch (RuntimeException | Error e) {
            if (result != null) {
                result.completeExceptionally(e);
            }
            throw e;
        } catch (Exception sneaky) {
            // a checked exception a container's proxy let through: told here, since the lanes only catch unchecked
            if (result != null) {
                result.completeExceptionally(sneaky);
            }
            PresenceLog.LOG.laneFailed(user, sneaky);
        } finally {
            generations.readLock().unlock();
        }
    }

    /** On the user's lane: hands what the directory did to the provider, then stores and publishes the events. */
    void applied(PresenceState in, List<? extends DirectoryChange> changes) {
        broadcast(in, in.provider().applyAll(changes, clock.instant()));
        for (DirectoryChange change : changes) {
            if (change instanceof LoggedIn login && login.alerted()) {
                step(in, in.manager().onLoginAlerted(login.user()));
            }
        }
    }

    /** On the user's lane: hands the events to the store stage, which stores her newest presence, then publishes. */
    void broadcast(PresenceState in, List<PresenceEvent> events) {
        stage.store(in, events);
    }

    /** An event heard on a topic (from any node): this node's manager tells its watchers. Never blocks. */
    void heard(PresenceEvent event) {
        heard(state, event);
    }

    private void heard(PresenceState in, PresenceEvent event) {
        step(in, event instanceof UserOffline offline ? in.manager().onUserOffline(offline)
                : in.manager().onPresenceChanged((PresenceChanged) event));
    }

    /** Runs what a step of the manager asks: alerts of the directory, presences for the watchers. */
    void step(PresenceState in, SubscriptionStep step) {
        // a user found or lost is an operator's fact; a watch or a change that leaves her where she was is not (a
        // console watching 10,000 colleagues would write 10,000 lines at each log in)
        step.moves().forEach(move -> {
            if (move.move().from() != move.move().to()) {
                PresenceLog.LOG.located(move.toString());
            } else {
                PresenceLog.LOG.debugf("%s", move);
            }
        });
        for (SubscriptionEffect effect : step.effects()) {
            if (effect instanceof SubscriptionEffect.Notify notify) {
                offer(in, notify.watcher(), notify.presence());
            } else if (effect instanceof SubscriptionEffect.RequestAlert alert) {
                in.directory().alertOnNextLogin(alert.user())
                        .ifPresent(alerted -> step(in, in.manager().onLoginAlerted(alert.user())));
            }
        }
    }

    private void offer(PresenceState in, WatcherId watcher, Presence presence) {
        if (!in.queue().offer(watcher, presence)) {
            return; // a drain runs already and will take it
        }
        Runnable drain = () -> drain(in, watcher);
        if (!watcherLanes.submit(watcher, drain)) {
            PresenceLog.LOG.laneFull(watcher, "the presence of " + presence.user());
            executor.execute(drain); // the queue lets one drain run per watcher: the last presence must arrive
        }
    }

    /** On the watcher's lane: delivers what waits, newest per user, until nothing does. */
    private static void drain(PresenceState in, WatcherId id) {
        for (List<Presence> batch = in.queue().drain(id); !batch.isEmpty(); batch = in.queue().drain(id)) {
            Watcher watcher = in.watchers().get(id);
            for (Presence presence : batch) {
                if (watcher == null) {
                    continue;
                }
                try (LogContext ids = LogContext.only(LogContext.USER, presence.user().value())) {
                    watcher.presenceChanged(presence);
                } catch (Exception e) {
                    PresenceLog.LOG.watcherFailed(id.value(), presence.user().value(), e);
                }
            }
        }
    }

    /** Ends, each on its user's lane, the logins whose lease has run out (the sweep, every second). */
    void sweep() {
        PresenceState in = state;
        for (LoginId id : in.directory().due(clock.instant())) {
            if (!expiring.add(id)) {
                continue; // its expiry waits on its lane already
            }
            in.directory().login(id).ifPresentOrElse(login -> {
                boolean queued = later(login.user(), "the end of a lease", now -> {
                    expiring.remove(id);
                    now.directory().expire(id, clock.instant()).ifPresent(ended -> {
                        PresenceLog.LOG.loggedOut(id.value(), login.user().value(), ended.reason());
                        applied(now, List.of(ended));
                    });
                });
                if (!queued) {
                    expiring.remove(id);
                }
            }, () -> expiring.remove(id));
        }
    }

    /**
     * Publishes, each on her lane, the derived presence of every user restored from the store and not changed since,
     * when it differs from the stored one (her logins did not all come back after a restart); nothing when the
     * generation {@code in} has been replaced since.
     */
    void settle(PresenceState in) {
        for (UserId user : in.provider().users()) {
            later(user, "settling after a restart", now -> {
                if (now == in) {
                    broadcast(now, now.provider().settle(user, clock.instant()));
                }
            });
        }
    }

    /** How many tasks wait for the users' lanes, the store stage and the watchers' lanes. */
    int backlog() {
        return userLanes.pending() + stage.backlog() + watcherLanes.pending();
    }

    /** How many tasks wait for the users' lanes alone. */
    int userBacklog() {
        return userLanes.pending();
    }
}
