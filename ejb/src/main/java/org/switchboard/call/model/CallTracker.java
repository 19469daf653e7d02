package org.switchboard.call.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.ChannelEvent.AttendedTransferred;
import org.switchboard.pbx.model.ChannelEvent.BlindTransferred;
import org.switchboard.pbx.model.ChannelEvent.ChannelCreated;
import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ChannelEvent.ChannelStateChanged;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.ConnectionEvent.AmiDisconnected;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.ParkingEvent;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.QueueEvent;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.Consequences;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The live calls of the PBX, keyed by linked id, kept from the PBX events: each channel event becomes a
 * party trigger (see {@link PartyTrigger} for which), and the moves produce the call domain events.
 * Queue and parking events move the waiting and parked parties; the lists of waiting and parked calls
 * are kept by the queue model and {@link ParkingMonitor}.
 *
 * <p>A channel is a party of its call once its state leaves {@link PartyState#NULL}: when it calls in,
 * is dialled, dials, rings, answers or is bridged. The ChanIsAvail probe the reception dialplan creates
 * (Newchannel Down, then Hangup) never does, so it never shows as a party.
 *
 * <p>One thread applies events; {@link #calls()} and {@link #call(CallId)} may be read from any thread.
 */
public final class CallTracker {

    private final LiveCalls calls;
    private final Dialling dialling;
    private final CallResync resync;

    public CallTracker(TrunkDevices trunks) {
        this.calls = new LiveCalls(trunks);
        this.dialling = new Dialling(calls);
        this.resync = new CallResync(calls);
    }

    public void apply(PbxEvent event, Consequences out) {
        if (event instanceof ChannelEvent channelEvent) {
            channel(channelEvent, out);
        } else if (event instanceof QueueEvent queueEvent) {
            queue(queueEvent, out);
        } else if (event instanceof ParkingEvent parkingEvent) {
            parking(parkingEvent, out);
        } else if (event instanceof PbxSynchronized synchronized_) {
            resync.apply(synchronized_, out);
        } else if (event instanceof AmiDisconnected lost) {
            resync.linkLost(lost);
        }
        calls.publish();
    }

    public List<Call> calls() {
        return calls.published();
    }

    public Optional<Call> call(CallId id) {
        return calls.published(id);
    }

    /** Who is on this channel, as far as the live calls know. */
    public Optional<CallerId> callerOf(ChannelId channel) {
        return calls.publishedCallOf(channel).flatMap(call -> call.parties().stream()
                .filter(party -> party.channel().equals(channel)).map(Party::caller).findFirst());
    }

    /**
     * The calls the last applied event changed, with their new value, or empty for a call that ended.
     * Read on the applying thread, so the models after this one work on what changed rather than on all.
     */
    public Map<CallId, Optional<Call>> lastChanges() {
        return calls.lastChanges();
    }

    private void channel(ChannelEvent event, Consequences out) {
        if (event instanceof ChannelCreated created) {
            created(created, out);
        } else if (event instanceof ChannelEvent.DialStarted started) {
            dialling.started(started, out);
        } else if (event instanceof ChannelEvent.DialEnded ended) {
            dialling.ended(ended, out);
        } else if (event instanceof BlindTransferred blind) {
            calls.find(blind.channel(), event, out).filter(c -> blind.succeeded()).ifPresent(c -> out.add(
                    new CallTransferred(calls.callOf(c).id(), at(event), CallTransferred.Kind.BLIND, c.device(),
                            blind.transferee().map(ref -> ref.id()), blind.exten() + "@" + blind.context())));
        } else if (event instanceof AttendedTransferred attended) {
            calls.find(attended.channel(), event, out).filter(c -> attended.succeeded()).ifPresent(c -> out.add(
                    new CallTransferred(calls.callOf(c).id(), at(event), CallTransferred.Kind.ATTENDED,
                            c.device(), attended.transferee().map(ref -> ref.id()),
                            attended.target().or(attended::secondTransferer).map(ref -> ref.device())
                                    .orElse(""))));
        } else {
            calls.find(event.channel(), event, out).ifPresent(channel -> onChannel(channel, event, out));
        }
    }

    private void created(ChannelCreated event, Consequences out) {
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

    private void onChannel(ActiveChannel channel, ChannelEvent event, Consequences out) {
        ActiveCall call = calls.callOf(channel);
        if (event instanceof ChannelStateChanged changed) {
            stateChanged(call, channel, changed, out);
        } else if (event instanceof ChannelEvent.ChannelPartiesChanged parties) {
            channel.parties(parties.caller(), parties.connected());
        } else if (event instanceof ChannelEvent.DialplanStepped stepped) {
            channel.stepped(stepped.application(), stepped.appData());
            if (call.isFirst(channel)) {
                call.noteExtension(stepped.exten());
            }
        } else if (event instanceof ChannelEvent.BridgeEntered entered) {
            calls.enter(entered.bridge(), channel);
            calls.fire(channel, PartyTrigger.BRIDGE_ENTERED, event, out);
        } else if (event instanceof ChannelEvent.BridgeLeft) {
            calls.leave(channel);
            calls.fire(channel, PartyTrigger.BRIDGE_LEFT, event, out);
        } else if (event instanceof ChannelEvent.ChannelHeld) {
            calls.fire(channel, PartyTrigger.HOLD, event, out).filter(moved -> moved.changed())
                    .ifPresent(moved -> out.add(new CallHeld(call.id(), at(event), channel.device(), channel.id())));
        } else if (event instanceof ChannelEvent.ChannelRetrieved) {
            calls.fire(channel, PartyTrigger.UNHOLD, event, out).filter(moved -> moved.changed())
                    .ifPresent(moved -> out.add(
                            new CallRetrieved(call.id(), at(event), channel.device(), channel.id())));
        } else if (event instanceof ChannelHungUp hungUp) {
            channel.hungUp(hungUp.cause());
            calls.leave(channel);
            calls.fire(channel, PartyTrigger.HANGUP, event, out);
            calls.endIfOver(call, at(event), out);
        }
    }

    private void stateChanged(ActiveCall call, ActiveChannel channel, ChannelStateChanged event,
            Consequences out) {
        channel.channelState(event.state());
        channel.parties(event.caller(), event.connected());
        switch (event.state()) {
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

    private void queue(QueueEvent event, Consequences out) {
        if (event instanceof QueueEvent.QueueCallerJoined joined) {
            calls.find(joined.caller(), event, out).ifPresent(caller -> {
                ActiveCall call = calls.callOf(caller);
                call.queued(joined.queue());
                calls.fire(caller, PartyTrigger.QUEUE_JOINED, event, out).ifPresent(moved -> out.add(
                        new CallOffered(call.id(), at(event), new CallOffered.ToQueue(joined.queue()))));
            });
        } else if (event instanceof QueueEvent.QueueCallerLeft left) {
            calls.find(left.caller(), event, out)
                    .ifPresent(caller -> calls.fire(caller, PartyTrigger.QUEUE_LEFT, event, out));
        } else if (event instanceof QueueEvent.QueueCallerAbandoned abandoned) {
            calls.find(abandoned.caller(), event, out).ifPresent(caller -> calls.callOf(caller).abandoned());
        }
    }

    private void parking(ParkingEvent event, Consequences out) {
        PartyTrigger trigger;
        if (event instanceof ParkingEvent.CallParked) {
            trigger = PartyTrigger.PARK;
        } else if (event instanceof ParkingEvent.CallUnparked) {
            trigger = PartyTrigger.PICKUP;
        } else if (((ParkingEvent.ParkingEnded) event).ending() == ParkingEvent.Ending.TIMED_OUT) {
            trigger = PartyTrigger.PARK_TIMEOUT;
        } else {
            return; // the parked caller gave up: its hang-up follows and clears the party
        }
        calls.find(event.parkee(), event, out).ifPresent(parkee -> calls.fire(parkee, trigger, event, out));
    }

    private static Instant at(PbxEvent event) {
        return event.stamp().pbxTime();
    }
}
