package org.switchboard.protocol;

/** Why a body could not be decoded; the SIP layer maps each to one status (see docs/console-protocol.md). */
public enum Problem {
    /** The content type is not the protocol's media type for this body kind (SIP 415). */
    UNSUPPORTED_TYPE,
    /** The body is not a well-formed message of the protocol: bad JSON, a missing or bad field, too big (SIP 400). */
    MALFORMED,
    /** The body names a command that protocol v1 does not have (SIP 400). */
    UNKNOWN_COMMAND
}
