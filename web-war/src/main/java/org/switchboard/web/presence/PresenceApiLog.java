package org.switchboard.web.presence;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Operator-facing messages of the presence REST API (SWB3850 to SWB3899 of the presence's SWB3xxx). The user a
 * request is about is in the MDC under {@code user}. No message ever carries a password.
 */
@MessageLogger(projectCode = "SWB", length = 4)
interface PresenceApiLog extends BasicLogger {

    PresenceApiLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), PresenceApiLog.class,
            "org.switchboard.web.presence");

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3851, value = "Refused a presence API request %s %s from %s: %s")
    void unauthenticated(String method, String path, String remote, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3852, value = "Integration %s logged the user in passively: login %s, status %s, lease until %s")
    void loggedIn(String integration, String login, String status, Object leaseEnds);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3853, value = "Integration %s logged out its passive login %s")
    void loggedOut(String integration, String login);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3854, value = "Integration %s logged out all its passive logins: %d ended")
    void loggedOutAll(String integration, int ended);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3855, value = "Passive login %s of integration %s has ended already; the integration must log the user in again")
    void ended(String login, String integration);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3856, value = "Refused a presence API request %s %s of integration %s: %s")
    void invalid(String method, String path, String integration, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3857, value = "Integration %s set the user's note (%d characters): presence version %d")
    void noteSet(String integration, int length, long version);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3858, value = "Integration %s set the user's attributes %s: presence version %d")
    void attributesSet(String integration, Object names, long version);
}
