package org.switchboard.presence;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages about the SIP presence accounts (SWB3850 to SWB3869 of the presence's SWB3xxx). No
 * message ever carries a password or an HA1.
 */
@MessageLogger(projectCode = "SWB", length = 4)
public interface PresenceAccountsLog extends BasicLogger {

    PresenceAccountsLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), PresenceAccountsLog.class,
            "org.switchboard.presence");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3851, value = "SIP presence account of %s created in realm %s: she may SUBSCRIBE and PUBLISH her own presence")
    void created(String user, String realm);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3852, value = "New password of the SIP presence account of %s stored for realm %s")
    void passwordSet(String user, String realm);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3853, value = "SIP presence account of %s removed")
    void removed(String user);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3854, value = "Refused a change of the SIP presence account of %s: %s")
    void refused(String user, String reason);
}
