package org.switchboard.failover;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the failover domain (SWB7xxx). */
@MessageLogger(projectCode = "SWB", length = 4)
interface FailoverLog extends BasicLogger {

    FailoverLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), FailoverLog.class, "org.switchboard.failover");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7001, value = "Site %s started as %s (version %s), start number %d")
    void siteStarted(String site, String role, String version, long startCount);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7002, value = "First announcement heard from site %s (%s, version %s)")
    void siteHeard(String site, String role, String version);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7003, value = "Ignored a message on the FailoverEvents topic: %s")
    void unreadableAnnouncement(String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7004, value = "Could not announce this site on the FailoverEvents topic")
    void announcementFailed(@Cause Exception cause);
}
