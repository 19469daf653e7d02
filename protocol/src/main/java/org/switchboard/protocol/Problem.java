package org.switchboard.protocol;

/** PLACEHOLDER until the protocol branch lands: why a body was refused. */
public enum Problem {
    UNSUPPORTED_TYPE, MALFORMED, UNKNOWN_COMMAND
}
