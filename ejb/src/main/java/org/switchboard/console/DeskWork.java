package org.switchboard.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.PartyState;
import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.CallFacts;
import org.switchboard.console.model.ConsoleEffect;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.ConsoleState;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.Pending;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.model.SessionId;
import org.switchboard.console.model.Step;
import org.switchboard.console.model.Supervision;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.WaitingCaller;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.runtime.LogContext;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.Effect;
import org.switchboard.shared.model.Outcome;

/**
 * Runs the sessions' steps, each on its session's serial lane: fires the trigger, logs the move (or the refusal)
 * once, runs the step's effects (actions on the PBX, timers, the bug report, a resync), and pushes the new state
 * to the client. The PBX's answers and the timers come back as tasks on the same lane, so a session never sees
 * two things at once. Plain Java: the console service gives it the container's executors.
 */
final class DeskWork {

    private final KeyedSerialExecutor lanes;
    private final KeyedSerialExecutor presenceLanes;
    private final ScheduledExecutorService timers;
    private final PbxView pbx;
    private final ConsoleSettings settings;
    private final Clock clock;
    private final CallClaims claims;
    private final DeskActions actions;
    private final DeskUpdates updates;
    private final BugReports bugReports;
    private final DeskPresence presence;
    private final String site;
    private final AtomicLong dialled = new AtomicLong();

    DeskWork(KeyedSerialExecutor lanes, KeyedSerialExecutor presenceLanes, ScheduledExecutorService timers, PbxView pbx, ConsoleSettings settings,
            Clock clock, CallClaims claims, BugReports bugReports, PresenceDesk presenceDesk,
            PresenceSettings presenceSettings, String site) {
        this.lanes = lanes;
        this.presenceLanes = presenceLanes;
        this.timers = timers;
        this.pbx = pbx;
        this.settings = settings;
        this.clock = clock;
        this.claims = claims;
        this.actions = new DeskActions(settings, pbx::call);
        this.updates = new DeskUpdates(pbx, clock);
        this.bugReports = bugReports;
        this.presence = new DeskPresence(presenceDesk, presenceSettings, timers, this::later, this::presenceLater);
        this.site = site;
    }

    /** Runs {@code task} on the desk's lane with its ids in the logging context; false when the lane is full. */
    boolean later(Desk desk, String what, Runnable task) {
        return submit(lanes, desk, what, task);
    }

    /**
     * Runs {@code task} on the desk's presence lane: its calls to the presence service, in order, on threads of their
     * own, so that a presence slow to store and publish never holds up a console.
     */
    boolean presenceLater(Desk desk, String what, Runnable task) {
        return submit(presenceLanes, desk, what, task);
    }

