package org.switchboard.pbx.scripted.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.pbx.scripted.state.ChannelView;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * The control actions a console sends, executed on the simulated PBX: each answers as Asterisk 22 answered in
 * the recordings of {@code ami-traces/actions} (messages and errors word for word) and emits the events that
 * Asterisk emitted, from what the state holds now; later steps (a phone answering, a parked call timing out)
 * come through {@link Later}. Channels an action touches are reported to the listener by linked id, so a
 * script that drove those calls (the demo day) can let go of them.
 */
public final class Control {

    private final PbxState state;
    private final Office office;
    private final Moves moves;
    private final Later later;
    private final Parker parker;
    private final QueueMembers queues;
    private final Consultation consultation;
    private volatile Consumer<String> touched = linkedId -> { };

    public Control(PbxState state, Later later) {
        this.state = state;
        this.later = later;
        Ids ids = new Ids(state.clock());
        this.office = new Office(state, ids, later);
        this.consultation = new Consultation(office, ids);
        this.moves = new Moves(office);
        this.parker = new Parker(office, moves, later);
        this.queues = new QueueMembers(state);
    }

    /** Hears the linked id of every call a control action changes. */
    public void onTouched(Consumer<String> listener) {
        this.touched = listener;
    }

    /** The reaction to a control action; empty for any other action. */
    public Optional<Reaction> react(AmiMessage action) {
        String name = action.getOr("Action", "").toLowerCase();
        return Optional.ofNullable(switch (name) {
            case "redirect" -> redirect(action);
            case "hangup" -> hangup(action);
            case "park" -> parker.park(action, this::touch);
            case "bridge" -> bridge(action);
            case "originate" -> originate(action);
            case "blindtransfer" -> blindTransfer(action);
            case "atxfer" -> consultation.atxfer(action, this::touch);
            case "queuepause" -> queues.pause(action);
            case "queueadd" -> queues.add(action);
            case "queueremove" -> queues.remove(action);
            default -> null;
        });
    }

    /**
     * The user of a phone hangs up this channel (a BYE), as the recorded phones did: a transferer ends its
     * consultation and so completes an Atxfer; any other channel leaves its bridge, which goes, and the peers
     * with it. Returns the events, empty when there is no such channel.
     */
    public List<AmiMessage> phoneHangsUp(String channelName) {
        Optional<ChannelView> found = state.channel(channelName);
        if (found.isEmpty()) {
            return List.of();
        }
        Chan channel = touch(Chan.of(found.get()));
        return consultation.transfererHungUp(channel).orElseGet(() -> office.hangUp(channel));
    }

