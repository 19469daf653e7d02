package org.switchboard.call.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.ChannelEvent.ChannelCreated;
import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ChannelEvent.ChannelPartiesChanged;
import org.switchboard.pbx.model.ChannelEvent.ChannelStateChanged;
import org.switchboard.pbx.model.ChannelEvent.DialplanStepped;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.Consequences;

/**
 * The events of one channel's own life: created, state changes, dialplan steps, bridges, hold and music
 * on hold, hang-up. Each names the channel; the step finds it (an unknown channel is an anomaly) and fires
 * the party trigger the event stands for.
 */
final class ChannelSteps {

    private final LiveCalls calls;

    ChannelSteps(LiveCalls calls) {
        this.calls = calls;
    }

    /** Newchannel in Ring (PJSIP, Local) or Up calls in; in Down it waits to be dialled or to call in (chan_sip). */
    void created(ChannelCreated event, Consequences out) {
        if (calls.knows(event.channel().id())) {
            out.anomaly(new Anomaly(Optional.of(event.channel().callId()), LiveCalls.type(event),
                    "channel " + event.channel().name() + " created twice"));
            return;
        }
        ActiveCall call = calls.open(event.channel().callId(), at(event), false);
        ActiveChannel channel = new ActiveChannel(event.channel(), calls.trunks().kindOf(event.channel().device()),
                event.state(), event.caller(), event.connected(), event.context(), event.exten(),
                event.stamp().receivedAt());
        calls.attach(call, channel);
        boolean inbound = event.state() == ChannelState.RING || event.state() == ChannelState.UP;
        calls.fire(channel, inbound ? PartyTrigger.CREATED_INBOUND : PartyTrigger.CREATED_OUTBOUND, event, out);
    }

    /** Every other event of a channel's own life (see {@link CallTracker#apply} for which). */
    void apply(ChannelEvent event, Consequences out) {
        calls.find(event.channel(), event, out).ifPresent(channel -> step(channel, event, out));
    }

    private void step(ActiveChannel channel, ChannelEvent event, Consequences out) {
        ActiveCall call = calls.callOf(channel);
        switch (event.kind()) {
            case CHANNEL_STATE_CHANGED -> stateChanged(call, channel, (ChannelStateChanged) event, out);
            case CHANNEL_PARTIES_CHANGED -> {
                ChannelPartiesChanged parties = (ChannelPartiesChanged) event;
                channel.parties(parties.caller(), parties.connected());
            }
            case DIALPLAN_STEPPED -> {
                DialplanStepped stepped = (DialplanStepped) event;
                channel.stepped(stepped.application(), stepped.appData());
                if (call.isFirst(channel)) {
                    call.noteExtension(stepped.exten());
                }
            }
            case BRIDGE_ENTERED -> {
                calls.enter(((ChannelEvent.BridgeEntered) event).bridge(), channel);
                calls.fire(channel, channel.channelState() == ChannelState.UP ? PartyTrigger.BRIDGE_ENTERED
                        : PartyTrigger.BRIDGED_BEFORE_ANSWER, event, out);
            }
            case BRIDGE_LEFT -> {
                calls.leave(channel);
                calls.fire(channel, PartyTrigger.BRIDGE_LEFT, event, out);
            }
            case CHANNEL_HELD -> held(call, channel, PartyTrigger.HOLD, event, out);
            case CHANNEL_RETRIEVED -> retrieved(call, channel, PartyTrigger.UNHOLD, event, out);
            case MUSIC_ON_HOLD_STARTED -> {
                if (channel.bridge().isEmpty()) {
                    held(call, channel, PartyTrigger.MUSIC_ON_HOLD, event, out);
                }
            }
            case MUSIC_ON_HOLD_STOPPED -> {
                if (channel.bridge().isEmpty()) {
                    retrieved(call, channel, PartyTrigger.MUSIC_OFF, event, out);
                }
            }
            case CHANNEL_HUNG_UP -> {
                channel.hungUp(((ChannelHungUp) event).cause());
                calls.leave(channel);
                calls.fire(channel, PartyTrigger.HANGUP, event, out);
                calls.endIfOver(call, at(event), out);
            }
            default -> throw new IllegalArgumentException("not an event of a channel's own life: " + event.kind());
        }
    }

    private void held(ActiveCall call, ActiveChannel channel, PartyTrigger trigger, PbxEvent event,
            Consequences out) {
        calls.fire(channel, trigger, event, out).filter(moved -> moved.changed())
                .ifPresent(moved -> out.add(new CallHeld(call.id(), at(event), channel.device(), channel.id())));
    }

    private void retrieved(ActiveCall call, ActiveChannel channel, PartyTrigger trigger, PbxEvent event,
            Consequences out) {
        calls.fire(channel, trigger, event, out).filter(moved -> moved.changed())
                .ifPresent(moved -> out.add(new CallRetrieved(call.id(), at(event), channel.device(), channel.id())));
    }

    private void stateChanged(ActiveCall call, ActiveChannel channel, ChannelStateChanged event, Consequences out) {
        channel.channelState(event.state());
        channel.parties(event.caller(), event.connected());
        switch (event.state()) {
            case RING -> calls.fire(channel, PartyTrigger.CALLING_IN, event, out);
            case RINGING -> calls.fire(channel, PartyTrigger.RINGING, event, out);
            case UP -> {
                if (call.isFirst(channel) && !channel.dialled()) {
                    call.answeredByApplication(at(event));
                }
                calls.fire(channel, PartyTrigger.ANSWERED, event, out);
            }
            case BUSY -> calls.fire(channel, PartyTrigger.REFUSED, event, out);
            default -> {
                // other channel states carry no party trigger; the state is kept for the views
            }
        }
    }

    private static Instant at(PbxEvent event) {
        return event.stamp().pbxTime();
    }
}
