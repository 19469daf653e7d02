package org.switchboard.pbx.ami;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages about the commands sent to the PBX (SWB1050 to SWB1059). */
@MessageLogger(projectCode = "SWB", length = 4)
interface AmiCommandLog extends BasicLogger {

    AmiCommandLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), AmiCommandLog.class,
            "org.switchboard.pbx.ami.commands");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1050, value = "Command %s: %s %s")
    void sending(String id, String action, String subject);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1051, value = "Command %s (%s %s) done: %s")
    void done(String id, String action, String subject, String message);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1052, value = "Command %s (%s %s) refused by the PBX: %s")
    void refused(String id, String action, String subject, String message);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1053, value = "Command %s (%s %s) not done: the link to the PBX is down (%s)")
    void linkDown(String id, String action, String subject, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1054, value = "Command %s (%s %s) got no answer within %s")
    void timedOut(String id, String action, String subject, String wait);
}
