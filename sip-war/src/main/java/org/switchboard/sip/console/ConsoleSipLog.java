package org.switchboard.sip.console;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages of the console's SIP transport (SWB91xx). The SIP Call-ID is in the MDC under
 * {@code sip}, the console session under {@code session} once known. Passwords and digest responses are
 * never logged.
 */
@MessageLogger(projectCode = "SWB", length = 4)
interface ConsoleSipLog extends BasicLogger {

    ConsoleSipLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), ConsoleSipLog.class,
            "org.switchboard.sip.console");

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9101, value = "Console log in failed from %s for login '%s': %s")
    void logInFailed(String source, String login, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9102, value = "Console log in from %s refused without checking: too many failed log ins, blocked for %d s more")
    void logInThrottled(String source, long seconds);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9103, value = "Console log in over %s refused: console sessions need a stream transport")
    void logInOverDatagram(String peer);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 9104, value = "Console session open for '%s' on %s")
    void sessionOpened(String login, String peer);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9105, value = "Console link to %s lost: %s")
    void linkLost(String peer, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9106, value = "Console client %s answered update %d with %d %s")
    void updateRefused(String peer, long seq, int status, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9107, value = "Console client %s is slow: %d entries waited, merged into %d updates of %d entries (the newest STATE, the newest phone and presence per colleague), numbered on without a gap")
    void backlogCompacted(String peer, int entries, int updates, int kept);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 9108, value = "Console log in of '%s' from %s refused by the desk: %s")
    void logInRefused(String login, String peer, String reason);
}
