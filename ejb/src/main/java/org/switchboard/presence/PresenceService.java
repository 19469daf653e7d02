package org.switchboard.presence;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.switchboard.pbx.LivePbx;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.presence.model.LocationState;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceEvent;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;

/**
 * The presence service of this node: the {@link PresenceDesk} the SIP side, the REST API and the console sessions
 * call, the entry of the topics' events (the MDBs), of the phones (the PBX's domain events) and of operators (JMX).
 * It holds no lock: each user's changes run on her own lane, each watcher's deliveries on its own
 * ({@link PresenceWork}). Desk calls wait until their change is stored and published, and never throw for a
 * caller's mistake: what cannot be done is logged (SWB3012) and answered with the state as it is.
 */
@Singleton
@Startup
@Local(PresenceDesk.class)
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PresenceService implements PresenceDesk {

    /** How many logins, watchers and watches there are on this node. */
    public record Counts(int onlineUsers, int logins, int watchers, int watches) {
    }

    /** A watcher of a user, with the location state this node keeps for her. */
    public record Watching(WatcherId watcher, Optional<LocationState> location) {
    }

    /** The JNDI name of presence's own managed executor. */
    public static final String EXECUTOR = "java:jboss/ee/concurrency/executor/presence";

    @Inject
    PresenceSettings settings;

    @Inject
    PresenceStore store;

    @Inject
    PresenceEventsPublisher publisher;

    @Inject
    LivePbx live;

    @Inject
    Clock clock;

    @Inject
    Event<PresenceRestarted> restarted;

    /**
     * The container's managed executors, typed as the JDK's so that the service also runs outside it (tests); the
     * lanes and the store stage run on presence's own executor ({@value #EXECUTOR}, 12 threads, defined in
     * wildfly-config's concurrency.cli), so that its bursts never queue the SIP side behind them in the default one.
     */
    @Resource(lookup = EXECUTOR)
    ExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService scheduler;

    private PresenceWork work;
    private PhonePresence phones;
    private List<ScheduledFuture<?>> timers = List.of();

    @PostConstruct
    void start() {
        work = new PresenceWork(executor, clock, new Outlet());
        phones = new PhonePresence(work, live::phones, () -> live.status().stale(), settings.phoneLease());
        timers = List.of(every(settings.sweep(), work::sweep),
                every(settings.phoneReconcile(), () -> phones.reconcile("every " + settings.phoneReconcile())));
        PresenceLog.LOG.started("the application started", reload(), settings);
        executor.execute(() -> announceRestart("the application started"));
    }

    @PreDestroy
    void stop() {
        timers.forEach(timer -> timer.cancel(false));
    }

    private ScheduledFuture<?> every(Duration period, Runnable task) {
        return scheduler.scheduleAtFixedRate(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The store stage's way to the JPA store and the topics. */
    private final class Outlet implements PresenceStage.Outlet {
        @Override
        public void saveAll(List<Presence> newest) {
            store.saveAll(newest);
        }

        @Override
        public void save(Presence presence) {
            store.save(presence);
        }

        @Override
        public void publishAll(List<PresenceEvent> events, BiConsumer<PresenceEvent, Exception> notSent) {
            publisher.publishAll(events, notSent);
        }
    }

    @Override
    public PresenceLogin logIn(UserId user, LoginKind kind, String key, String origin,
            Optional<PresenceStatus> status, Duration lease) {
        LoginId id = LoginId.of(kind, key);
        Duration usable = DeskChecks.lease(id, kind, lease, settings);
        Optional<PresenceStatus> stated = DeskChecks.stated(id, status);
        work.state().directory().login(id).filter(other -> !other.user().equals(user))
                .ifPresent(other -> logOut(id, "logged in again as " + user));
        return work.await(user, "a log in", in -> {
            var change = in.directory().logIn(user, kind, key, origin, stated, usable, clock.instant());
            PresenceLog.LOG.loggedIn(id.value(), user.value(), kind.name(), origin);
            work.applied(in, List.of(change));
            return change.login();
        });
    }

    @Override
    public Optional<PresenceLogin> keepAlive(LoginId login) {
        return onLaneOf(login, "a keep-alive", in -> in.directory().renew(login, clock.instant())
                .map(renewed -> renewed.login()));
    }

    @Override
    public Optional<PresenceLogin> changeStatus(LoginId login, Optional<PresenceStatus> status) {
        Optional<PresenceStatus> asked = status == null ? Optional.empty() : status;
        if (asked.filter(PresenceStatus.OFFLINE::equals).isPresent()) {
            PresenceLog.LOG.refused("a change of " + login + " to offline", "log the login out instead");
            return work.state().directory().login(login);
        }
        return onLaneOf(login, "a change of status", in -> in.directory().changeStatus(login, asked, clock.instant())
                .map(stated -> {
                    work.applied(in, List.of(stated));
                    return stated.login();
                }));
    }

    @Override
    public boolean logOut(LoginId login, String reason) {
        return onLaneOf(login, "a log out", in -> in.directory().logOut(login, reason, clock.instant()).map(out -> {
            PresenceLog.LOG.loggedOut(login.value(), out.user().value(), reason);
            work.applied(in, List.of(out));
            return out;
        })).isPresent();
    }

    @Override
    public int logOutAll(String origin, String reason) {
        return (int) loginsFrom(origin).stream().filter(login -> logOut(login.id(), reason)).count();
    }

    private <T> Optional<T> onLaneOf(LoginId id, String what, Function<PresenceState, Optional<T>> change) {
        Optional<UserId> user = work.state().directory().login(id).map(PresenceLogin::user);
        return user.flatMap(owner -> work.await(owner, what, change));
    }

    @Override
    public List<PresenceLogin> logins(UserId user) {
        return work.state().directory().logins(user);
    }

    @Override
    public List<PresenceLogin> loginsFrom(String origin) {
        return work.state().directory().loginsFrom(origin);
    }

    @Override
    public Presence fetch(UserId user) {
        return work.state().provider().presence(user);
    }

    @Override
    public Presence setNote(UserId user, String note) {
        return work.await(user, "a note", in -> DeskChecks.refusable("the note of " + user, () -> {
            work.broadcast(in, in.provider().setNote(user, note == null ? "" : note, clock.instant()));
        }, () -> in.provider().presence(user)));
    }

    @Override
    public Presence setAttributes(UserId user, Map<String, String> attributes) {
        return work.await(user, "attributes", in -> DeskChecks.refusable("the attributes of " + user, () -> {
            work.broadcast(in, in.provider().setAttributes(user, attributes == null ? Map.of() : attributes,
                    clock.instant()));
        }, () -> in.provider().presence(user)));
    }

    @Override
    public void watch(Watcher watcher, Collection<UserId> users) {
        PresenceState in = work.state();
        in.watchers().put(watcher.id(), watcher);
        work.step(in, in.manager().watch(watcher.id(), users));
    }

    @Override
    public void unwatch(WatcherId watcher, Collection<UserId> users) {
        PresenceState in = work.state();
        in.manager().unwatch(watcher, users);
        if (in.manager().watchedBy(watcher).isEmpty()) {
            forget(in, watcher);
        }
    }

    @Override
    public void unwatchAll(WatcherId watcher) {
        PresenceState in = work.state();
        in.manager().unwatchAll(watcher);
        forget(in, watcher);
    }

    private static void forget(PresenceState in, WatcherId watcher) {
        in.watchers().remove(watcher);
        in.queue().forget(watcher);
    }

    @Override
    public List<WatcherId> watchersOf(UserId user) {
        return work.state().manager().watchersOf(user);
    }

    /** The watchers of a user on this node, with her location state (JMX, admin console). */
    public List<Watching> watching(UserId user) {
        PresenceState in = work.state();
        Optional<LocationState> location = in.manager().location(user);
        return in.manager().watchersOf(user).stream().map(watcher -> new Watching(watcher, location)).toList();
    }

    public Counts counts() {
        PresenceState in = work.state();
        return new Counts(in.directory().usersOnline().size(), in.directory().size(), in.manager().watchers().size(),
                in.watches());
    }

    /** A UserOffline or PresenceChanged heard on its topic: this node's watchers are told. Never blocks. */
    public void heard(PresenceEvent event) {
        work.heard(event);
    }

    /** A phone registered or lost its registration (the PBX's domain events). Never blocks. */
    public void phoneRegistration(String device, boolean registered) {
        phones.registration(device, registered);
    }

    /** Call management's status of a phone (the PBX's domain events). Never blocks. */
    public void phoneStatus(String device, PhoneStatus status) {
        phones.status(device, status);
    }

    /** Compares the phones' logins with the PBX picture (the picture was rebuilt). Never blocks. */
    public void reconcilePhones(String why) {
        phones.reconcile(why);
    }

    /**
     * Drops every login, presence and watch of this node, reloads the users' notes, attributes and versions from the
     * database, and tells every source and watcher side to announce itself again ({@link PresenceRestarted}); after
     * the restart grace, a user whose logins did not come back is shown offline.
     */
    public void restart(String why) {
        PresenceState old = work.state();
        int users = reload();
        PresenceLog.LOG.restarted(why, old.directory().size(), old.watches());
        PresenceLog.LOG.started(why, users, settings);
        announceRestart(why);
    }

    /** A new generation from the stored presences, once the changes in flight are stored; how many users were. */
    private int reload() {
        return work.reset(store::all);
    }

    /**
     * Tells every source and watcher side that the service restarted (CDI observers of {@link PresenceRestarted},
     * on this thread), reconciles the phones, and settles the users whose logins did not come back after the grace.
     */
    private void announceRestart(String why) {
        PresenceState generation = work.state();
        restarted.fire(new PresenceRestarted(clock.instant(), why));
        phones.reconcile(why);
        scheduler.schedule(() -> work.settle(generation), settings.restartGrace().toMillis(), TimeUnit.MILLISECONDS);
    }
}