    private static boolean submit(KeyedSerialExecutor executor, Desk desk, String what, Runnable task) {
        boolean queued = executor.submit(desk.id(), () -> {
            try (LogContext ignored = LogContext.only(LogContext.SESSION, desk.id(), LogContext.USER,
                    desk.session().login())) {
                task.run();
            }
        });
        if (!queued) {
            ConsoleLog.LOG.laneFull(desk.id(), what);
        }
        return queued;
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
                    .ifPresent(p -> watchPending(desk, p));
            boolean everything = false;
            for (Effect effect : step.effects()) {
                everything |= run(desk, step, (ConsoleEffect) effect);
            }
            push(desk, step, everything);
            return step;
        }
    }

    private boolean run(Desk desk, Step step, ConsoleEffect effect) {
        switch (effect) {
            case SEND_EVERYTHING:
                return true;
            case START_SUPERVISION:
                step.entry().flatMap(CallEntry::supervision).ifPresent(watch -> watchSupervision(desk, step, watch));
                return false;
            case WRITE_BUG_REPORT:
                bugReports.write(desk, step.attempt());
                return false;
            case RECONCILE:
                reconcile(desk);
                return false;
            case RELEASE_CALLS:
                claims.releaseAll(desk.session().id());
                return false;
            default:
                act(desk, step, effect);
                return false;
        }
    }

    private void act(Desk desk, Step step, ConsoleEffect effect) {
        DeskActions.Planned planned = actions.plan(effect, desk.receptionist(), desk.session(), step);
        Optional<Pending> pending = desk.session().pending();
        if (planned.impossible().isPresent()) {
            ConsoleLog.LOG.actionFailed(effect.name(), desk.id(), planned.impossible().get());
            failed(desk, pending, StateUpdate.ErrorCode.UNKNOWN_CALL, planned.impossible().get(), step);
            return;
        }
        for (PbxCommand command : planned.commands()) {
            pbx.commands().send(command).whenComplete((result, error) -> later(desk, "the answer to " + command.action(),
                    () -> answered(desk, pending, step, result)));
        }
    }

    private void answered(Desk desk, Optional<Pending> pending, Step step, CommandResult result) {
        if (result == null || result.succeeded() || AlreadyInPlace.matches(result)) {
            return;
        }
        ConsoleLog.LOG.actionFailed(result.command().action(), result.command().subject(), result.detail());
        StateUpdate.ErrorCode code = switch (result.outcome()) {
            case TIMED_OUT -> StateUpdate.ErrorCode.PBX_TIMEOUT;
            case LINK_DOWN -> StateUpdate.ErrorCode.PBX_DOWN;
            default -> result instanceof CommandResult.UnknownChannel ? StateUpdate.ErrorCode.UNKNOWN_CALL
                    : StateUpdate.ErrorCode.PBX_REFUSED;
        };
        failed(desk, pending, code, result.command().action() + ": " + result.detail(), step);
    }

    /**
     * A PBX action of a step did not work: the pending command it belonged to (if still pending) fails, which
     * moves the session back to a defined state; the client sees the error in the next update.
     */
    private void failed(Desk desk, Optional<Pending> pending, StateUpdate.ErrorCode code, String reason, Step step) {
        ConsoleTrigger command = pending.map(Pending::command).orElse(step.attempt().trigger());
        long seq = pending.flatMap(p -> p.commandSeq().isPresent() ? Optional.of(p.commandSeq().getAsLong())
                : Optional.empty()).orElse(step.attempt().commandSeq().orElse(0));
        if (command.isCommand()) {
            desk.fail(new StateUpdate.CommandError(seq, StateUpdates.command(command), code,
                    org.switchboard.protocol.Bounds.text(reason, org.switchboard.protocol.Bounds.DETAIL_CHARS)));
        }
        if (pending.isPresent() && desk.session().pending().equals(pending)) {
            fire(desk, Attempt.of(ConsoleTrigger.COMMAND_FAILED).withArgument(code + ": " + reason));
        } else {
            push(desk, step, false);
        }
    }

    private void watchPending(Desk desk, Pending pending) {
        timers.schedule(() -> later(desk, "the deadline of " + pending.command(), () -> {
            if (desk.session().pending().equals(Optional.of(pending))) {
                ConsoleLog.LOG.commandTimedOut(pending.command().name(), settings.commandTimeout().toString());
                desk.fail(new StateUpdate.CommandError(pending.commandSeq().orElse(0),
                        StateUpdates.command(pending.command()), StateUpdate.ErrorCode.PBX_TIMEOUT,
                        "the PBX did not confirm " + pending.command() + " within " + settings.commandTimeout()));
                fire(desk, Attempt.of(ConsoleTrigger.COMMAND_FAILED).withArgument("PBX_TIMEOUT"));
            }
        }), settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void watchSupervision(Desk desk, Step step, Supervision watch) {
        CallId call = step.entry().orElseThrow().call();
        long delay = Math.max(0, Duration.between(clock.instant(), watch.deadline()).toMillis());
        timers.schedule(() -> later(desk, "the supervision deadline of " + call, () -> {
            boolean stillWatched = desk.session().entry(call).flatMap(CallEntry::supervision)
                    .map(watch::equals).orElse(false);
            if (stillWatched) {
                fire(desk, Attempt.about(ConsoleTrigger.SUPERVISION_TIMED_OUT, call));
            }
        }), delay, TimeUnit.MILLISECONDS);
    }

    /**
     * Checks the followed calls against the PBX model (those it no longer knows have ended) and, at work, takes
     * her phone's state from it, puts on her lines the calls her phone already takes part in (she logged in again
     * while talking, after her client lost its link) and starts following the calls already waiting in the desk's
     * queues.
     */
    private void reconcile(Desk desk) {
        for (CallEntry entry : desk.session().entries()) {
            if (pbx.call(entry.call()).isEmpty()) {
                later(desk, "a reset", () -> fire(desk, Attempt.about(ConsoleTrigger.CALL_ENDED, entry.call())
                        .withArgument("gone after a reset")));
            }
        }
        if (desk.session().state() == ConsoleState.PASSIVE || !desk.session().state().loggedIn()) {
            return;
        }
        pbx.phones().stream().filter(phone -> phone.device().equals(desk.receptionist().phoneDevice()))
                .filter(phone -> (phone.status() != PhoneStatus.IDLE) != desk.session().phoneBusy()).findFirst()
                .ifPresent(phone -> later(desk, "her phone", () -> fire(desk, Attempt.of(phone.status()
                        == PhoneStatus.IDLE ? ConsoleTrigger.PHONE_FREE : ConsoleTrigger.PHONE_BUSY)
                        .withArgument(phone.status().name()))));
        onHerPhone(desk);
        for (Queue queue : pbx.queues()) {
            if (!desk.interest().queues().contains(queue.name())) {
                continue;
            }
            for (WaitingCaller caller : queue.callers()) {
                if (desk.session().entry(caller.call()).isEmpty()) {
                    CallFacts facts = new CallFacts(caller.call(), caller.caller().number(), caller.caller().name(),
                            queue.name(), Optional.of(queue.name()));
                    later(desk, "the calls waiting", () -> fire(desk, Attempt.of(ConsoleTrigger.QUEUED).withFacts(facts)));
                }
            }
        }
    }

    /**
     * The calls her phone rings for or talks in that her lines do not show, as if they started ringing now: each
     * comes onto a free line (and into conversation when her phone has answered it).
     */
    private void onHerPhone(Desk desk) {
        String phone = desk.receptionist().phoneDevice();
        for (Call call : pbx.calls()) {
            if (desk.session().entry(call.id()).isPresent()) {
                continue;
            }
            call.parties().stream().filter(party -> party.device().equals(phone))
                    .filter(party -> party.state() == PartyState.ALERTING || party.state() == PartyState.ESTABLISHED)
                    .findFirst().ifPresent(party -> later(desk, "a call on her phone", () -> {
                        fire(desk, Attempt.of(ConsoleTrigger.RINGING).withFacts(CallFactsLookup.facts(call)));
                        if (party.state() == PartyState.ESTABLISHED) {
                            fire(desk, Attempt.about(ConsoleTrigger.ANSWERED, call.id()));
                        }
                    }));
        }
    }

    /**
     * The PBX's picture was rebuilt (on the desk's lane): a logged-in desk checks its calls, its phone and the calls
     * waiting in its queues against it, and puts her phone back in her queues, paused as her session is, when the
     * PBX does not have it there: Asterisk forgets its dynamic members when it restarts, and a log in while the
     * link was down could not add them.
     */
    void pbxSynchronised(Desk desk) {
        if (!desk.session().state().loggedIn() || desk.session().state() == ConsoleState.PASSIVE) {
            return;
        }
        reconcile(desk);
        List<String> differences = QueueConsistency.differences(List.of(desk.summary()),
                login -> Optional.of(desk.receptionist()), pbx.queues());
        if (differences.isEmpty()) {
            return;
        }
        ConsoleLog.LOG.rejoinedQueues(desk.session().login(), String.join("; ", differences));
        for (PbxCommand command : DeskActions.join(desk.receptionist(), desk.session().paused()).commands()) {
            pbx.commands().send(command).whenComplete((result, error) -> {
                if (error != null) {
                    ConsoleLog.LOG.actionFailed(command.action(), command.subject(), error.toString());
                } else if (!result.succeeded() && !AlreadyInPlace.matches(result)) {
                    ConsoleLog.LOG.actionFailed(command.action(), command.subject(), result.detail());
                }
            });
        }
    }

    /**
     * A log in (on the desk's lane): the session moves from logged out to idle; when it is logged in already,
     * the newer client takes it over and the older one is told it was replaced.
     */
    void logIn(Desk desk, Receptionist receptionist, ClientLink client, ConsoleCommand.LogIn command) {
        desk.receptionist(receptionist);
        Optional<ClientLink> old = desk.link(client);
        presence.loggedIn(desk, command.presence(), command.status());
        if (desk.session().state().loggedIn()) {
            old.filter(previous -> previous != client).ifPresent(previous -> {
                ConsoleLog.LOG.replaced(desk.session().login(), client.describe(), previous.describe());
                previous.push(state(desk, Optional.empty(), Optional.of(new StateUpdate.LoggedOut(
                        StateUpdate.LoggedOut.Reason.REPLACED, Optional.of("logged in again from " + client.describe())))));
                previous.close("replaced by a newer log in");
            });
            pushEverything(desk);
            return;
        }
        Step step = fire(desk, CommandAttempts.of(command, this::newCallId));
        if (step.moved()) {
            ConsoleLog.LOG.loggedIn(desk.id(), desk.session().login(), client.describe());
        } else {
            desk.link(null);
            presence.ended(desk, "log in refused");
            client.close(step.rejection().orElse("log in refused"));
        }
    }

    /** A command of the client (on the desk's lane), with the verdict its SIP answer gives. */
    CommandVerdict command(Desk desk, ConsoleCommand command, CallClaims callClaims) {
        if (desk.link().isEmpty()) {
            return new CommandVerdict.UnknownSession("console session " + desk.id() + " is logged out");
        }
        if (command instanceof ConsoleCommand.SetPresence setPresence) {
            return presence.set(desk, setPresence);
        }
        if (command instanceof ConsoleCommand.LogIn) {
            return new CommandVerdict.NotAllowed("LOG_IN is not allowed in " + desk.session().state()
                    + ": the session is logged in (log in again from a new connection to take it over)");
        }
        Attempt attempt = CommandAttempts.of(command, this::newCallId);
        boolean claimed = false;
        if (attempt.trigger() == ConsoleTrigger.TAKE_BACK) {
            CallId call = attempt.call().orElseThrow();
            Optional<SessionId> holder = callClaims.claim(call, desk.session().id());
            if (holder.isPresent()) {
                String reason = "TAKE_BACK of call " + call + " is not allowed: another receptionist (session "
                        + holder.get() + ") is taking it";
                ConsoleLog.LOG.refused(attempt.toString(), reason);
                return new CommandVerdict.NotAllowed(reason);
            }
            claimed = true;
        }
        Step step = fire(desk, attempt);
        if (!step.moved()) {
            if (claimed) {
                callClaims.release(attempt.call().orElseThrow(), desk.session().id());
            }
            return new CommandVerdict.NotAllowed(step.rejection().orElseThrow());
        }
        return new CommandVerdict.Accepted();
    }

    /** The client's link is gone (on the desk's lane); a link already replaced by a newer log in is ignored. */
    void linkLost(Desk desk, ClientLink client, String reason) {
        if (desk.link().filter(current -> current == client).isEmpty()) {
            return;
        }
        ConsoleLog.LOG.linkLost(desk.id(), reason);
        fire(desk, Attempt.of(ConsoleTrigger.LINK_LOST).withArgument(reason));
        desk.link(null);
    }

    void forceLogOut(Desk desk, String why) {
        if (desk.session().state().loggedIn()) {
            fire(desk, Attempt.of(ConsoleTrigger.FORCE_LOG_OUT).withArgument(why));
        }
    }

    /** The server stops: the client hears it in a last update; its phone stays in the queues as it was. */
    /** Before the sessions are told the server stops: their presence renewals stop at once. */
    void serverStopping() {
        presence.serverStopping();
    }

    void serverStopping(Desk desk) {
        desk.link(null).ifPresent(client -> {
            client.push(state(desk, Optional.empty(), Optional.of(new StateUpdate.LoggedOut(
                    StateUpdate.LoggedOut.Reason.SERVER, Optional.of("the server is stopping")))));
            client.close("the server is stopping");
        });
    }

    private void pushEverything(Desk desk) {
        desk.link().ifPresent(client -> {
            client.push(state(desk, desk.takeError(), Optional.empty()));
            pushPhones(desk, client, updates.allPhones(desk), true);
        });
    }

    /** Pushes the state after a step, and every phone too after a log in, a reset or a resync. */
    void push(Desk desk, Step step, boolean everything) {
        if (desk.session().state() == ConsoleState.LOGGED_OUT) {
            presence.ended(desk, "console session " + step.attempt().trigger());
        }
        Optional<ClientLink> link = desk.link();
        if (link.isEmpty()) {
            return;
        }
        Optional<StateUpdate.LoggedOut> loggedOut = desk.session().state() == ConsoleState.LOGGED_OUT
                ? Optional.of(DeskUpdates.loggedOut(step.attempt())) : Optional.empty();
        link.get().push(state(desk, desk.takeError(), loggedOut));
        if (everything) {
            pushPhones(desk, link.get(), updates.allPhones(desk), true);
        }
        if (loggedOut.isPresent()) {
            ConsoleLog.LOG.loggedOut(desk.id(), desk.session().login(), loggedOut.get().reason().name());
            desk.link(null).ifPresent(old -> old.close("logged out: " + loggedOut.get().reason()));
        }
    }

    /** The desk's next STATE update. */
    private StateUpdate state(Desk desk, Optional<StateUpdate.CommandError> error,
            Optional<StateUpdate.LoggedOut> loggedOut) {
        return StateUpdates.of(desk.session(), desk.nextSeq(), clock.instant(), site, error, loggedOut);
    }

    /** Sends the phones that changed since the last batch (on the desk's lane). */
    void flushPhones(Desk desk) {
        desk.link().ifPresent(link -> pushPhones(desk, link, updates.changedPhones(desk), false));
    }

    /** Pushes PHONES updates, then the presence of the users of those phones (to a client that wants it). */
    private void pushPhones(Desk desk, ClientLink client, List<PhonesUpdate> phones, boolean full) {
        phones.forEach(client::push);
        presence.shown(desk, client, phones, full);
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
