package org.switchboard.console;

import java.util.List;
import java.util.Optional;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.PartyState;
import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.CallFacts;
import org.switchboard.console.model.ConsoleState;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.WaitingCaller;

/**
 * A desk's session checked against the PBX's picture, after a reset or a log in and when the PBX's picture was
 * rebuilt: the calls it follows, her phone, the calls on her phone and those waiting in her queues, and her phone's
 * membership of her queues. What differs comes back to the session as triggers on its lane.
 */
final class PbxReconciliation {

    private final PbxView pbx;
    private final DeskLane lane;
    private final StepFiring firing;

    PbxReconciliation(PbxView pbx, DeskLane lane, StepFiring firing) {
        this.pbx = pbx;
        this.lane = lane;
        this.firing = firing;
    }

    /**
     * Checks the followed calls against the PBX model (those it no longer knows have ended) and, at work, takes
     * her phone's state from it, puts on her lines the calls her phone already takes part in (she logged in again
     * while talking, after her client lost its link) and starts following the calls already waiting in the desk's
     * queues.
     */
    void reconcile(Desk desk) {
        for (CallEntry entry : desk.session().entries()) {
            if (pbx.call(entry.call()).isEmpty()) {
                lane.later(desk, "a reset", () -> firing.fire(desk, Attempt.about(ConsoleTrigger.CALL_ENDED,
                        entry.call()).withArgument("gone after a reset")));
            }
        }
        if (desk.session().state() == ConsoleState.PASSIVE || !desk.session().state().loggedIn()) {
            return;
        }
        pbx.phones().stream().filter(phone -> phone.device().equals(desk.receptionist().phoneDevice()))
                .filter(phone -> (phone.status() != PhoneStatus.IDLE) != desk.session().phoneBusy()).findFirst()
                .ifPresent(phone -> lane.later(desk, "her phone", () -> firing.fire(desk, Attempt.of(phone.status()
                        == PhoneStatus.IDLE ? ConsoleTrigger.PHONE_FREE : ConsoleTrigger.PHONE_BUSY)
                        .withArgument(phone.status().name()))));
        onHerPhone(desk);
        waitingInHerQueues(desk);
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
                    .findFirst().ifPresent(party -> lane.later(desk, "a call on her phone", () -> {
                        firing.fire(desk, Attempt.of(ConsoleTrigger.RINGING).withFacts(CallFactsLookup.facts(call)));
                        if (party.state() == PartyState.ESTABLISHED) {
                            firing.fire(desk, Attempt.about(ConsoleTrigger.ANSWERED, call.id()));
                        }
                    }));
        }
    }

    /** The calls waiting in the desk's queues that the session does not follow yet. */
    private void waitingInHerQueues(Desk desk) {
        for (Queue queue : pbx.queues()) {
            if (!desk.interest().queues().contains(queue.name())) {
                continue;
            }
            for (WaitingCaller caller : queue.callers()) {
                if (desk.session().entry(caller.call()).isEmpty()) {
                    CallFacts facts = new CallFacts(caller.call(), caller.caller().number(), caller.caller().name(),
                            queue.name(), Optional.of(queue.name()));
                    lane.later(desk, "the calls waiting", () -> firing.fire(desk,
                            Attempt.of(ConsoleTrigger.QUEUED).withFacts(facts)));
                }
            }
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
}
