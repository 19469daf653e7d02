package org.switchboard.sip.stack;

import java.util.Properties;

import javax.sip.SipStack;

import org.jboss.logging.Logger;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;

/**
 * JAIN-SIP's message trace (every message sent and received), routed into JBoss Logging under
 * {@code org.switchboard.sip.trace}: the first line at DEBUG, the whole message at TRACE. The stack only
 * calls it when its own logger is enabled at INFO, which {@link StackLogBridge} maps to DEBUG.
 */
public final class MessageTrace implements ServerLogger {

    private static final Logger LOG = Logger.getLogger("org.switchboard.sip.trace");

    @Override
    public void closeLogFile() {
        // no file
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        logMessage(message, from, to, "", sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        logMessage(message, from, to, status, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        if (LOG.isTraceEnabled()) {
            LOG.tracef("%s %s -> %s%n%s", sender ? "sent" : "received", from, to, message);
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf("%s %s -> %s: %s", sender ? "sent" : "received", from, to, message.getFirstLine().trim());
        }
    }

    @Override
    public void logException(Exception ex) {
        LOG.debug("SIP stack reported an exception in its message trace", ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // levels come from the logging configuration
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // one trace for every stack
    }
}
