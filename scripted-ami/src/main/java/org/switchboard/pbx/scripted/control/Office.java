package org.switchboard.pbx.scripted.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.ChannelView;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * The dialplan and the phones of the recorded office (see {@code pbx-config/extensions.conf}): in context
 * {@code internal}, extensions 201 to 206 dial their phone for 30 s (with the channel driver the calling channel
 * shows: PJSIP, or SIP for chan_sip), 8002 plays music on hold, 9000 and 9 with a desk's extension (9201, 9202) go to the reception
 * queues ({@link QueueCalls}). A dialled
 * phone that already has a call is busy (no call waiting); otherwise it rings and answers after
 * {@link #ANSWER_AFTER} (or when a test tells it to: {@link Phones}), and the caller and the phone meet in a
 * basic bridge; after {@link #TALK} the phone hangs up, and so does whoever it talked to.
 */
final class Office {

    static final Duration ANSWER_AFTER = Duration.ofMillis(1500);
    /** How long a phone that answered talks before it hangs up. */
    static final Duration TALK = Duration.ofSeconds(45);
    static final String MUSIC_ON_HOLD = "8002";
    /** How long Dial rings a phone ({@code Dial(PJSIP/204,30,tT)}). */
    static final Duration DIAL_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern PHONE = Pattern.compile("20[1-6]");
    /** The reception number (internal: Goto to the reception context; the personal queues' numbers too). */
    private static final String RECEPTION = "9000";

    private final PbxState state;
    private final Ids ids;
    private final Later later;
    private final Phones phones;
    private final Completions completions;
    /** Where a channel sent to the reception numbers goes on: the queue, as {@link QueueCalls} writes it. */
    private ReceptionQueue receptionQueue = (script, channel, exten) -> { };

    /** Writes a channel's way from the reception contexts into its queue. */
    interface ReceptionQueue {
        void accept(Script script, Chan channel, String exten);
    }

    Office(PbxState state, Ids ids, Later later) {
        this.state = state;
        this.ids = ids;
        this.later = later;
        this.phones = new Phones(state);
        this.completions = new Completions(state.clock());
    }

    Script script() {
        return new Script(state.clock(), completions);
    }

    /** The channel runs the dialplan at {@code exten@context}, from priority 1; returns the phone it dials, if any. */
    Optional<Chan> enter(Script script, Chan channel, String context, String exten) {
        if (exten.equals(RECEPTION) || QueueCalls.personalQueue(state, exten).isPresent()) {
            script.dialplan(channel.at(context, exten, 1), "Goto", exten.equals("9000")
                    ? "reception,s,1" : "reception-personal," + exten.substring(1) + ",1");
            receptionQueue.accept(script, channel, exten);
            return Optional.empty();
        }
        if (exten.equals(MUSIC_ON_HOLD)) {
            script.dialplan(channel.at(context, exten, 2), "MusicOnHold", "default");
            script.channel("MusicOnHoldStart", channel).put("Class", "default");
        } else if (PHONE.matcher(exten).matches()) {
            script.dialplan(channel.at(context, exten, 1), "NoOp",
                    "Internal call from \"" + channel.get("CallerIDName") + "\" <" + channel.get("CallerIDNum")
                            + "> to " + exten);
            String device = technology(channel) + "/" + exten;
            script.dialplan(channel.at(context, exten, 2), "Dial", device + ",30,tT");
            return Optional.of(dial(script, channel, device, exten));
        } else {
            script.dialplan(channel.at(context, exten, 1), "NoOp", "");
        }
        return Optional.empty();
    }

    /** The channel runs the dialplan there; a phone it dials answers later or is busy at once. */
    void goTo(Script script, Chan channel, String context, String exten) {
        enter(script, channel, context, exten).ifPresent(callee -> {
            if (callee.ringing()) {
                answerLater(channel.name(), callee.name());
            } else {
                busyEnds(script, channel, callee);
            }
        });
    }

    /**
     * Dial from {@code caller} (null for an Originate's own leg) to a phone: busy at once, or ringing and
     * answered later. Returns the new channel.
     */
    Chan dial(Script script, Chan caller, String device, String dialString) {
        return dial(script, caller, device, dialString, null);
    }

    /** The same; the new channel gets {@code uniqueId} (null: a new one), and as an Originate's leg that linked id. */
    Chan dial(Script script, Chan caller, String device, String dialString, String uniqueId) {
        Chan callee = newChannel(device, caller == null ? null : caller.linkedId(), uniqueId);
        boolean busy = state.deviceInUse(device);
        script.channel("Newchannel", callee);
        if (caller != null) {
            callee.at(caller.get("Context"), caller.get("Exten"), 1);
            script.dialplan(callee, "AppDial", "(Outgoing Line)");
            script.channel("NewConnectedLine", callee.connectedTo(caller));
        } else {
            script.dialplan(callee, "AppDial2", "(Outgoing Line)");
            script.channel("NewConnectedLine", callee);
        }
        script.dial("DialBegin", caller, callee).put("DialString", dialString);
        if (caller != null) {
            script.channel("NewConnectedLine", caller.connectedTo(callee));
        }
        if (busy) {
            script.hangupRequest("HangupRequest", callee, 17);
            script.dial("DialEnd", caller, callee).put("DialStatus", "BUSY");
            return callee;
        }
        script.channel("Newstate", callee.state(Chan.RINGING));
        script.dial("DialState", caller, callee).put("DialStatus", "RINGING");
        script.device(device, "RINGING");
        if (caller != null) {
            String callerName = caller.name();
            later.after(DIAL_TIMEOUT, () -> noAnswer(callerName, callee.name()));
        }
        return callee;
    }

    /**
     * The dial's 30 s are over and the phone still rings: Dial gives up (DialEnd NOANSWER), the phone's channel
     * goes, and the caller's dialplan ends it ({@code NoOp(DIALSTATUS=NOANSWER)}, {@code Hangup()}). Not
     * recorded; written as the recorded busy end (originate-to-busy-then-free) with the NOANSWER status.
     */
    private List<AmiMessage> noAnswer(String callerName, String calleeName) {
        Optional<ChannelView> caller = state.channel(callerName);
        Optional<ChannelView> callee = state.channel(calleeName)
                .filter(found -> found.bridgeId().isEmpty() && "5".equals(found.snapshot().get("ChannelState")));
        if (caller.isEmpty() || callee.isEmpty()) {
            return List.of();
        }
        Chan from = Chan.of(caller.get());
        Chan to = Chan.of(callee.get());
        Script script = script();
        script.dial("DialEnd", from, to).put("DialStatus", "NOANSWER");
        script.hangup(to, 0);
        script.device(to.device(), "NOT_INUSE");
        script.dialplan(from.at(from.get("Context"), from.get("Exten"), 3), "NoOp", "DIALSTATUS=NOANSWER");
        script.dialplan(from.at(from.get("Context"), from.get("Exten"), 4), "Hangup", "");
        script.hangupRequest("SoftHangupRequest", from, 16);
        script.hangup(from, 16);
        if (isPhone(from.device())) {
            script.device(from.device(), "NOT_INUSE");
        }
        return script.events();
    }

    /** The busy end of a dial from a caller in the dialplan: its Dial returns, it hangs up, then the callee goes. */
    void busyEnds(Script script, Chan caller, Chan callee) {
        script.dialplan(caller.at(caller.get("Context"), caller.get("Exten"), 3), "NoOp", "DIALSTATUS=BUSY");
        script.dialplan(caller.at(caller.get("Context"), caller.get("Exten"), 4), "Hangup", "");
        script.hangupRequest("SoftHangupRequest", caller, 16);
        script.hangup(callee, 17);
        script.hangup(caller, 17);
        script.device(caller.device(), "NOT_INUSE");
    }

    /** After {@link #ANSWER_AFTER}, the ringing phone answers and is bridged with its caller, if both still live. */
    void answerLater(String callerName, String calleeName) {
        answerLater(callerName, calleeName, script -> { });
    }

    /** The same, then {@code andThen} writes what the answer leads to (a Local channel's other half going up). */
    void answerLater(String callerName, String calleeName, java.util.function.Consumer<Script> andThen) {
        rings(calleeName, () -> {
            Script script = script();
            ChannelView caller = state.channel(callerName).orElse(null);
            ChannelView callee = state.channel(calleeName).orElse(null);
            if (caller != null && callee != null && callee.bridgeId().isEmpty()) {
                answer(script, Chan.of(caller), Chan.of(callee));
                andThen.accept(script);
            }
            return script.events();
        });
    }

    /**
     * The phone on this channel rings; {@code answer} writes what its answer does. The phone answers by itself
     * after {@link #ANSWER_AFTER}, or, while {@link Phones#answerOnCommand} holds, when a test tells it to.
     */
    void rings(String calleeName, java.util.function.Supplier<List<AmiMessage>> answer) {
        if (phones.answerOnCommand()) {
            phones.ringing(calleeName, answer);
        } else {
            later.after(ANSWER_AFTER, answer);
        }
    }

    void receptionQueue(ReceptionQueue queue) {
        this.receptionQueue = queue;
    }

    Completions completions() {
        return completions;
    }

    Phones phones() {
        return phones;
    }

    /** The phone answers: Up, DialEnd ANSWER, a new basic bridge with both. */
    void answer(Script script, Chan caller, Chan callee) {
        script.channel("Newstate", callee.state(Chan.UP));
        script.device(callee.device(), "INUSE");
        script.dial("DialEnd", caller, callee).put("DialStatus", "ANSWER");
        if (!caller.up()) {
            script.channel("Newstate", caller.state(Chan.UP));
        }
        Bridge bridge = Bridge.basic(ids.bridge());
        script.bridge("BridgeCreate", bridge);
        script.dialplan(callee.at(callee.get("Context"), "", 1), "AppDial", "(Outgoing Line)");
        script.enter(bridge, callee);
        script.enter(bridge, caller);
        hangUpLater(callee.name());
    }

    /** After {@link #TALK}, the phone hangs up (BYE); not while phones answer on command (tests hang up). */
    void hangUpLater(String phoneName) {
        if (!phones.answerOnCommand()) {
            later.after(TALK, () -> state.channel(phoneName).map(Chan::of).map(this::hangUp).orElse(List.of()));
        }
    }

    /** The phone hangs up (BYE): it leaves its bridge, the bridge goes, and its peers are hung up. */
    List<AmiMessage> hangUp(Chan phone) {
        Script script = script();
        script.hangupRequest("HangupRequest", phone, 16);
        List<Chan> others = peers(phone);
        if (!phone.bridgeId().isEmpty()) {
            Bridge bridge = bridgeOf(phone);
            script.leave(bridge, phone);
            others.forEach(peer -> script.leave(bridge, peer));
            script.bridge("BridgeDestroy", bridge.emptied());
        }
        script.hangup(phone, 16);
        if (isPhone(phone.device())) {
            script.device(phone.device(), "NOT_INUSE");
        }
        others.forEach(peer -> {
            script.hangupRequest("SoftHangupRequest", peer, 16);
            script.hangup(peer, 16);
            if (isPhone(peer.device())) {
                script.device(peer.device(), "NOT_INUSE");
            }
        });
        return script.events();
    }

    /** A new channel on a device, in the given call or (null) in a call of its own. */
    Chan newChannel(String device, String linkedId) {
        return newChannel(device, linkedId, null);
    }

    /** The same, with a unique id chosen by the client (an Originate's ChannelId); null for a new one. */
    Chan newChannel(String device, String linkedId, String uniqueId) {
        String[] nameAndId = ids.channel(device);
        if (uniqueId != null) {
            nameAndId[1] = uniqueId;
        }
        String number = device.substring(device.indexOf('/') + 1);
        return Chan.fresh(nameAndId[0], nameAndId[1], linkedId == null ? nameAndId[1] : linkedId, number,
                state.callerName(device).isEmpty() ? number : state.callerName(device));
    }

    /** The other channels of the bridge {@code channel} is in. */
    List<Chan> peers(Chan channel) {
        if (channel.bridgeId().isEmpty()) {
            return List.of();
        }
        return state.channelsInBridge(channel.bridgeId()).stream()
                .filter(peer -> !peer.uniqueId().equals(channel.uniqueId())).map(Chan::of).toList();
    }

    Bridge bridgeOf(Chan channel) {
        return Bridge.of(state.bridge(channel.bridgeId()));
    }

    /** The desks' channels that a queue rings for this waiting caller: the call's other channels, not bridged. */
    List<Chan> ringingFor(Chan caller) {
        return state.channelsOfCall(caller.linkedId()).stream()
                .filter(other -> !other.uniqueId().equals(caller.uniqueId()) && other.bridgeId().isEmpty())
                .map(Chan::of).toList();
    }

    PbxState state() {
        return state;
    }

    Ids ids() {
        return ids;
    }

    /** Whether the device is a phone of the office (not the trunk, not a Local channel). */
    static boolean isPhone(String device) {
        return (device.startsWith("PJSIP/") || device.startsWith("SIP/")) && !device.endsWith("/trunk");
    }

    /** The channel driver the office's phones use, as the channel shows it: {@code SIP} (chan_sip) or {@code PJSIP}. */
    static String technology(Chan channel) {
        return channel.name().startsWith("SIP/") ? "SIP" : "PJSIP";
    }
}
