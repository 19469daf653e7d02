package org.switchboard.console;

import java.util.Optional;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.ConsoleEffect;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.Pending;
import org.switchboard.console.model.Step;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.protocol.Bounds;
import org.switchboard.protocol.StateUpdate;

/**
 * A step's effects on the PBX: the actions planned for it are sent, and an answer that says one did not work
 * (back on the desk's lane) fails the command it belonged to, with the error the client sees.
 */
final class StepActions {

    private final DeskActions actions;
    private final PbxView pbx;
    private final DeskLane lane;
    private final StepFiring firing;
    private final DeskPushes pushes;

    StepActions(DeskActions actions, PbxView pbx, DeskLane lane, StepFiring firing, DeskPushes pushes) {
        this.actions = actions;
        this.pbx = pbx;
        this.lane = lane;
        this.firing = firing;
        this.pushes = pushes;
    }

    /** Sends the PBX actions of the effect; one impossible now (its call is gone) fails at once. */
    void act(Desk desk, Step step, ConsoleEffect effect) {
        DeskActions.Planned planned = actions.plan(effect, desk.receptionist(), desk.session(), step);
        Optional<Pending> pending = desk.session().pending();
        if (planned.impossible().isPresent()) {
            ConsoleLog.LOG.actionFailed(effect.name(), desk.id(), planned.impossible().get());
            failed(desk, pending, StateUpdate.ErrorCode.UNKNOWN_CALL, planned.impossible().get(), step);
            return;
        }
        for (PbxCommand command : planned.commands()) {
            pbx.commands().send(command).whenComplete((result, error) -> lane.later(desk,
                    "the answer to " + command.action(), () -> answered(desk, pending, step, result)));
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
                    Bounds.text(reason, Bounds.DETAIL_CHARS)));
        }
        if (pending.isPresent() && desk.session().pending().equals(pending)) {
            firing.fire(desk, Attempt.of(ConsoleTrigger.COMMAND_FAILED).withArgument(code + ": " + reason));
        } else {
            pushes.push(desk, step, false);
        }
    }
}
