package org.switchboard.pbx;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages of the live PBX model and of the delivery of its conclusions (SWB11xx, the call
 * range: they are about calls; the AMI adapter has SWB10xx).
 */
@MessageLogger(projectCode = "SWB", length = 4)
interface PbxLog extends BasicLogger {

    PbxLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), PbxLog.class, "org.switchboard.pbx");

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1101, value = "A %s event did not fit the model and was counted: %s")
    void anomaly(String eventType, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1102, value = "%s")
    void domainEvent(Object event);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1107, value = "%s")
    void moved(Object move);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 1104, value = "The %s consumer failed on %s and goes on with the next event; the event was: %s")
    void consumerFailed(String consumer, String eventType, Object event, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 1106, value = "The %s consumer has %d events waiting; this %s is dropped for it (the others have it): %s")
    void consumerBehind(String consumer, int backlog, String eventType, Object event);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1109, value = "Domain events go to the %s consumer")
    void consumerRegistered(String consumer);
}
