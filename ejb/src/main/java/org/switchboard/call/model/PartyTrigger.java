package org.switchboard.call.model;

/**
 * What happens to a party, as the call tracker reads it from the PBX events. Each trigger names the PBX
 * event it comes from.
 */
public enum PartyTrigger {
    /** ChannelCreated in state Ring or Up: the channel calls in (a phone off hook, a call from a trunk). */
    CREATED_INBOUND,
    /** ChannelCreated in state Down: a leg the PBX is about to dial, or a probe. */
    CREATED_OUTBOUND,
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
    /** BridgeEntered. */
    BRIDGE_ENTERED,
    /** BridgeLeft. */
    BRIDGE_LEFT,
    /** ChannelHeld. */
    HOLD,
    /** ChannelRetrieved. */
    UNHOLD,
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
    /** ChannelHungUp. */
    HANGUP
}
