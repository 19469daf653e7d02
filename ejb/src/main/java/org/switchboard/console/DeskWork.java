package org.switchboard.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;
import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.ConsoleEffect;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.Pending;
import org.switchboard.console.model.Step;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.runtime.LogContext;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.Effect;
import org.switchboard.shared.model.Outcome;

/**
 * Runs the sessions' steps, each on its session's serial lane: fires the trigger, logs the move (or the refusal)
 * once, runs the step's effects (actions on the PBX, timers, the bug report, a resync), and pushes the new state
 * to the client. The PBX's answers and the timers come back as tasks on the same lane, so a session never sees
 * two things at once. Its parts: {@link DeskLane} (the lanes), {@link StepActions} (the PBX actions and their
 * failures), {@link DeskDeadlines} (command and supervision deadlines), {@link PbxReconciliation} (the session
 * against the PBX's picture), {@link DeskPushes} (the updates to the client), {@link DeskRequests} (what the client and the operators ask),
 * {@link DeskPresence} and {@link DeskDuty} (the site's console duty). Plain Java:
 * the console service gives it the container's executors.
 */
final class DeskWork {

    private final DeskLane lane;
    private final Clock clock;
    private final CallClaims claims;
    private final BugReports bugReports;
    private final DeskPresence presence;
    private final DeskPushes pushes;
    private final StepActions stepActions;
    private final DeskDeadlines deadlines;
    private final PbxReconciliation reconciliation;
    private final DeskRequests requests;
    private final DeskDuty duty;
    private final AtomicLong dialled = new AtomicLong();

    DeskWork(KeyedSerialExecutor lanes, KeyedSerialExecutor presenceLanes, ScheduledExecutorService timers, PbxView pbx, ConsoleSettings settings,
            Clock clock, CallClaims claims, BugReports bugReports, PresenceDesk presenceDesk,
            PresenceSettings presenceSettings, String site, SiteUpdate.Role role) {
        this.lane = new DeskLane(lanes);
        this.clock = clock;
        this.claims = claims;
        this.bugReports = bugReports;
        this.presence = new DeskPresence(presenceDesk, presenceSettings, timers, lane, new DeskLane(presenceLanes));
        this.pushes = new DeskPushes(new DeskUpdates(pbx, clock), presence, clock, site);
        this.stepActions = new StepActions(new DeskActions(settings, pbx::call), pbx, lane, this::fire, pushes);
        this.deadlines = new DeskDeadlines(timers, settings, clock, lane, this::fire);
        this.reconciliation = new PbxReconciliation(pbx, lane, this::fire);
        this.duty = new DeskDuty(site, role, this::fire);
        this.requests = new DeskRequests(this::fire, this::newCallId, presence, pushes, duty);
    }

    /** Runs {@code task} on the desk's lane with its ids in the logging context; false when the lane is full. */
    boolean later(Desk desk, String what, Runnable task) {
        return lane.later(desk, what, task);
    }

    /** The id a call dialled from a desk gets on the PBX (Originate's ChannelId). */
    CallId newCallId() {
        return new CallId("swb." + clock.instant().getEpochSecond() + "." + dialled.incrementAndGet());
    }

    /** Fires one trigger on the desk (on its lane): the move, its effects, and the update to the client. */
    Step fire(Desk desk, Attempt attempt) {
        try (LogContext ignored = LogContext.with(LogContext.CALL, attempt.call().map(CallId::value).orElse(null))) {
            Optional<Pending> pendingBefore = desk.session().pending();
            Step step = desk.session().fire(attempt);
            if (!step.moved()) {
                ConsoleLog.LOG.refused(attempt.toString(), step.rejection().orElseThrow());
                return step;
            }
            logMove(desk, step);
            step.entry().ifPresent(entry -> claims.afterStep(desk.session().id(), entry, desk.session().pending()));
            desk.refreshInterest();
            desk.session().pending().filter(p -> pendingBefore.map(before -> before != p).orElse(true))
                    .ifPresent(p -> deadlines.watchPending(desk, p));
            boolean everything = false;
            for (Effect effect : step.effects()) {
                everything |= run(desk, step, (ConsoleEffect) effect);
            }
            pushes.push(desk, step, everything);
            return step;
        }
    }

    private boolean run(Desk desk, Step step, ConsoleEffect effect) {
        switch (effect) {
            case SEND_EVERYTHING:
                return true;
            case START_SUPERVISION:
                step.entry().flatMap(CallEntry::supervision)
                        .ifPresent(watch -> deadlines.watchSupervision(desk, step, watch));
                return false;
            case WRITE_BUG_REPORT:
                bugReports.write(desk, step.attempt());
                return false;
            case RECONCILE:
                reconciliation.reconcile(desk);
                return false;
            case RELEASE_CALLS:
                claims.releaseAll(desk.session().id());
                return false;
            default:
                stepActions.act(desk, step, effect);
                return false;
        }
    }

    /** The PBX's picture was rebuilt (on the desk's lane): {@link PbxReconciliation#pbxSynchronised}. */
    void pbxSynchronised(Desk desk) {
        reconciliation.pbxSynchronised(desk);
    }

    /** What the client and the operators ask of a desk: log in, commands, a lost link, a forced log out. */
    DeskRequests requests() {
        return requests;
    }

    /** The site's console duty: the one heard last, and how each session learns it ({@link DeskDuty}). */
    DeskDuty duty() {
        return duty;
    }

    /** Before the sessions are told the server stops: their presence renewals stop at once. */
    void serverStopping() {
        presence.serverStopping();
    }

    /** The server stops: the client hears it in a last update; its phone stays in the queues as it was. */
    void serverStopping(Desk desk) {
        desk.link(null).ifPresent(client -> pushes.lastUpdate(desk, client, new StateUpdate.LoggedOut(
                StateUpdate.LoggedOut.Reason.SERVER, Optional.of("the server is stopping")), "the server is stopping"));
    }

    /** Sends the phones that changed since the last batch (on the desk's lane). */
    void flushPhones(Desk desk) {
        pushes.flushPhones(desk);
    }

    /** The presence service restarted: every session announces its console login and its watches again. */
    void presenceRestarted() {
        presence.restarted();
    }

    /** The move at INFO (SWB2003); at DEBUG, and built only then, for a command that moved in place (a note). */
    private static void logMove(Desk desk, Step step) {
        boolean inPlace = step.commandInPlace();
        if (inPlace && !ConsoleLog.LOG.isDebugEnabled()) {
            return;
        }
        StringBuilder move = new StringBuilder(desk.session().login()).append(": ").append(step.session());
        step.line().filter(Outcome.Moved.class::isInstance).ifPresent(line -> move.append("; call ")
                .append(step.attempt().call().map(CallId::value).orElse("?")).append(' ').append(line));
        ConsoleLog.LOG.log(inPlace ? Logger.Level.DEBUG : Logger.Level.INFO, ConsoleLog.LOG.move(move.toString()));
    }

    Instant now() {
        return clock.instant();
    }
}
