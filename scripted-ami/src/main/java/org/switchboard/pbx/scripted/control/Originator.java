package org.switchboard.pbx.scripted.control;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.pbx.scripted.state.ChannelView;

/**
 * Originate as the recorded Asterisk did it (originate-201-to-204, couple-bridge-two-calls,
 * originate-to-busy-then-free): the device rings, answers (OriginateResponse Success, Reason 4) and its channel
 * runs the target extension; a busy device fails at once (Reason 5), and so does one whose user rejects the
 * call; one that rings past the Timeout fails with Reason 3.
 */
final class Originator {

    /** The longest unique id an Originate's ChannelId may set ({@code AST_MAX_PUBLIC_UNIQUEID}). */
    static final int MAX_CHANNEL_ID = 149;

    /** What an Originate whose leg still rings asked for, to answer it if the phone rejects the call. */
    private record Asked(String actionId, String context, String exten) {
    }

    private final Office office;
    private final Moves moves;
    private final Later later;
    private final Map<String, Asked> ringing = new java.util.concurrent.ConcurrentHashMap<>();

    Originator(Office office, Moves moves, Later later) {
        this.office = office;
        this.moves = moves;
        this.later = later;
    }

    /**
     * Originate towards a phone: it rings, answers, then its channel runs the target extension.
     *
     * <p>A {@code ChannelId} header becomes the dialled channel's Uniqueid, and so the Linkedid of the call
     * it starts: "Channel UniqueId to be set on the channel" (Asterisk 20 manager documentation, AMI action
     * Originate, https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/AMI_Actions/Originate).
     * The recordings do not cover {@code ChannelId}; everything else stays as in the recorded Originates.
     * Two refusals follow Asterisk's source rather than a recording: an id longer than
     * {@value #MAX_CHANNEL_ID} characters is answered with {@code Uniqueid length exceeds maximum of 149}
     * (manager.c), and an id a live channel already has makes no channel (channel.c refuses to allocate it),
     * so the queued Originate ends with an {@code OriginateResponse} {@code Failure}.
     */
    Reaction originate(AmiMessage action, UnaryOperator<Chan> touch) {
        String device = action.getOr("Channel", "");
        String context = action.getOr("Context", "");
        String exten = action.getOr("Exten", "");
        String actionId = action.getOr("ActionID", "");
        String channelId = action.getOr("ChannelId", "").strip();
        if (channelId.length() > MAX_CHANNEL_ID) {
            return Reaction.error("Uniqueid length exceeds maximum of " + MAX_CHANNEL_ID + "\n");
        }
        Script script = office.script();
        if (!channelId.isEmpty() && office.state().hasUniqueId(channelId)) {
            Chan none = Chan.fresh(device, "<null>", "<null>", "<unknown>", "<unknown>");
            script.event("OriginateResponse", Script.CALL).putAll(originateResponse(actionId, "Failure", none,
                    context, exten, "0"));
            return Reaction.success("Originate successfully queued")
                    .thenEmit(script.events().toArray(AmiMessage[]::new));
        }
        Chan leg = office.dial(script, null, device, device.substring(device.indexOf('/') + 1),
                channelId.isEmpty() ? null : channelId);
        if (!leg.ringing()) {
            script.event("OriginateResponse", Script.CALL).putAll(originateResponse(actionId, "Failure", leg,
                    context, exten, "5"));
            moves.hangUp(script, leg, 17, false);
        } else {
            ringing.put(leg.name(), new Asked(actionId, context, exten));
            office.rings(leg.name(), () -> originated(leg.name(), actionId, context, exten));
            long timeout = Control.parseOr(action.getOr("Timeout", "30000"), 30_000);
            later.after(Duration.ofMillis(timeout), () -> unanswered(leg.name(), actionId, context, exten, touch));
        }
        return Reaction.success("Originate successfully queued").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    /**
     * The user of the phone an Originate rings rejects the call (486 Busy Here): its channel goes as the busy
     * phone's did in originate-to-busy-then-free (HangupRequest 17, DialEnd BUSY, Hangup 17), and the
     * OriginateResponse says Failure with Reason 5 (busy), as for a device busy at once. Empty when the
     * channel is not an Originate's ringing leg.
     */
    Optional<List<AmiMessage>> declined(Chan leg) {
        Asked asked = ringing.remove(leg.name());
        if (asked == null || !leg.ringing() || !leg.bridgeId().isEmpty()) {
            return Optional.empty();
        }
        Script script = office.script();
        script.channel("HangupRequest", leg).put("Cause", "17");
        script.dial("DialEnd", null, leg).put("DialStatus", "BUSY");
        moves.hangUp(script, leg, 17, false);
        script.event("OriginateResponse", Script.CALL).putAll(originateResponse(asked.actionId(), "Failure", leg,
                asked.context(), asked.exten(), "5"));
        return Optional.of(script.events());
    }

    private List<AmiMessage> originated(String legName, String actionId, String context, String exten) {
        ringing.remove(legName);
        Script script = office.script();
        Optional<ChannelView> found = office.state().channel(legName);
        if (found.isEmpty()) {
            return List.of();
        }
        Chan leg = Chan.of(found.get());
        script.channel("Newstate", leg.state(Chan.UP));
        script.device(leg.device(), "INUSE");
        script.dial("DialEnd", null, leg).put("DialStatus", "ANSWER");
        script.event("OriginateResponse", Script.CALL).putAll(originateResponse(actionId, "Success", leg, context,
                exten, "4"));
        office.goTo(script, leg, context, exten);
        return script.events();
    }

    /**
     * The Originate's Timeout is over and its phone still rings: the channel goes and the OriginateResponse says
     * Failure with Reason 3 (it was ringing), as Asterisk's originate reports a dial that timed out while
     * ringing. Not recorded (every recorded Originate was answered).
     */
    private List<AmiMessage> unanswered(String legName, String actionId, String context, String exten,
            UnaryOperator<Chan> touch) {
        ringing.remove(legName);
        Optional<ChannelView> found = office.state().channel(legName)
                .filter(leg -> leg.bridgeId().isEmpty() && "5".equals(leg.snapshot().get("ChannelState")));
        if (found.isEmpty()) {
            return List.of();
        }
        Chan leg = touch.apply(Chan.of(found.get()));
        Script script = office.script();
        script.dial("DialEnd", null, leg).put("DialStatus", "NOANSWER");
        moves.hangUp(script, leg, 0, false);
        script.event("OriginateResponse", Script.CALL).putAll(originateResponse(actionId, "Failure", leg, context,
                exten, "3"));
        return script.events();
    }

    private static Map<String, String> originateResponse(String actionId, String response, Chan leg,
            String context, String exten, String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
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
}