    private Reaction redirect(AmiMessage action) {
        String name = action.getOr("Channel", "");
        Optional<ChannelView> found = state.channel(name);
        if (found.isEmpty()) {
            return Reaction.error("Channel does not exist: " + name);
        }
        Chan channel = touch(Chan.of(found.get()));
        Script script = office.script();
        boolean bridged = !channel.bridgeId().isEmpty();
        String context = action.getOr("Context", "");
        String exten = action.getOr("Exten", "");
        if (bridged) {
            script.dialplan(channel.at(context, exten, 1), channel.application(), "");
        }
        List<Chan> peers = moves.leave(script, channel);
        moves.endLeftBridge(script, channel, peers);
        goTo(script, channel, context, exten);
        return Reaction.success("Redirect successful").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    private Reaction hangup(AmiMessage action) {
        Optional<ChannelView> found = state.channel(action.getOr("Channel", ""));
        if (found.isEmpty()) {
            return Reaction.error("No such channel");
        }
        Chan channel = touch(Chan.of(found.get()));
        int cause = parseOr(action.getOr("Cause", "16"), 16);
        Script script = office.script();
        if (!channel.queue().isEmpty()) {
            moves.leaveQueue(script, channel);
            moves.hangUp(script, channel, cause, true);
        } else if (!channel.bridgeId().isEmpty()) {
            script.hangupRequest("SoftHangupRequest", channel, cause);
            List<Chan> peers = moves.leave(script, channel);
            script.bridge("BridgeDestroy", office.bridgeOf(channel).emptied());
            moves.hangUp(script, channel, cause, false);
            peers.forEach(peer -> moves.hangUp(script, peer, 16, true));
        } else {
            office.ringingFor(channel).forEach(callee -> {
                script.dial("DialEnd", channel, callee).put("DialStatus", "CANCEL");
                moves.hangUp(script, callee, 0, false);
            });
            moves.hangUp(script, channel, cause, true);
        }
        return Reaction.success("Channel Hungup").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    private Reaction bridge(AmiMessage action) {
        Optional<ChannelView> first = state.channel(action.getOr("Channel1", ""));
        Optional<ChannelView> second = state.channel(action.getOr("Channel2", ""));
        if (first.isEmpty()) {
            return Reaction.error("Channel1 does not exists: " + action.getOr("Channel1", ""));
        }
        if (second.isEmpty()) {
            return Reaction.error("Channel2 does not exists: " + action.getOr("Channel2", ""));
        }
        Chan one = touch(Chan.of(first.get()));
        Chan two = touch(Chan.of(second.get()));
        Script script = office.script();
        Bridge bridge = Bridge.basic(office.ids().bridge());
        script.bridge("BridgeCreate", bridge);
        if (one.music()) {
            script.channel("MusicOnHoldStop", one);
        }
        if (!one.bridgeId().isEmpty()) {
            script.leave(office.bridgeOf(one), one);
        }
        script.enter(bridge, one);
        List<Chan> leftBehind = office.peers(two);
        Bridge old = two.bridgeId().isEmpty() ? null : office.bridgeOf(two);
        if (old != null) {
            script.leave(old, two);
        }
        script.enter(bridge, two.linkedTo(one.linkedId()));
        script.channel("NewConnectedLine", one.connectedTo(two));
        script.channel("NewConnectedLine", two.connectedTo(one));
        for (Chan peer : leftBehind) {
            script.leave(old, peer);
            moves.hangUp(script, peer, 16, true);
        }
        if (old != null) {
            script.bridge("BridgeDestroy", old.emptied());
        }
        return Reaction.success("Channels have been bridged").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    /** BlindTransfer of the transferer's channel: its peer goes to the target, the transferer is hung up. */
    private Reaction blindTransfer(AmiMessage action) {
        Optional<ChannelView> found = state.channel(action.getOr("Channel", ""));
        if (found.isEmpty()) {
            return Reaction.error("Channel specified does not exist");
        }
        Chan transferer = touch(Chan.of(found.get()));
        List<Chan> peers = office.peers(transferer);
        if (peers.size() != 1) {
            return Reaction.error("Transfer failed");
        }
        Chan transferee = peers.get(0);
        Script script = office.script();
        Bridge bridge = office.bridgeOf(transferer);
        String context = action.getOr("Context", "");
        String exten = action.getOr("Exten", "");
        var event = script.event("BlindTransfer", Script.CALL);
        event.put("Result", "Success");
        event.putAll(transferer.block("Transferer"));
        event.putAll(transferee.block("Transferee"));
        event.putAll(bridge.block());
        event.put("IsExternal", "Yes");
        event.put("Context", context);
        event.put("Extension", exten);
        script.leave(bridge, transferer);
        script.dialplan(transferee.at(context, exten, 1), transferee.application(), "");
        script.leave(bridge, transferee);
        script.bridge("BridgeDestroy", bridge.emptied());
        goTo(script, transferee, context, exten);
        moves.hangUp(script, transferer, 16, false);
        return Reaction.success("Transfer succeeded").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    /** Originate towards a phone: it rings, answers, then its channel runs the target extension. */
    private Reaction originate(AmiMessage action) {
        String device = action.getOr("Channel", "");
        String context = action.getOr("Context", "");
        String exten = action.getOr("Exten", "");
        String actionId = action.getOr("ActionID", "");
        Script script = office.script();
        Chan leg = office.dial(script, null, device, device.substring(device.indexOf('/') + 1));
        if (!leg.ringing()) {
            script.event("OriginateResponse", Script.CALL).putAll(originateResponse(actionId, "Failure", leg,
                    context, exten, "5"));
            moves.hangUp(script, leg, 17, false);
        } else {
            later.after(Office.ANSWER_AFTER, () -> originated(leg.name(), actionId, context, exten));
        }
        return Reaction.success("Originate successfully queued").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    private List<AmiMessage> originated(String legName, String actionId, String context, String exten) {
        Script script = office.script();
        Optional<ChannelView> found = state.channel(legName);
        if (found.isEmpty()) {
            return List.of();
        }
        Chan leg = Chan.of(found.get());
        script.channel("Newstate", leg.state(Chan.UP));
        script.device(leg.device(), "INUSE");
        script.dial("DialEnd", null, leg).put("DialStatus", "ANSWER");
        script.event("OriginateResponse", Script.CALL).putAll(originateResponse(actionId, "Success", leg, context,
                exten, "4"));
        goTo(script, leg, context, exten);
        return script.events();
    }

    private static java.util.Map<String, String> originateResponse(String actionId, String response, Chan leg,
            String context, String exten, String reason) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("ActionID", actionId);
        fields.put("Response", response);
        fields.put("Channel", leg.name());
        fields.put("Context", context);
        fields.put("Exten", exten);
        fields.put("Reason", reason);
        fields.put("Uniqueid", leg.uniqueId());
        fields.put("CallerIDNum", leg.get("CallerIDNum"));
        fields.put("CallerIDName", leg.get("CallerIDName"));
        return fields;
    }

    /** The channel runs the dialplan there; a phone it dials answers later or is busy at once. */
    private void goTo(Script script, Chan channel, String context, String exten) {
        office.enter(script, channel, context, exten).ifPresent(callee -> {
            if (callee.ringing()) {
                office.answerLater(channel.name(), callee.name());
            } else {
                office.busyEnds(script, channel, callee);
            }
        });
    }

    private Chan touch(Chan channel) {
        touched.accept(channel.linkedId());
        return channel;
    }

    static int parseOr(String number, int fallback) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
