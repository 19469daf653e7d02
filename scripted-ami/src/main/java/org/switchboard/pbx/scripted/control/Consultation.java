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
 * phone; when the phone answers, both halves go Up. When the transferer hangs up, the transfer completes: the
 * {@code ;1} half moves into the transferee's bridge (BridgeMerge), the music stops, AttendedTransfer says so,
 * and the consultation bridge and the transferer's channel go. The Local pair is not optimised away (Asterisk
 * 20 with PJSIP did not either in the recording).
 */
final class Consultation {

    /** A consultation in progress, by the transferer's channel name: where the transferee waits, and the Local half. */
    private record Consulting(String originalBridge, String transferee, String localOne) {
    }

    private final Office office;
    private final Ids ids;
    private final java.util.Map<String, Consulting> consulting = new java.util.concurrent.ConcurrentHashMap<>();

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
        consulting.put(transferer.name(), new Consulting(original.id(), transferee.name(), one.name()));
        callee.filter(Chan::ringing).ifPresent(phone -> office.answerLater(two.name(), phone.name(), later -> {
            Chan up = Chan.of(office.state().channel(one.name()).orElseThrow()).state(Chan.UP);
            later.dial("DialEnd", null, up).put("DialStatus", "ANSWER");
            later.channel("Newstate", up);
        }));
        return Reaction.success("Atxfer successfully queued").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    /** The transferer of a consultation in progress hung up: the transfer completes. Empty if it is none. */
    Optional<List<AmiMessage>> transfererHungUp(Chan transferer) {
        Consulting consultation = consulting.remove(transferer.name());
        Optional<ChannelView> waiting = Optional.ofNullable(consultation)
                .flatMap(found -> office.state().channel(found.transferee()));
        Optional<ChannelView> local = Optional.ofNullable(consultation)
                .flatMap(found -> office.state().channel(found.localOne()));
        if (waiting.isEmpty() || local.isEmpty() || transferer.bridgeId().isEmpty()) {
            return Optional.empty();
        }
        Chan transferee = Chan.of(waiting.get());
        Chan one = Chan.of(local.get());
        Bridge consultationBridge = office.bridgeOf(transferer);
        Bridge original = Bridge.of(office.state().bridge(consultation.originalBridge()));
        Script script = office.script();
        script.hangupRequest("HangupRequest", transferer, 16);
        script.leave(consultationBridge, transferer);
        var merge = script.event("BridgeMerge", Script.CALL);
        original.block().forEach((key, value) -> merge.put("To" + key, value));
        consultationBridge.block().forEach((key, value) -> merge.put("From" + key, value));
        script.leave(consultationBridge, one);
        script.enter(original, one);
        script.channel("MusicOnHoldStop", transferee);
        var transfer = script.event("AttendedTransfer", Script.CALL);
        transfer.put("Result", "Success");
        transfer.putAll(transferer.block("OrigTransferer"));
        original.block().forEach((key, value) -> transfer.put("Orig" + key, value));
        transfer.putAll(transferer.block("SecondTransferer"));
        consultationBridge.block().forEach((key, value) -> transfer.put("Second" + key, value));
        transfer.putAll(transferee.block("Transferee"));
        transfer.put("DestType", "Bridge");
        transfer.put("DestBridgeUniqueid", original.id());
        transfer.put("IsExternal", "No");
        script.channel("NewConnectedLine", transferee.connectedTo(one));
        script.channel("NewConnectedLine", one.connectedTo(transferee));
        script.bridge("BridgeDestroy", consultationBridge.emptied());
        script.hangup(transferer, 16);
        script.device(transferer.device(), "NOT_INUSE");
        return Optional.of(script.events());
    }
}
