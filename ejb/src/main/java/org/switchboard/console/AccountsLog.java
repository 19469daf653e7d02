package org.switchboard.console;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages about receptionist accounts (SWB2800 to SWB2849 of the console's SWB2xxx). No
 * message ever carries a password, a password hash or an HA1.
 */
@MessageLogger(projectCode = "SWB", length = 4)
interface AccountsLog extends BasicLogger {

    AccountsLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), AccountsLog.class, "org.switchboard.console");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2801, value = "Receptionist account %s created: %s, phone %s (extension %s), personal queue %s, general queues %s")
    void created(String login, String displayName, String device, String extension, String personalQueue,
            String generalQueues);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2802, value = "Receptionist account %s changed: %s, phone %s (extension %s), personal queue %s, general queues %s, %s")
    void changed(String login, String displayName, String device, String extension, String personalQueue,
            String generalQueues, String enabled);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2803, value = "New password of receptionist account %s stored (hash and SIP digest credentials of realm %s)")
    void passwordSet(String login, String realm);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2804, value = "Refused a change of receptionist account %s: %s")
    void refused(String login, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2805, value = "Demo receptionist accounts exist for the demo PBX: %s (demo passwords in the README)")
    void demoAccounts(String logins);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2806, value = "%d receptionist accounts hold SIP digest credentials of another realm than %s (%s): "
            + "they cannot log in over SIP until their passwords are set again")
    void otherRealm(int count, String realm, String logins);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2807, value = "The password hash of receptionist account %s cannot be read; set its password again")
    void unreadableHash(String login);
}
