package org.switchboard.testkit.sip;

import java.util.Properties;

import org.jboss.logging.Logger;

import gov.nist.core.StackLogger;

/**
 * Routes the test agent's JAIN-SIP logging into JBoss Logging, under the category {@code gov.nist.javax.sip}
 * that the server uses too. JAIN-SIP keeps the last stack logger created in a static field and every stack
 * in the JVM then logs through it, so the agent and the server must log the same way. The stack instantiates
 * this class by name ({@code gov.nist.javax.sip.STACK_LOGGER}). The agent is a test peer, so the stack's
 * errors go to WARN, its warnings (TLS defaults on every start) and INFO to DEBUG, and its debug to TRACE.
 */
public final class AgentStackLogger implements StackLogger {

    private static final Logger LOG = Logger.getLogger("gov.nist.javax.sip");

    private volatile boolean enabled = true;

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int traceLevel) {
        if (isLoggingEnabled(traceLevel)) {
            LOG.trace("stack trace requested by the SIP stack", new Throwable("stack trace"));
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        if (enabled) {
            LOG.warn("the test agent's SIP stack reported an exception", ex);
        }
    }

    @Override
    public void logDebug(String message) {
        if (enabled) {
            LOG.trace(message);
        }
    }

    @Override
    public void logDebug(String message, Exception ex) {
        if (enabled) {
            LOG.trace(message, ex);
        }
    }

    @Override
    public void logTrace(String message) {
        if (enabled) {
            LOG.trace(message);
        }
    }

    @Override
    public void logFatalError(String message) {
        if (enabled) {
            LOG.warn(message);
        }
    }

    @Override
    public void logError(String message) {
        if (enabled) {
            LOG.warn(message);
        }
    }

    @Override
    public void logError(String message, Exception ex) {
        if (enabled) {
            LOG.warn(message, ex);
        }
    }

    @Override
    public void logWarning(String message) {
        if (enabled) {
            LOG.debug(message);
        }
    }

    @Override
    public void logInfo(String message) {
        if (enabled) {
            LOG.debug(message);
        }
    }

    @Override
    public boolean isLoggingEnabled() {
        return enabled;
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (!enabled) {
            return false;
        }
        if (logLevel >= TRACE_DEBUG) {
            return LOG.isTraceEnabled();
        }
        if (logLevel >= TRACE_WARN) {
            return LOG.isDebugEnabled();
        }
        return logLevel > TRACE_NONE;
    }

    @Override
    public void disableLogging() {
        enabled = false;
    }

    @Override
    public void enableLogging() {
        enabled = true;
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        // nothing to record
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // levels come from the logging configuration, not from stack properties
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
