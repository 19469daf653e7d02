package org.switchboard.sip;

import java.util.Locale;

/** The SIP endpoint could not open a listening point, typically because the port is in use. */
public class CannotListen extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CannotListen(String transport, String address, int port, Throwable cause) {
        super("Cannot listen for SIP on " + transport.toLowerCase(Locale.ROOT) + " " + address + ":" + port
                + " (" + cause.getMessage() + ")", cause);
    }
}
