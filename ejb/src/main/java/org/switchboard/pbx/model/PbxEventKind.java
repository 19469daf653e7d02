package org.switchboard.pbx.model;

/**
 * One constant per {@link PbxEvent} record, so that a model can dispatch on {@link PbxEvent#kind()} with a
 * switch expression the compiler checks: a new record brings a new constant (its {@code kind()} must return
 * one), and every model's switch then fails to compile until it says what it does with it.
 */
public enum PbxEventKind {
    // ChannelEvent
    CHANNEL_CREATED,
    CHANNEL_STATE_CHANGED,
    CHANNEL_PARTIES_CHANGED,
    DIALPLAN_STEPPED,
    DIAL_STARTED,
    DIAL_ENDED,
    BRIDGE_ENTERED,
    BRIDGE_LEFT,
    CHANNEL_HELD,
    CHANNEL_RETRIEVED,
    BLIND_TRANSFERRED,
    ATTENDED_TRANSFERRED,
    MUSIC_ON_HOLD_STARTED,
    MUSIC_ON_HOLD_STOPPED,
    LOCAL_BRIDGED,
    LOCAL_OPTIMIZATION_BEGAN,
    LOCAL_OPTIMIZATION_ENDED,
    CHANNEL_HUNG_UP,
    // QueueEvent
    QUEUE_CALLER_JOINED,
    QUEUE_CALLER_LEFT,
    QUEUE_CALLER_ABANDONED,
    QUEUE_MEMBER_RUNG,
    QUEUE_MEMBER_MISSED,
    QUEUE_MEMBER_CONNECTED,
    QUEUE_MEMBER_COMPLETED,
    QUEUE_MEMBER_ADDED,
    QUEUE_MEMBER_CHANGED,
    QUEUE_MEMBER_REMOVED,
    QUEUE_MEMBER_PAUSED,
    // ParkingEvent
    CALL_PARKED,
    CALL_UNPARKED,
    PARKING_ENDED,
    // DeviceEvent
    DEVICE_STATE_CHANGED,
    CONTACT_STATUS_CHANGED,
    PEER_STATUS_CHANGED,
    // ConnectionEvent
    AMI_CONNECTED,
    AMI_DISCONNECTED,
    PBX_FULLY_BOOTED,
    PBX_RELOADED,
    PBX_SHUTTING_DOWN,
    PBX_SYNCHRONIZED,
    // CommandAnswered
    COMMAND_ANSWERED
}
