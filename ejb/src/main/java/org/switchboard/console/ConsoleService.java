package org.switchboard.console;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.switchboard.console.model.ConsoleDuty;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.ConsoleState;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.model.SessionId;
import org.switchboard.failover.ConsoleDutyChanged;
import org.switchboard.failover.model.SiteRole;
import org.switchboard.failover.model.SiteSettings;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.PresenceRestarted;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.shared.model.DomainEvent;

/**
 * The receptionists' console sessions: the registry of desks (one per receptionist, kept while the server runs
 * so that the calls a receptionist parked are still followed after she logged out), the desk the SIP transport
 * hands log ins and commands to, and the entry of the PBX's domain events. It holds no lock: every session runs
 * on its own serial lane of the container's executor ({@link DeskWork}).
 *
 * <p>A second log in of a receptionist takes the session over: the older client gets a last update saying it was
 * replaced and its link is closed; the session, its lines and its calls carry on with the newer client under the
 * same session id.
 */
@Singleton
@Local(ConsoleDesk.class)
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ConsoleService implements ConsoleDesk {

    /** How many tasks may wait over all sessions before a session refuses more. */
    static final int BACKLOG = 100_000;

    @Inject
    LivePbx live;

    @Inject
    PbxLink link;

    @Inject
    ReceptionistAccounts accounts;

    @Inject
    ConsoleSettings settings;

    @Inject
    BugReportStore bugReportStore;

    @Inject
    PresenceDesk presence;

    @Inject
    PresenceSettings presenceSettings;

    @Inject
    Clock clock;

    @Inject
    SiteSettings site;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ConcurrentMap<String, Desk> byLogin = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Desk> bySession = new ConcurrentHashMap<>();
    private final CallClaims claims = new CallClaims();
    private DeskWork work;
    private DeskRouter router;
    private BugReports bugReports;

    @PostConstruct
    void start() {
        KeyedSerialExecutor lanes = new KeyedSerialExecutor(executor, BACKLOG, 2, ConsoleLog.LOG::laneFailed);
        KeyedSerialExecutor presenceLanes = new KeyedSerialExecutor(executor, BACKLOG, 2, ConsoleLog.LOG::laneFailed);
        bugReports = new BugReports(clock, report -> executor.execute(() -> storeBugReport(report)));
        work = new DeskWork(lanes, presenceLanes, scheduler, new LivePbxView(live, link), settings, clock, claims,
                bugReports, presence, presenceSettings, site.name(), role(site.role()));
        router = new DeskRouter(work, scheduler);
    }

    @PreDestroy
    void stop() {
        work.serverStopping();
        bySession.values().forEach(desk -> work.later(desk, "the server stopping", () -> work.serverStopping(desk)));
    }

    @Override
    public LogInResult logIn(String login, ClientLink client, ConsoleCommand.LogIn command) {
        Optional<Receptionist> account = accounts.find(login);
        if (account.isEmpty() || !account.get().enabled()) {
            return new LogInResult.Refused(account.isEmpty() ? "no receptionist account " + login
                    : "the receptionist account " + login + " is disabled");
        }
        Desk desk = byLogin.computeIfAbsent(login, ignored -> newDesk(account.get()));
        bySession.putIfAbsent(desk.id(), desk);
        boolean queued = work.later(desk, "a log in", () -> work.requests().logIn(desk, account.get(), client, command));
        return queued ? new LogInResult.LoggedIn(desk.id())
                : new LogInResult.Refused("the console session of " + login + " is too busy; try again");
    }

    @Override
    public CompletionStage<CommandVerdict> submit(String sessionId, ConsoleCommand command) {
        Desk desk = bySession.get(sessionId);
        if (desk == null) {
            return CompletableFuture.completedFuture(new CommandVerdict.UnknownSession(
                    "no console session " + sessionId));
        }
        CompletableFuture<CommandVerdict> verdict = new CompletableFuture<>();
        boolean queued = work.later(desk, command.name().wireName(),
                () -> verdict.complete(work.requests().command(desk, command, claims)));
        if (!queued) {
            verdict.complete(new CommandVerdict.NotAllowed("the session is too busy to take "
                    + command.name().wireName() + " now; try again"));
        }
        return verdict;
    }

    @Override
    public void linkLost(String sessionId, ClientLink client, String reason) {
        Desk desk = bySession.get(sessionId);
        if (desk != null) {
            work.later(desk, "a lost link", () -> work.requests().linkLost(desk, client, reason));
        }
    }

    /** The fencing decided whether the receptionists work here (once at start, then on each change). */
    public void dutyChanged(@Observes ConsoleDutyChanged changed) {
        changeDuty(new ConsoleDuty(changed.workHere(), changed.reason()));
    }

    /**
     * The receptionists work here now, or not: every session learns it on its own lane (logged-in ones go PASSIVE
     * or back to work, and their clients that asked hear a SITE update); this returns at once. Until the first
     * duty is heard the sessions work here ({@link ConsoleDuty#UNDECIDED}).
     */
    public void changeDuty(ConsoleDuty duty) {
        work.duty().changed(duty);
        ConsoleLog.LOG.dutyChanged(duty.workHere() ? "work" : "do not work", duty.reason(), byLogin.size());
        byLogin.values().forEach(desk -> work.later(desk, "the console duty", () -> work.duty().apply(desk)));
    }

    /** The console duty heard last ({@link ConsoleDuty#UNDECIDED} before any). */
    public ConsoleDuty duty() {
        return work.duty().now();
    }

    /**
     * The presence service restarted and forgot every login and watch: each session announces its console login and
     * its watches again, on its own lane (this returns at once).
     */
    public void presenceRestarted(@Observes PresenceRestarted restarted) {
        work.presenceRestarted();
    }

    /** Whether a domain event of this kind can concern a console at all (the dispatcher's filter). */
    public boolean understands(DomainEvent event) {
        return DeskRouter.understands(event);
    }

    /** Hands a domain event to the desks it can concern, on their lanes; never blocks. */
    public void deliver(DomainEvent event) {
        router.route(event, bySession.values());
    }

    /** Every session, by receptionist (JMX, admin console). */
    public List<Desk.Summary> sessions() {
        return bySession.values().stream().map(Desk::summary).sorted(Comparator.comparing(Desk.Summary::login))
                .toList();
    }

    /** Logs a receptionist out as an operator; false when she has no session logged in. */
    public boolean forceLogOut(String login, String why) {
        Desk desk = byLogin.get(login);
        if (desk == null || desk.summary().state().equals(ConsoleState.LOGGED_OUT.name())) {
            return false;
        }
        return work.later(desk, "a forced log out", () -> work.requests().forceLogOut(desk, why));
    }

    /** The newest {@code count} bug reports, newest first. */
    public List<BugReports.BugReport> bugReports(int count) {
        return bugReportStore.newest(count);
    }

    private void storeBugReport(BugReports.BugReport report) {
        try {
            bugReportStore.save(report);
        } catch (RuntimeException e) {
            ConsoleLog.LOG.bugReportNotStored(report.login(), e);
        }
    }

    private static SiteUpdate.Role role(SiteRole role) {
        return switch (role) {
            case PRIMARY -> SiteUpdate.Role.PRIMARY;
            case SECONDARY -> SiteUpdate.Role.SECONDARY;
        };
    }

    private Desk newDesk(Receptionist receptionist) {
        ConsoleSession session = new ConsoleSession(SessionId.random(), receptionist.login(),
                receptionist.displayName(), settings.supervision(), clock);
        return new Desk(session, receptionist, new CallFactsLookup(live));
    }
}
