package org.switchboard.sip;

import org.jboss.logging.MDC;

/**
 * Puts a SIP Call-ID in the MDC under {@code sip} for the duration of a try-with-resources block, and
 * restores what was there before.
 */
public final class SipLogContext implements AutoCloseable {

    public static final String KEY = "sip";

    private final Object previous;

    private SipLogContext(Object previous) {
        this.previous = previous;
    }

    /** Sets the Call-ID; a null Call-ID clears the key for the block. */
    public static SipLogContext callId(String callId) {
        Object previous = MDC.get(KEY);
        if (callId == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, callId);
        }
        return new SipLogContext(previous);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
