package org.switchboard.failover;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of this site's fencing (SWB72xx). */
@MessageLogger(projectCode = "SWB", length = 4)
interface FencingLog extends BasicLogger {

    FencingLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), FencingLog.class, "org.switchboard.failover.fencing");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7201, value = "Fencing of %s (%s) started in %s, flags SMITH STONITH = %s, read from %s")
    void started(String site, String role, String state, String flags, String directory);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7202, value = "Fencing file problem: %s")
    void fileProblem(String problem);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7203, value = "Fencing %s --%s--> %s (flags %s): %s")
    void moved(String from, String trigger, String to, String flags, String why);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7204, value = "Fencing refused %s: %s")
    void rejected(String trigger, String reason);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 7205, value = "Could not store the fencing flags in %s; they hold in memory until the next start")
    void notStored(String directory, @Cause Exception cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7206, value = "The pair's fencing row %s is INVALID (%s): it is not acted on: this site demands no"
            + " STONITH, obeys no STONITH demand of an invalid row, and clears no flag by itself")
    void invalidRow(String row, String note);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7207, value = "The pair's fencing row is %s again (%s)")
    void rowNowValid(String row, String note);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7208, value = "Ignored the STONITH demand of %s: its own STONITH flag is set, an invalid row")
    void ignoredDemand(String peer);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7209, value = "Activating the primary while the secondary %s is not known to be deactivated (its"
            + " flags: %s): deactivate the secondary first, or it may demand STONITH again")
    void activatedBeforeSecondary(String peer, String flags);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7210, value = "Peer %s left the cluster view; its last heard flags (%s) stay in the row")
    void peerLost(String peer, String flags);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7211, value = "Consoles %s on this site: %s")
    void consoleDuty(String work, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7212, value = "Critical probe %s failed before this site took calls since its start: refusing calls"
            + " without SMITH (%s)")
    void notArmed(String probe, String failure);
}
