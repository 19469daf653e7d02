package org.switchboard.protocol;

import java.util.Optional;

/**
 * The commands of protocol v1, by their wire name (the {@code "command"} field, exact case). The same names
 * travel back in a state update's {@code "allowed"} list, its pending command and its error. A name outside
 * this list is an unknown command. {@link #SET_PRESENCE} came with presence: it belongs to a client that asked
 * for presence at log in, and the server never names it in {@code "allowed"} (a reader from before it would
 * refuse the whole update); any other new name is a v2 change.
 */
public enum CommandName {
    LOG_IN,
    LOG_OUT,
    PAUSE,
    UNPAUSE,
    TAKE_BACK,
    HANG_UP,
    HOLD,
    RETRIEVE,
    DIAL,
    COUPLE,
    PARK,
    DIRECTED_PARK,
    CAMP_ON,
    RESET,
    NOTE,
    BUG_REPORT,
    RESYNC,
    SET_PRESENCE;

    /** The name as written on the wire; exact case, so {@code "hold"} is not a command. */
    public String wireName() {
        return name();
    }

    /** The command with this wire name, if there is one. */
    public static Optional<CommandName> fromWire(String wireName) {
        for (CommandName name : values()) {
            if (name.name().equals(wireName)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
