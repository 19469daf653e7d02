package org.switchboard.call;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the live call model (SWB11xx; the AMI adapter has SWB10xx). */
@MessageLogger(projectCode = "SWB", length = 4)
interface CallLog extends BasicLogger {

    CallLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), CallLog.class, "org.switchboard.call");

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1101, value = "A %s event did not fit the model and was counted: %s")
    void anomaly(String eventType, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1102, value = "%s")
    void domainEvent(Object event);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1103, value = "Could not publish %s on the CallEvents topic")
    void publishFailed(String eventType, @Cause Exception cause);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 1104, value = "An observer of %s failed; the model goes on")
    void observerFailed(String eventType, @Cause Exception cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1107, value = "%s")
    void moved(Object move);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 1106, value = "Could not store the CDR of a finished call; it is only in this line: %s")
    void cdrNotStored(String record, @Cause Exception cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1105, value = "Devices counted as trunks (external): %s")
    void trunks(String rule);
}
