package org.switchboard.call.model;

import java.util.Optional;

import org.switchboard.pbx.model.ChannelEvent.DialEnded;
import org.switchboard.pbx.model.ChannelEvent.DialStarted;
import org.switchboard.shared.model.Consequences;

/**
 * DialBegin and DialEnd, seen from both ends: the destination is offered the call and answers or not;
 * the caller (absent for an AMI Originate) waits for its pending dials. A caller that rings several
 * phones at once (a ringall queue) gets one DialEnd per phone, and app_queue repeats its CANCELs: only
 * the end of the last pending dial of a round without an answer counts as "unanswered". Dialling the first
 * half of a Local channel offers the call to nobody yet: the call is offered to, and answered by, the party
 * that the Local channel's second half dials.
 */
final class Dialling {

    private static final String ANSWER = "ANSWER";
    private static final String CANCEL = "CANCEL";

    private final LiveCalls calls;

    Dialling(LiveCalls calls) {
        this.calls = calls;
    }

    void started(DialStarted event, Consequences out) {
        Optional<ActiveChannel> destination = calls.find(event.channel(), event, out);
        destination.ifPresent(dest -> {
            dest.markDialled();
            calls.fire(dest, PartyTrigger.DIALLED, event, out).filter(moved -> !dest.ref().local())
                    .ifPresent(moved -> out.add(new CallOffered(calls.callOf(dest).id(), event.stamp().pbxTime(),
                            new CallOffered.ToDevice(dest.device(), dest.id()))));
        });
        event.caller().flatMap(ref -> calls.find(ref, event, out)).ifPresent(caller -> {
            destination.ifPresent(dest -> caller.dialStarted(dest.id()));
            calls.fire(caller, PartyTrigger.DIAL_STARTED, event, out);
        });
    }

    void ended(DialEnded event, Consequences out) {
        boolean answered = ANSWER.equals(event.dialStatus());
        Optional<ActiveChannel> destination = calls.find(event.channel(), event, out);
        Optional<ActiveChannel> caller = event.caller().flatMap(ref -> calls.find(ref, event, out));
        destination.ifPresent(dest -> {
            calls.fire(dest, answered ? PartyTrigger.ANSWERED : PartyTrigger.DIAL_FAILED, event, out);
            if (answered && caller.isPresent() && !dest.ref().local()) {
                ActiveCall call = calls.callOf(dest);
                boolean first = call.answered(event.stamp().pbxTime(), dest);
                out.add(new CallAnswered(call.id(), event.stamp().pbxTime(), dest.device(), dest.id(), first));
            }
        });
        caller.ifPresent(from -> callerSide(from, destination, event, answered, out));
    }

    private void callerSide(ActiveChannel caller, Optional<ActiveChannel> destination, DialEnded event,
            boolean answered, Consequences out) {
        boolean wasPending = destination.map(dest -> caller.dialEnded(dest.id(), answered)).orElse(false);
        if (answered) {
            calls.fire(caller, PartyTrigger.DIAL_ANSWERED, event, out);
            return;
        }
        if (!wasPending) {
            return;
        }
        if (!CANCEL.equals(event.dialStatus())) {
            calls.callOf(caller).dialStatus(event.dialStatus());
        }
        if (!caller.dialsPending() && !caller.roundAnswered()) {
            calls.fire(caller, PartyTrigger.DIAL_UNANSWERED, event, out);
        }
    }
}
