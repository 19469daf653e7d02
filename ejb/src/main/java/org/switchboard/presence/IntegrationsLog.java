package org.switchboard.presence;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages about the integrations' accounts (SWB3800 to SWB3849 of the presence's SWB3xxx). No
 * message ever carries a password or a password hash.
 */
@MessageLogger(projectCode = "SWB", length = 4)
public interface IntegrationsLog extends BasicLogger {

    IntegrationsLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), IntegrationsLog.class,
            "org.switchboard.presence");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3801, value = "Integration account %s created: it may make passive logins through the REST API")
    void created(String name);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3802, value = "Integration account %s removed; %d of its passive logins ended")
    void removed(String name, int ended);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3803, value = "New password of integration account %s stored")
    void passwordSet(String name);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3804, value = "Refused a change of integration account %s: %s")
    void refused(String name, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3805, value = "The password hash of integration account %s cannot be read; set its password again")
    void unreadableHash(String name);
}
