package org.switchboard.sip.websocket;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of SIP over WebSocket (SWB92xx). The SIP Call-ID is in the MDC under {@code sip}. */
@MessageLogger(projectCode = "SWB", length = 4)
interface WebSocketLog extends BasicLogger {

    WebSocketLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), WebSocketLog.class,
            "org.switchboard.sip.websocket");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 9201, value = "SIP over WebSocket at %s (subprotocol sip); origins allowed: %s")
    void serving(String path, String origins);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9202, value = "WebSocket handshake from %s refused with 403: origin '%s' is not allowed (host '%s')")
    void originRefused(String source, String origin, String host);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9203, value = "WebSocket handshake from %s refused with 400: it does not offer the subprotocol sip")
    void subprotocolMissing(String source);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9204, value = "Dropped a SIP message from %s that the stack cannot parse: %s")
    void unparsableDropped(String source, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9205, value = "WebSocket from %s closed at once: the SIP endpoint is not running")
    void notRunning(String source);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 9206, value = "The SIP stack failed to take a message from %s; it is dropped")
    void notTaken(String source, @Cause Throwable cause);
}
