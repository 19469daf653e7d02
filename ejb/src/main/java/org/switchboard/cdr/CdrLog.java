package org.switchboard.cdr;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the CDR domain (SWB5xxx). */
@MessageLogger(projectCode = "SWB", length = 4)
interface CdrLog extends BasicLogger {

    CdrLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), CdrLog.class, "org.switchboard.cdr");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 5001, value = "Exported %d call records of %s to %s")
    void exported(long count, String day, String file);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 5002, value = "Could not export the call records of %s to %s")
    void exportFailed(String day, String file, @Cause Exception cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 5004, value = "CDR files go to %s, days counted in %s")
    void settings(String directory, String zone);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 5005, value = "The CDR of call %s is stored already (first stored wins; the other site's view of"
            + " the call, or this one's again): this site's record is not stored (%s, answered by %s, ended %s,"
            + " end estimated %s)")
    void storedAlready(String callId, String disposition, String answeredBy, String ended, boolean endEstimated);
}
