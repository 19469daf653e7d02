package org.switchboard.console;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages of the console sessions (SWB2001 to SWB2099). The session id, the receptionist
 * and the call are in the logging context of each line.
 */
@MessageLogger(projectCode = "SWB", length = 4)
interface ConsoleLog extends BasicLogger {

    ConsoleLog LOG = Logger.getMessageLogger(ConsoleLog.class, "org.switchboard.console");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2001, value = "Console session %s of %s logged in from %s")
    void loggedIn(String session, String login, String from);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2002, value = "Console session %s of %s logged out: %s")
    void loggedOut(String session, String login, String reason);

    /**
     * A move, logged at INFO, or at DEBUG for a command that changed no state and asked for nothing (a note): one
     * message id, two levels, so the line is formatted here and logged by {@code DeskWork}.
     */
    @Message(id = 2003, value = "%s")
    String move(String move);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2004, value = "%s refused: %s")
    void refused(String attempt, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2005, value = "%s for %s did not work: %s")
    void actionFailed(String action, String subject, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2006, value = "A new log in of %s from %s replaces its link %s")
    void replaced(String login, String from, String old);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2007, value = "Console session %s lost its client (%s): logged out, its phone paused in its queues")
    void linkLost(String session, String reason);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 2008, value = "Console session %s failed handling a task")
    void laneFailed(Object session, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 2009, value = "Console session %s is too busy: %s dropped")
    void laneFull(String session, String what);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2010, value = "Bug report of %s:%n%s")
    void bugReport(String login, String report);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2011, value = "%s: no command waits for the PBX any more after %s, reported failed")
    void commandTimedOut(String command, String after);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 2012, value = "The bug report of %s could not be stored (it is in the log above)")
    void bugReportNotStored(String login, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2013, value = "%s: back in the queues after the PBX was synchronised (%s)")
    void rejoinedQueues(String login, String differences);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2014, value = "Console session %s of %s is no presence login: her extension %s is not a user id")
    void noPresenceUser(String session, String login, String extension);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2015, value = "The console login of session %s logged in again: %s")
    void consoleLoginRenewed(String session, String why);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2016, value = "Presence did not take %s of console session %s (the console carries on): %s")
    void presenceFailed(String what, String session, String why);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2017, value = "The receptionists %s on this site now (%s): %d console sessions told")
    void dutyChanged(String work, String reason, int sessions);
}
