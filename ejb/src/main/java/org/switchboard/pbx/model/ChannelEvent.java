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
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CHANNEL_CREATED;
        }
    }

    /** Newstate: the channel's state changed (ringing, answered, ...). */
    record ChannelStateChanged(Stamp stamp, ChannelRef channel, ChannelState state, CallerId caller,
            CallerId connected) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CHANNEL_STATE_CHANGED;
        }
    }

    /** NewConnectedLine or NewCallerid: who this channel shows on either side changed. */
    record ChannelPartiesChanged(Stamp stamp, ChannelRef channel, CallerId caller, CallerId connected)
            implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CHANNEL_PARTIES_CHANGED;
        }
    }

    /** Newexten: the channel runs a dialplan step (the called number, Queue, Park, Dial, ...). */
    record DialplanStepped(Stamp stamp, ChannelRef channel, String context, String exten, String application,
            String appData) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.DIALPLAN_STEPPED;
        }
    }

    /**
     * DialBegin: {@link #channel()} (the destination) is being rung. The caller is absent when the dial
     * comes from an AMI Originate rather than from another channel.
     */
    record DialStarted(Stamp stamp, ChannelRef channel, Optional<ChannelRef> caller, CallerId destinationParties,
            String dialString) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.DIAL_STARTED;
        }
    }

    /** DialEnd: the ringing of {@link #channel()} ended: ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, ... */
    record DialEnded(Stamp stamp, ChannelRef channel, Optional<ChannelRef> caller, String dialStatus)
            implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.DIAL_ENDED;
        }
    }

    /** BridgeEnter: the channel joined a bridge, which now holds {@code channelsInBridge} channels. */
    record BridgeEntered(Stamp stamp, ChannelRef channel, BridgeId bridge, int channelsInBridge)
            implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.BRIDGE_ENTERED;
        }
    }

    /** BridgeLeave: the channel left a bridge, which still holds {@code channelsInBridge} channels. */
    record BridgeLeft(Stamp stamp, ChannelRef channel, BridgeId bridge, int channelsInBridge)
            implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.BRIDGE_LEFT;
        }
    }

    /** Hold: the phone on this channel put its call on hold. */
    record ChannelHeld(Stamp stamp, ChannelRef channel) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CHANNEL_HELD;
        }
    }

    /** Unhold: the phone on this channel took its call off hold. */
    record ChannelRetrieved(Stamp stamp, ChannelRef channel) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CHANNEL_RETRIEVED;
        }
    }

    /**
     * BlindTransfer: {@link #channel()} (the transferer) sent its peer, the transferee, to
     * {@code exten@context}.
     */
    record BlindTransferred(Stamp stamp, ChannelRef channel, Optional<ChannelRef> transferee, String context,
            String exten, boolean succeeded) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.BLIND_TRANSFERRED;
        }
    }

    /**
     * AttendedTransfer: {@link #channel()} (the transferer's first channel) joined its peer to the party
     * on its second channel.
     */
    record AttendedTransferred(Stamp stamp, ChannelRef channel, Optional<ChannelRef> secondTransferer,
            Optional<ChannelRef> transferee, Optional<ChannelRef> target, boolean succeeded)
            implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.ATTENDED_TRANSFERRED;
        }
    }

    /**
     * MusicOnHoldStart: the PBX plays music on hold to the channel, because its peer put it on hold or
     * because the dialplan does (a Redirect of the caller to a hold extension).
     */
    record MusicOnHoldStarted(Stamp stamp, ChannelRef channel, String musicClass) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.MUSIC_ON_HOLD_STARTED;
        }
    }

    /** MusicOnHoldStop: the music on hold to the channel stopped. */
    record MusicOnHoldStopped(Stamp stamp, ChannelRef channel) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.MUSIC_ON_HOLD_STOPPED;
        }
    }

    /**
     * LocalBridge: the two halves of a Local channel ({@code Local/204@internal-00000000;1} and {@code ;2})
     * are joined: {@link #channel()} is the first half, which faces whoever called the Local channel; the
     * second half runs the dialplan at the Local channel's extension and dials the real party.
     */
    record LocalBridged(Stamp stamp, ChannelRef channel, ChannelRef secondHalf, boolean optimizable)
            implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.LOCAL_BRIDGED;
        }
    }

    /**
     * LocalOptimizationBegin: Asterisk starts to take the Local pair {@link #channel()} and
     * {@code secondHalf} out of the path; the bridge events that follow move the real channels.
     */
    record LocalOptimizationBegan(Stamp stamp, ChannelRef channel, ChannelRef secondHalf) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.LOCAL_OPTIMIZATION_BEGAN;
        }
    }

    /** LocalOptimizationEnd: the optimisation of the Local pair ended, succeeded or not. */
    record LocalOptimizationEnded(Stamp stamp, ChannelRef channel, ChannelRef secondHalf, boolean succeeded)
            implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.LOCAL_OPTIMIZATION_ENDED;
        }
    }

    /** Hangup: the channel is gone. */
    record ChannelHungUp(Stamp stamp, ChannelRef channel, HangupCause cause) implements ChannelEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CHANNEL_HUNG_UP;
        }
    }
}
