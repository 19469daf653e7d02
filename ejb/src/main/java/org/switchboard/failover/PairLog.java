package org.switchboard.failover;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the pair link between the two sites (SWB71xx, in the failover range). */
@MessageLogger(projectCode = "SWB", length = 4)
interface PairLog extends BasicLogger {

    PairLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), PairLog.class, "org.switchboard.failover.pair");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7101, value = "Pair link of site %s joined cluster %s as %s (fork %s), heartbeat %s")
    void joined(String site, String cluster, String address, String fork, String heartbeat);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7102, value = "Pair link view changed to %s: %d members %s")
    void viewChanged(String viewId, int size, String members);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7103, value = "First status heard from peer site %s (%s) at %s")
    void peerHeard(String site, String role, String address);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7104, value = "Peer site %s (%s) left the cluster view")
    void peerLost(String site, String address);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7105, value = "Dropped a message on the pair link from %s: %s")
    void dropped(String sender, String reason);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 7106, value = "The pair link cannot work: the fork channel %s is not available; the other site will not be heard")
    void noChannel(String jndiName, @Cause Exception cause);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7107, value = "Could not send %s to the other site")
    void sendFailed(String kind, @Cause Exception cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 7108, value = "Reception activity: call %s joined reception queue %s")
    void receptionActivity(String call, String queue);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7109, value = "Ignored a status from %s that names this site (%s): two servers share a site name")
    void ownNameFromElsewhere(String sender, String site);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 7110, value = "The receptionists' queues could not be read; reception activity is judged on the %d queues last read")
    void receptionQueuesUnread(int known, @Cause Exception cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 7111, value = "A step of the pair link failed; the next one runs")
    void stepFailed(@Cause Throwable cause);
}
