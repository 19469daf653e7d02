package org.switchboard.shared.model;

/** What is behind a PBX device name: a desk phone, a trunk to the outside world, or anything else. */
public enum DeviceKind {
    /** A SIP or IAX phone of the company, e.g. {@code PJSIP/201}. */
    PHONE,
    /** A line to the public network, e.g. {@code PJSIP/trunk}. */
    TRUNK,
    /** Local channels, queue and parking pseudo-devices, and other technologies. */
    OTHER
}
