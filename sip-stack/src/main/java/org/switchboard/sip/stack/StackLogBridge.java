package org.switchboard.sip.stack;

import java.util.Properties;

import org.jboss.logging.Logger;

import gov.nist.core.StackLogger;

/**
 * Routes JAIN-SIP's own logging into JBoss Logging under the category {@code gov.nist.javax.sip}, so nothing
 * goes to stdout or to log4j. This one is for a stack whose problems an operator must see, the server's: the
 * stack's errors and warnings keep their level; its INFO is library detail and goes to DEBUG, its debug to
 * TRACE. {@link QuietStackLogBridge} lowers the errors and warnings for a test peer.
 *
 * <p>JAIN-SIP keeps the last stack logger created in a static field ({@code CommonLogger.legacyLogger}) and
 * every stack loaded by the same class loader logs through it, so the category does not name a stack, and in
 * a JVM that runs both the server's stack and the test agent's (component tests) the stack created last
 * decides the levels for both.
 */
public class StackLogBridge implements StackLogger {

    static final String CATEGORY = "gov.nist.javax.sip";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final Logger.Level errors;
    private final Logger.Level warnings;
    private volatile boolean enabled = true;

    /** The server's bridge: errors at ERROR, warnings at WARN. JAIN-SIP calls it by name. */
    public StackLogBridge() {
        this(Logger.Level.ERROR, Logger.Level.WARN);
    }

    /**
     * @param errors   the level of the stack's fatal errors, errors and exceptions
     * @param warnings the level of the stack's warnings
     */
    protected StackLogBridge(Logger.Level errors, Logger.Level warnings) {
        this.errors = errors;
        this.warnings = warnings;
    }

    /** Where a record of one of JAIN-SIP's trace levels (2 fatal … 64 trace) goes. */
    Logger.Level levelOf(int traceLevel) {
        if (traceLevel >= TRACE_DEBUG) {
            return Logger.Level.TRACE;
        }
        if (traceLevel >= TRACE_INFO) {
            return Logger.Level.DEBUG;
        }
        if (traceLevel >= TRACE_WARN) {
            return warnings;
        }
        return errors;
    }

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
        log(TRACE_ERROR, "SIP stack reported an exception", ex);
    }

    @Override
    public void logDebug(String message) {
        log(TRACE_DEBUG, message, null);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        log(TRACE_DEBUG, message, ex);
    }

    @Override
    public void logTrace(String message) {
        log(TRACE_TRACE, message, null);
    }

    @Override
    public void logFatalError(String message) {
        log(TRACE_FATAL, message, null);
    }

    @Override
    public void logError(String message) {
        log(TRACE_ERROR, message, null);
    }

    @Override
    public void logError(String message, Exception ex) {
        log(TRACE_ERROR, message, ex);
    }

    @Override
    public void logWarning(String message) {
        log(TRACE_WARN, message, null);
    }

    @Override
    public void logInfo(String message) {
        log(TRACE_INFO, message, null);
    }

    private void log(int traceLevel, String message, Throwable thrown) {
        if (enabled) {
            LOG.log(levelOf(traceLevel), message, thrown);
        }
    }

    @Override
    public boolean isLoggingEnabled() {
        return enabled;
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return enabled && logLevel > TRACE_NONE && LOG.isEnabled(levelOf(logLevel));
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
        // levels come from the logging configuration and the constructor, not from stack properties
    }

    @Override
    public String getLoggerName() {
        return CATEGORY;
    }
}
