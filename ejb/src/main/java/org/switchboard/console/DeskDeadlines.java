package org.switchboard.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.Pending;
import org.switchboard.console.model.Step;
import org.switchboard.console.model.Supervision;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.shared.model.CallId;

/**
 * The deadlines a session's steps set: a command the PBX must confirm within the command timeout, and a parked or
 * camping call's supervision. Each comes back on the desk's lane and fires only if it still stands then.
 */
final class DeskDeadlines {

    private final ScheduledExecutorService timers;
    private final ConsoleSettings settings;
    private final Clock clock;
    private final DeskLane lane;
    private final StepFiring firing;

    DeskDeadlines(ScheduledExecutorService timers, ConsoleSettings settings, Clock clock, DeskLane lane,
            StepFiring firing) {
        this.timers = timers;
        this.settings = settings;
        this.clock = clock;
        this.lane = lane;
        this.firing = firing;
    }

    /** The pending command fails with PBX_TIMEOUT if it is still pending when the command timeout is up. */
    void watchPending(Desk desk, Pending pending) {
        timers.schedule(() -> lane.later(desk, "the deadline of " + pending.command(), () -> {
            if (desk.session().pending().equals(Optional.of(pending))) {
                ConsoleLog.LOG.commandTimedOut(pending.command().name(), settings.commandTimeout().toString());
                desk.fail(new StateUpdate.CommandError(pending.commandSeq().orElse(0),
                        StateUpdates.command(pending.command()), StateUpdate.ErrorCode.PBX_TIMEOUT,
                        "the PBX did not confirm " + pending.command() + " within " + settings.commandTimeout()));
                firing.fire(desk, Attempt.of(ConsoleTrigger.COMMAND_FAILED).withArgument("PBX_TIMEOUT"));
            }
        }), settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The supervised call of the step times out at its deadline if the session still supervises it so. */
    void watchSupervision(Desk desk, Step step, Supervision watch) {
        CallId call = step.entry().orElseThrow().call();
        long delay = Math.max(0, Duration.between(clock.instant(), watch.deadline()).toMillis());
        timers.schedule(() -> lane.later(desk, "the supervision deadline of " + call, () -> {
            boolean stillWatched = desk.session().entry(call).flatMap(CallEntry::supervision)
                    .map(watch::equals).orElse(false);
            if (stillWatched) {
                firing.fire(desk, Attempt.about(ConsoleTrigger.SUPERVISION_TIMED_OUT, call));
            }
        }), delay, TimeUnit.MILLISECONDS);
    }
}
