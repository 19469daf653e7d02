package org.switchboard.pbx.ami;

import java.util.Optional;

import org.jboss.logging.MDC;
import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ParkingEvent;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.QueueEvent;

/**
 * Puts the correlation ids of one PBX event in the MDC, {@code call} (linked id) and {@code chan} (unique
 * id), for a try-with-resources block, and restores what was there before. Events without a channel
 * (device states, connection events) clear both keys for the block.
 */
final class AmiLogContext implements AutoCloseable {

    static final String CALL = "call";
    static final String CHANNEL = "chan";

    private final Object previousCall;
    private final Object previousChannel;

    private AmiLogContext(Object previousCall, Object previousChannel) {
        this.previousCall = previousCall;
        this.previousChannel = previousChannel;
    }

    static AmiLogContext of(PbxEvent event) {
        AmiLogContext context = new AmiLogContext(MDC.get(CALL), MDC.get(CHANNEL));
        Optional<ChannelRef> channel = channelOf(event);
        set(CALL, channel.map(ch -> ch.callId().value()).orElse(null));
        set(CHANNEL, channel.map(ch -> ch.id().value()).orElse(null));
        return context;
    }

    /** The channel an event is about: the channel itself, the queue's caller, or the parked call. */
    static Optional<ChannelRef> channelOf(PbxEvent event) {
        if (event instanceof ChannelEvent channelEvent) {
            return Optional.of(channelEvent.channel());
        }
        if (event instanceof ParkingEvent parking) {
            return Optional.of(parking.parkee());
        }
        if (event instanceof QueueEvent.QueueCallerJoined e) {
            return Optional.of(e.caller());
        }
        if (event instanceof QueueEvent.QueueCallerLeft e) {
            return Optional.of(e.caller());
        }
        if (event instanceof QueueEvent.QueueCallerAbandoned e) {
            return Optional.of(e.caller());
        }
        if (event instanceof QueueEvent.QueueMemberRung e) {
            return Optional.of(e.caller());
        }
        if (event instanceof QueueEvent.QueueMemberMissed e) {
            return Optional.of(e.caller());
        }
        if (event instanceof QueueEvent.QueueMemberConnected e) {
            return Optional.of(e.caller());
        }
        if (event instanceof QueueEvent.QueueMemberCompleted e) {
            return Optional.of(e.caller());
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        set(CALL, previousCall);
        set(CHANNEL, previousChannel);
    }

    private static void set(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
