package org.switchboard.call;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the call domain's services (SWB11xx, shared with {@code pbx.PbxLog}). */
@MessageLogger(projectCode = "SWB", length = 4)
interface CallLog extends BasicLogger {

    CallLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), CallLog.class, "org.switchboard.call");

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1103, value = "%s has no wire form on the CallEvents topic; such events are not published")
    void noWireForm(String eventClass);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1105, value = "Devices counted as trunks (external): %s")
    void trunks(String rule);
}
