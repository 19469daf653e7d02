package org.switchboard.pbx.scripted.control;

import java.util.List;
import java.util.Optional;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * The people on the lines, as the recorded phones and trunk behaved: a phone that goes off hook and dials an
 * extension (internal-203-to-204), and a party that hangs up while it is not in a conversation: a caller waiting
 * in a queue abandons (redirect-after-caller-left: HangupRequest cause 127, the desks' dials cancelled twice,
 * QueueCallerAbandon, QueueCallerLeave, the desks' channels gone, the caller's Hangup cause 127); a caller whose
 * Dial rings a phone cancels it; a caller on music on hold just goes; a parked caller gives up its space
 * (see {@link Moves}).
 */
final class Callers {

    private static final int CALLER_CANCELLED = 127;
    private static final int NORMAL = 16;
    private static final int BUSY = 17;

    private final Office office;
    private final Moves moves;

    Callers(Office office, Moves moves) {
        this.office = office;
        this.moves = moves;
    }

    List<AmiMessage> dial(String device, String exten) {
        Chan caller = office.newChannel(device, null).state(Chan.RING).at("internal", exten, 1);
        Script script = office.script();
        script.channel("Newchannel", caller);
        script.device(device, "INUSE");
        office.goTo(script, caller, "internal", exten);
        return script.events();
    }

    /**
     * A phone that rings for a waiting caller or a Dial declines the call (486 Busy Here), as the busy phone
     * of originate-to-busy-then-free did: HangupRequest cause 17, DialEnd BUSY, Hangup cause 17. A queue then
     * goes on ringing its other members; a Dial returns and its caller's dialplan ends the call. Empty when the
     * channel is not a ringing phone with such a caller (an Originate's own leg has none).
     */
    Optional<List<AmiMessage>> declines(Chan phone) {
        if (!phone.ringing() || !phone.bridgeId().isEmpty()) {
            return Optional.empty();
        }
        Optional<Chan> caller = office.state().channelsOfCall(phone.linkedId()).stream()
                .filter(other -> !other.uniqueId().equals(phone.uniqueId()) && other.bridgeId().isEmpty())
                .filter(other -> !other.queue().isEmpty() || other.application().equals("Dial"))
                .map(Chan::of).findFirst();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        Script script = office.script();
        script.channel("HangupRequest", phone).put("Cause", Integer.toString(BUSY));
        script.dial("DialEnd", caller.get(), phone).put("DialStatus", "BUSY");
        if (caller.get().queue().isEmpty()) {
            office.busyEnds(script, caller.get(), phone);
        } else {
            moves.hangUp(script, phone, BUSY, false);
        }
        return Optional.of(script.events());
    }

    List<AmiMessage> hangsUp(Chan party) {
        Script script = office.script();
        boolean queued = !party.queue().isEmpty();
        List<Chan> ringing = office.ringingFor(party);
        boolean cancels = queued || !ringing.isEmpty();
        script.hangupRequest("HangupRequest", party, cancels ? CALLER_CANCELLED : NORMAL);
        moves.leave(script, party);
        if (!queued) {
            ringing.forEach(callee -> {
                script.dial("DialEnd", party, callee).put("DialStatus", "CANCEL");
                moves.hangUp(script, callee, 0, false);
            });
        }
        if (cancels) {
            script.hangupRequest("SoftHangupRequest", party, NORMAL);
        }
        script.hangup(party, cancels ? CALLER_CANCELLED : NORMAL);
        if (Office.isPhone(party.device())) {
            script.device(party.device(), "NOT_INUSE");
        }
        return script.events();
    }
}
