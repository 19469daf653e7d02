package org.switchboard.presence;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the presence service (SWB3001 to SWB3099). The user is in the logging context. */
@MessageLogger(projectCode = "SWB", length = 4)
interface PresenceLog extends BasicLogger {

    PresenceLog LOG = Logger.getMessageLogger(PresenceLog.class, "org.switchboard.presence");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3001, value = "Presence service started (%s): %d users' notes, attributes and versions reloaded; %s")
    void started(String why, int users, Object settings);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3002, value = "Presence lane %s failed handling a task")
    void laneFailed(Object lane, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3003, value = "Presence lane %s is too busy: %s dropped")
    void laneFull(Object lane, String what);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3004, value = "Unreadable message on the %s topic skipped: %s")
    void unreadableEvent(String topic, String reason);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3005, value = "Presence of %s (version %d) not stored; broadcast anyway so that watchers stay right")
    void notStored(String user, long version, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3006, value = "%s of %s not published on its topic; told to this node's watchers only")
    void notPublished(String event, String user, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3007, value = "Watcher %s failed taking the presence of %s")
    void watcherFailed(String watcher, String user, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3008, value = "Login %s of %s ended: %s")
    void loggedOut(String login, String user, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3009, value = "Login %s of %s (%s from %s) opened")
    void loggedIn(String login, String user, String kind, String origin);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3010, value = "Phones reconciled with the PBX picture (%s): %d registered phones, %d phone logins ended")
    void phonesReconciled(String why, int registered, int ended);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3011, value = "Phones not reconciled (%s): the PBX picture is stale; their leases keep running")
    void phonesNotReconciled(String why);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3012, value = "%s refused: %s")
    void refused(String what, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3013, value = "%s")
    void located(String move);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3014, value = "Presence service restarted (%s): %d logins and %d watches dropped")
    void restarted(String why, int logins, int watches);
}
