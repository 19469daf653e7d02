package org.switchboard.sip.screen;

import java.io.IOException;

import org.switchboard.sip.SipLog;
import org.switchboard.runtime.LogContext;

/**
 * Carries out a refusal: logs it once with the source and the Call-ID if any, then sends the 400 when there
 * is one. The log line comes first, so it is written by the time the sender reads the answer.
 */
final class Refusals {

    /** Sends bytes back to where the refused message came from. */
    @FunctionalInterface
    interface Reply {
        void send(byte[] bytes) throws IOException;
    }

    private Refusals() {
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    static void carryOut(ScreenVerdict verdict, String transport, String source, Reply reply) {
        try (LogContext ignored = LogContext.only(LogContext.SIP, verdict.callId().orElse(null))) {
            if (verdict instanceof ScreenVerdict.Answer answer) {
                SipLog.LOG.malformedRequestAnswered(transport, source, answer.reason());
                try {
                    reply.send(answer.response());
                } catch (IOException | RuntimeException e) {
                    SipLog.LOG.malformedRequestNotAnswered(transport, source, e);
                }
            } else if (verdict instanceof ScreenVerdict.Drop drop) {
                SipLog.LOG.malformedMessageDropped(transport, source, drop.reason());
            }
        }
    }

    /** Screens without ever failing the socket or the parser: a screen bug lets the message through. */
    static ScreenVerdict inspect(RequestScreen screen, byte[] bytes, boolean bodyIncluded) {
        try {
            return screen.inspect(bytes, bodyIncluded);
        } catch (RuntimeException e) {
            SipLog.LOG.debug("The SIP request screen failed; passing the message to the stack", e);
            return ScreenVerdict.PASS;
        }
    }
}
