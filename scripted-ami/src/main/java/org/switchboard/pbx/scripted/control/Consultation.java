package org.switchboard.pbx.scripted.control;

import java.util.List;
import java.util.Optional;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.pbx.scripted.state.ChannelView;

/**
 * Atxfer as Asterisk does it (transfer-attended-202-to-204): the transferer's peer is held with music, a Local
 * channel pair to the target is made, its {@code ;1} half enters a new consultation bridge (still Down) and the
 * transferer moves there from its bridge, while the {@code ;2} half runs the target's dialplan and dials the
 * phone; when the phone answers, both halves go Up. Not simulated yet: the end of the consultation (the
 * transferer hanging up completes the transfer with BridgeMerge and AttendedTransfer).
 */
final class Consultation {

    private final Office office;
    private final Ids ids;

    Consultation(Office office, Ids ids) {
        this.office = office;
        this.ids = ids;
    }

    Reaction atxfer(AmiMessage action, java.util.function.UnaryOperator<Chan> touch) {
        String name = action.getOr("Channel", "");
        Optional<ChannelView> found = office.state().channel(name);
        if (found.isEmpty()) {
            return Reaction.error("Channel specified does not exist");
        }
        Chan transferer = touch.apply(Chan.of(found.get()));
        List<Chan> peers = office.peers(transferer);
        if (peers.size() != 1) {
            return Reaction.error("Unable to perform attended transfer");
        }
        Chan transferee = peers.get(0);
        String context = action.getOr("Context", "");
        String exten = action.getOr("Exten", "");
        Script script = office.script();
        script.channel("Hold", transferer);
        script.channel("MusicOnHoldStart", transferee).put("Class", "default");
        String[] local = ids.local(exten, context);
        Chan one = Chan.fresh(local[0], local[1], transferer.linkedId(), transferer.get("CallerIDNum"),
                transferer.get("CallerIDName")).at(context, exten, 1);
        Chan two = Chan.fresh(local[2], local[3], transferer.linkedId(), transferer.get("CallerIDNum"),
                transferer.get("CallerIDName")).state(Chan.RING).at(context, exten, 1);
        script.channel("Newchannel", one);
        script.channel("Newchannel", two);
        Bridge consultation = Bridge.basic(ids.bridge());
        script.bridge("BridgeCreate", consultation);
        script.enter(consultation, one);
        Optional<Chan> callee = office.enter(script, two, context, exten);
        Bridge original = office.bridgeOf(transferer);
        script.leave(original, transferer);
        script.enter(consultation, transferer);
        script.channel("Newstate", one.state(Chan.RINGING));
        callee.filter(Chan::ringing).ifPresent(phone -> office.answerLater(two.name(), phone.name(), later -> {
            Chan up = Chan.of(office.state().channel(one.name()).orElseThrow()).state(Chan.UP);
            later.dial("DialEnd", null, up).put("DialStatus", "ANSWER");
            later.channel("Newstate", up);
        }));
        return Reaction.success("Atxfer successfully queued").thenEmit(script.events().toArray(AmiMessage[]::new));
    }
}
