package org.switchboard.pbx.model;

import java.util.Optional;

import org.switchboard.shared.model.BridgeId;

/**
 * Events about one channel, named by {@link #channel()}: its unique id, its call (linked id) and its name.
 * Events that involve two channels (dialling, transfers) name the second one in their own fields.
 */
public sealed interface ChannelEvent extends PbxEvent {

    ChannelRef channel();

    /** Newchannel: a channel appeared, in the dialplan location it starts at. */
    record ChannelCreated(Stamp stamp, ChannelRef channel, ChannelState state, CallerId caller, CallerId connected,
            String context, String exten) implements ChannelEvent {
    }

    /** Newstate: the channel's state changed (ringing, answered, ...). */
    record ChannelStateChanged(Stamp stamp, ChannelRef channel, ChannelState state, CallerId caller,
            CallerId connected) implements ChannelEvent {
    }

    /** NewConnectedLine or NewCallerid: who this channel shows on either side changed. */
    record ChannelPartiesChanged(Stamp stamp, ChannelRef channel, CallerId caller, CallerId connected)
            implements ChannelEvent {
    }

    /** Newexten: the channel runs a dialplan step (the called number, Queue, Park, Dial, ...). */
    record DialplanStepped(Stamp stamp, ChannelRef channel, String context, String exten, String application,
            String appData) implements ChannelEvent {
    }

    /**
     * DialBegin: {@link #channel()} (the destination) is being rung. The caller is absent when the dial
     * comes from an AMI Originate rather than from another channel.
     */
    record DialStarted(Stamp stamp, ChannelRef channel, Optional<ChannelRef> caller, CallerId destinationParties,
            String dialString) implements ChannelEvent {
    }

    /** DialEnd: the ringing of {@link #channel()} ended: ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, ... */
    record DialEnded(Stamp stamp, ChannelRef channel, Optional<ChannelRef> caller, String dialStatus)
            implements ChannelEvent {
    }

    /** BridgeEnter: the channel joined a bridge, which now holds {@code channelsInBridge} channels. */
    record BridgeEntered(Stamp stamp, ChannelRef channel, BridgeId bridge, int channelsInBridge)
            implements ChannelEvent {
    }

    /** BridgeLeave: the channel left a bridge, which still holds {@code channelsInBridge} channels. */
    record BridgeLeft(Stamp stamp, ChannelRef channel, BridgeId bridge, int channelsInBridge)
            implements ChannelEvent {
    }

    /** Hold: the phone on this channel put its call on hold. */
    record ChannelHeld(Stamp stamp, ChannelRef channel) implements ChannelEvent {
    }

    /** Unhold: the phone on this channel took its call off hold. */
    record ChannelRetrieved(Stamp stamp, ChannelRef channel) implements ChannelEvent {
    }

    /**
     * BlindTransfer: {@link #channel()} (the transferer) sent its peer, the transferee, to
     * {@code exten@context}.
     */
    record BlindTransferred(Stamp stamp, ChannelRef channel, Optional<ChannelRef> transferee, String context,
            String exten, boolean succeeded) implements ChannelEvent {
    }

    /**
     * AttendedTransfer: {@link #channel()} (the transferer's first channel) joined its peer to the party
     * on its second channel.
     */
    record AttendedTransferred(Stamp stamp, ChannelRef channel, Optional<ChannelRef> secondTransferer,
            Optional<ChannelRef> transferee, Optional<ChannelRef> target, boolean succeeded)
            implements ChannelEvent {
    }

    /** Hangup: the channel is gone. */
    record ChannelHungUp(Stamp stamp, ChannelRef channel, HangupCause cause) implements ChannelEvent {
    }
}
