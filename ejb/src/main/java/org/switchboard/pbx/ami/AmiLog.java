package org.switchboard.pbx.ami;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the AMI adapter (SWB1001 to SWB1049). The secret never appears in them. */
@MessageLogger(projectCode = "SWB", length = 4)
interface AmiLog extends BasicLogger {

    AmiLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), AmiLog.class, "org.switchboard.pbx.ami");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1001, value = "No AMI host is configured (%s): running without a PBX")
    void demoMode(String key);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1002, value = "Connecting to the PBX at %s:%d as %s (attempt %d)")
    void connecting(String host, int port, String user, long attempt);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1003, value = "Logged in to the PBX at %s:%d: Asterisk %s (%s)")
    void loggedIn(String host, int port, String asteriskVersion, String protocol);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1004, value = "Could not log in to the PBX at %s:%d: %s; next attempt in %d ms")
    void connectFailed(String host, int port, String reason, long delayMillis);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1005, value = "Lost the link to the PBX: %s")
    void linkLost(String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1006, value = "The PBX did not answer a ping within %d ms; closing the link")
    void pingUnanswered(long timeoutMillis);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1007, value = "Resynchronising with the PBX (%s)")
    void resyncStarted(String cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1008, value = "Synchronised with the PBX (%s): %d channels, %d queues, %d parked calls, %d devices, %d contacts; %d live events replayed")
    void synchronised(String cause, int channels, int queues, int parked, int devices, int contacts, int replayed);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1009, value = "Could not take a snapshot of the PBX (%s): %s; closing the link to start again")
    void snapshotFailed(String cause, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1010, value = "AMI event queue overflow: %d events waiting (capacity %d), %d dropped; %d received so far, overflow number %d; a resync follows")
    void overflow(int waiting, int capacity, long dropped, long received, long overflows);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1011, value = "More than %d live events arrived while the snapshot was taken; they were dropped and the resync starts again")
    void resyncBacklogFull(int capacity);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 1012, value = "The consumer of PBX events failed on %s; the pump goes on with the next event")
    void sinkFailed(String eventType, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 1013, value = "Could not translate the AMI event %s; it is skipped")
    void translationFailed(String eventName, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1014, value = "Stopped the AMI link to %s:%d")
    void stopped(String host, int port);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1015, value = "The PBX does not have the list action %s (%s); snapshots on this login go on without it")
    void listActionUnknown(String action, String answer);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1016, value = "The PBX refused the list action %s (%s); the snapshot goes on without it and that part is shown as last known: check the manager user's read permissions")
    void listActionRefused(String action, String answer);
}
