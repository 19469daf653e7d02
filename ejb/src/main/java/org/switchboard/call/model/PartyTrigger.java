package org.switchboard.call.model;

/**
 * What happens to a party, as the call tracker reads it from the PBX events. Each trigger names the PBX
 * event it comes from.
 */
public enum PartyTrigger {
    /** ChannelCreated in state Ring or Up: the channel calls in (a phone off hook, a call from a trunk). */
    CREATED_INBOUND,
    /**
     * ChannelCreated in state Down: a leg the PBX is about to dial, a probe, or (with chan_sip) a channel
     * calling in, which {@link #CALLING_IN} follows.
     */
    CREATED_OUTBOUND,
    /**
     * ChannelStateChanged to Ring: the channel calls in. chan_sip creates an inbound channel Down and moves it
     * to Ring at once; PJSIP and Local channels are created in Ring ({@link #CREATED_INBOUND}).
     */
    CALLING_IN,
    /** DialStarted names this channel as the destination. */
    DIALLED,
    /** ChannelStateChanged to Ringing. */
    RINGING,
    /** ChannelStateChanged to Up, or DialEnded ANSWER for this channel as the destination. */
    ANSWERED,
    /** ChannelStateChanged to Busy: the dialplan refused the call (Busy, Congestion). */
    REFUSED,
    /** DialStarted names this channel as the caller. */
    DIAL_STARTED,
    /** DialEnded ANSWER names this channel as the caller. */
    DIAL_ANSWERED,
    /** The last pending dial of this caller ended and none of them was answered. */
    DIAL_UNANSWERED,
    /** DialEnded other than ANSWER for this channel as the destination. */
    DIAL_FAILED,
    /** BridgeEntered by a channel that is up. */
    BRIDGE_ENTERED,
    /**
     * BridgeEntered by a channel that is not up yet: AMI Atxfer puts the first half of its Local channel into
     * the consultation bridge while the party it dials has not answered.
     */
    BRIDGED_BEFORE_ANSWER,
    /** BridgeLeft. */
    BRIDGE_LEFT,
    /** ChannelHeld. */
    HOLD,
    /** ChannelRetrieved. */
    UNHOLD,
    /**
     * MusicOnHoldStarted on a channel outside any bridge: the dialplan plays it music on hold, as after a
     * Redirect to a hold extension (an answered party is then held), or while it waits (in a queue, or while
     * Dial rings with its m option). Music to a bridged channel is the sound of its peer's hold (the peer's
     * {@link #HOLD}) or of a parking lot, and changes nothing.
     */
    MUSIC_ON_HOLD,
    /** MusicOnHoldStopped on a channel outside any bridge: it is taken off that music (redirected, bridged). */
    MUSIC_OFF,
    /** QueueCallerJoined. */
    QUEUE_JOINED,
    /** QueueCallerLeft. */
    QUEUE_LEFT,
    /** CallParked (the parkee). */
    PARK,
    /** CallUnparked (the parkee): someone picked the parked call up. */
    PICKUP,
    /** ParkingEnded TIMED_OUT: the parked call goes back to the dialplan (by default, to the parker). */
    PARK_TIMEOUT,
    /**
     * ParkingEnded GAVE_UP: the parked call left its space without a pick-up or a timeout. Its caller hung up
     * (the hang-up follows), or a Redirect took it out of the lot (res_parking reports both as a give-up) and it
     * runs the dialplan again.
     */
    PARK_GIVE_UP,
    /** ChannelHungUp. */
    HANGUP
}
