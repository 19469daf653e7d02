package org.switchboard.health;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the health domain (SWB60xx). */
@MessageLogger(projectCode = "SWB", length = 4)
interface HealthLog extends BasicLogger {

    HealthLog LOG = Logger.getMessageLogger(java.lang.invoke.MethodHandles.lookup(), HealthLog.class, "org.switchboard.health");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 6001, value = "This site takes reception calls again (it refused them: %s)")
    void takingCalls(String before);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 6002, value = "This site refuses reception calls: %s (before: %s)")
    void refusingCalls(String reason, String before);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 6003, value = "Probe %s went from %s to %s: %s (%s)")
    void probeChanged(String probe, String from, String to, String detail, String value);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 6004, value = "Probe %s is %s again: %s")
    void probeRecovered(String probe, String level, String value);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 6005, value = "Probing %s every %s, each check within %s")
    void probing(String probes, String interval, String deadline);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 6006, value = "A probe round now: the PBX link changed (%s)")
    void roundOnLinkChange(String change);
}
