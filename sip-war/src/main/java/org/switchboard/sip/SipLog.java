package org.switchboard.sip;

import java.util.List;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.switchboard.health.model.ListeningPoint;

/** Operator-facing messages of the SIP endpoint (SWB9xxx). The SIP Call-ID is in the MDC under {@code sip}. */
@MessageLogger(projectCode = "SWB", length = 4)
public interface SipLog extends BasicLogger {

    SipLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), SipLog.class, "org.switchboard.sip");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 9001, value = "SIP endpoint listening on %s")
    void listening(List<ListeningPoint> points);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 9002, value = "SIP endpoint stopped; it listened on %s")
    void stopped(List<ListeningPoint> points);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9003, value = "Answering a malformed SIP request from %s %s with 400: %s")
    void malformedRequestAnswered(String transport, String source, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9004, value = "Dropped a malformed SIP message from %s %s that cannot be answered: %s")
    void malformedMessageDropped(String transport, String source, String reason);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 9005, value = "Handling a %s request failed; answered 500")
    void handlingFailed(String method, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9006, value = "Could not send the %d response to %s")
    void responseNotSent(int status, String method, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9007, value = "Could not answer a malformed SIP request from %s %s")
    void malformedRequestNotAnswered(String transport, String source, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 9008, value = "Handling a %s request gave no outcome within %d s; answered 500")
    void handlingTimedOut(String method, long seconds);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9009, value = "No room to handle a %s request from %s: every worker lane is full; answered 503")
    void lanesFull(String method, String peer);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 9010, value = "A task of the SIP lane %s failed outside any request")
    void laneTaskFailed(String lane, @Cause Throwable cause);
}
