package org.switchboard.sip.presence;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages of presence over SIP (SWB93xx). The SIP Call-ID is in the MDC under {@code sip}, the
 * watched or publishing user under {@code user}. Passwords and digest responses are never logged.
 */
@MessageLogger(projectCode = "SWB", length = 4)
public interface PresenceSipLog extends BasicLogger {

    PresenceSipLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), PresenceSipLog.class,
            "org.switchboard.sip.presence");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 9301, value = "SIP subscription from %s to the presence of %s for %d s")
    void subscribed(String peer, String user, int expires);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 9302, value = "SIP subscription from %s to the presence of %s ended: %s")
    void ended(String peer, String user, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9303, value = "Subscriber %s answered a NOTIFY with %d %s")
    void notifyRefused(String peer, int status, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 9304, value = "SIP subscriptions to presence reloaded: %d live, each notified of the current presence")
    void reloaded(int count);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9305, value = "Could not store the SIP subscription %s; it goes on but would not survive a restart")
    void notStored(String dialog, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9306, value = "PUBLISH from %s refused with 400: %s")
    void badPublication(String peer, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9307, value = "SIP presence request from %s refused with 403 for login '%s': %s")
    void authenticationFailed(String source, String login, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9308, value = "SIP presence request from %s refused with 403 without checking: too many failed authentications, blocked for %d s more")
    void authenticationThrottled(String source, long seconds);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9309, value = "PUBLISH from %s by login '%s' refused with 403: %s")
    void publishForbidden(String peer, String login, String reason);
}
