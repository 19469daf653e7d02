package org.switchboard.sip.stack;

import org.jboss.logging.Logger;

/**
 * The bridge for a stack whose problems are no operator's concern, the SIP test agent's: its errors and
 * exceptions (a peer that closed a connection) go to WARN, its warnings to DEBUG. JAIN-SIP calls it by name.
 */
public final class QuietStackLogBridge extends StackLogBridge {

    public QuietStackLogBridge() {
        super(Logger.Level.WARN, Logger.Level.DEBUG);
    }
}
