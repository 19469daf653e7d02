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
    private final QueueCalls queueCalls;
    private final Callers callers;
    private final Originator originator;
    private final Registrations registrations;
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
        this.queueCalls = new QueueCalls(office);
        this.callers = new Callers(office, moves);
        this.originator = new Originator(office, moves, later);
        this.registrations = new Registrations(state);
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
            case "originate" -> originator.originate(action, this::touch);
            case "blindtransfer" -> blindTransfer(action);
            case "atxfer" -> consultation.atxfer(action, this::touch);
            case "queuepause" -> ringAfter(action, queues.pause(action));
            case "queueadd" -> ringAfter(action, queues.add(action));
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

    /**
     * The phones answer a while after they ring and hang up after a talk (false, the default, as the demo's
     * phones do), or (true) only when {@link #answer(String)} and {@link #partyHangsUp(String)} tell them to.
     */
    public void answerOnCommand(boolean onCommand) {
        office.phones().answerOnCommand(onCommand);
    }

    /** Whether the phones answer only when told to. */
    public boolean answersOnCommand() {
        return office.phones().answerOnCommand();
    }

    /** An outside caller on the trunk dials {@code dialled} (9000: the reception; 9201, 9202: a desk's queue). */
    public List<AmiMessage> trunkCall(String dialled, String number, String name) {
        return queueCalls.arrive(dialled, number, name);
    }

    /** The phone of this device ({@code PJSIP/202}) picks up the call it rings with; empty if it does not ring. */
    public List<AmiMessage> answer(String device) {
        return office.phones().answer(device);
    }

    /** Whether the phone of this device is registered now. */
    public boolean registered(String device) {
        return registrations.registered(device);
    }

    /** The phone of this device registers, as in the recording {@code phone-unregister}; empty if it is already. */
    public List<AmiMessage> phoneRegisters(String device) {
        return registrations.register(device);
    }

    /** The phone of this device unregisters, as in the recording {@code phone-unregister}; empty if it was not. */
    public List<AmiMessage> phoneUnregisters(String device) {
        return registrations.unregister(device);
    }

    /** The channel of the device ringing now and waiting to be answered, if any. */
    public Optional<String> ringingOn(String device) {
        return office.phones().ringingOn(device);
    }

    /** The phone of this device goes off hook and dials an internal extension: its new channel's events. */
    public List<AmiMessage> phoneDials(String device, String exten) {
        return callers.dial(device, exten);
    }

    /**
     * Whoever is on this channel hangs up, wherever the call is: waiting in a queue (it abandons), ringing a
     * phone, in a conversation (a BYE: see {@link #phoneHangsUp}), on music on hold, or parked (it gives up);
     * a phone that rings for a queue or a Dial declines the call as busy. Empty when there is no such channel.
     */
    public List<AmiMessage> partyHangsUp(String channelName) {
        Optional<ChannelView> found = state.channel(channelName);
        if (found.isEmpty()) {
            return List.of();
        }
        Chan channel = touch(Chan.of(found.get()));
        if (!channel.bridgeId().isEmpty() && !moves.parked(channel)) {
            return phoneHangsUp(channelName);
        }
        return originator.declined(channel).or(() -> callers.declines(channel))
                .orElseGet(() -> callers.hangsUp(channel));
    }

    private Reaction ringAfter(AmiMessage action, Reaction reaction) {
        boolean unpaused = action.getOr("Action", "").equalsIgnoreCase("QueueAdd")
                ? !action.getOr("Paused", "false").equalsIgnoreCase("true")
                : action.getOr("Paused", "true").equalsIgnoreCase("false");
        if (!unpaused || reaction.replies().isEmpty()
                || !reaction.replies().get(0).getOr("Response", "").equals("Success")) {
            return reaction;
        }
        List<String> queuesOfMember = reaction.events().stream().map(event -> event.getOr("Queue", ""))
                .filter(queue -> !queue.isEmpty()).distinct().toList();
        later.after(java.time.Duration.ZERO, () -> queuesOfMember.stream()
                .flatMap(queue -> queueCalls.memberAvailable(queue, List.of()).stream()).toList());
        return reaction;
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
        } else {
            cancelRinging(script, channel);
        }
        List<Chan> peers = moves.leave(script, channel);
        moves.endLeftBridge(script, channel, peers);
        office.goTo(script, channel, context, exten);
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
            if (!moves.parked(channel)) {
                script.bridge("BridgeDestroy", office.bridgeOf(channel).emptied());
            }
            moves.hangUp(script, channel, cause, false);
            peers.forEach(peer -> moves.hangUp(script, peer, 16, true));
        } else {
            cancelRinging(script, channel);
            moves.hangUp(script, channel, cause, true);
        }
        return Reaction.success("Channel Hungup").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    /** The phones {@code channel} is ringing stop ringing: Asterisk cancels a Dial whose caller leaves it. */
    private void cancelRinging(Script script, Chan channel) {
        office.ringingFor(channel).forEach(callee -> {
            script.dial("DialEnd", channel, callee).put("DialStatus", "CANCEL");
            moves.hangUp(script, callee, 0, false);
        });
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
        office.completions().drop(one.uniqueId());
        office.completions().drop(two.uniqueId());
        Script script = office.script();
        Bridge bridge = Bridge.basic(office.ids().bridge());
        script.bridge("BridgeCreate", bridge);
        if (moves.parked(one)) {
            moves.leave(script, one);
        } else {
            if (one.music()) {
                script.channel("MusicOnHoldStop", one);
            }
            if (!one.bridgeId().isEmpty()) {
                script.leave(office.bridgeOf(one), one);
            }
        }
        script.enter(bridge, one);
        boolean twoParked = moves.parked(two);
        List<Chan> leftBehind = twoParked ? List.of() : office.peers(two);
        Bridge old = two.bridgeId().isEmpty() || twoParked ? null : office.bridgeOf(two);
        if (twoParked) {
            moves.leave(script, two);
        } else if (old != null) {
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
        office.goTo(script, transferee, context, exten);
        moves.hangUp(script, transferer, 16, false);
        return Reaction.success("Transfer succeeded").thenEmit(script.events().toArray(AmiMessage[]::new));
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
