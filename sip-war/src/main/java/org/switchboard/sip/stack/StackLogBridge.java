package org.switchboard.sip.stack;

import java.util.Properties;

import org.jboss.logging.Logger;

import gov.nist.core.StackLogger;

/**
 * Routes JAIN-SIP's own logging into JBoss Logging under the category {@code gov.nist.javax.sip}, so nothing
 * goes to stdout or to log4j. The stack's errors and warnings keep their level; its INFO is library detail
 * and goes to DEBUG, its debug to TRACE.
 *
 * <p>JAIN-SIP keeps the last stack logger created in a static field ({@code CommonLogger.legacyLogger}) and
 * every stack loaded by the same class loader logs through it, so every stack must be given the same kind
 * of logger; the category therefore does not name a stack.
 */
public final class StackLogBridge implements StackLogger {

    static final String CATEGORY = "gov.nist.javax.sip";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

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
            LOG.error("SIP stack reported an exception", ex);
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
            LOG.error(message);
        }
    }

    @Override
    public void logError(String message) {
        if (enabled) {
            LOG.error(message);
        }
    }

    @Override
    public void logError(String message, Exception ex) {
        if (enabled) {
            LOG.error(message, ex);
        }
    }

    @Override
    public void logWarning(String message) {
        if (enabled) {
            LOG.warn(message);
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

    /** Maps JAIN-SIP's trace levels (2 fatal … 64 trace) onto the JBoss logger's levels. */
    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (!enabled || logLevel <= TRACE_NONE) {
            return false;
        }
        if (logLevel >= TRACE_DEBUG) {
            return LOG.isTraceEnabled();
        }
        if (logLevel >= TRACE_INFO) {
            return LOG.isDebugEnabled();
        }
        if (logLevel >= TRACE_WARN) {
            return LOG.isEnabled(Logger.Level.WARN);
        }
        return LOG.isEnabled(Logger.Level.ERROR);
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
        return CATEGORY;
    }
}
