package org.switchboard.presence;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.switchboard.runtime.JndiNames;
import org.switchboard.runtime.LogContext;

/**
 * Hears the UserOffline topic (every node's messages, this one's too) and hands each event to this node's
 * subscription manager, which marks the user offline, tells its watchers and asks to be alerted of her next login.
 * One session, so the topic's order is kept; the hand-over never blocks.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.TOPIC_USER_OFFLINE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserOfflineConsumer implements MessageListener {

    @EJB
    PresenceService presence;

    private final PresenceEventsCodec codec = new PresenceEventsCodec();

    @Override
    public void onMessage(Message message) {
        try (LogContext ids = LogContext.only(LogContext.USER, PresenceMessages.user(message))) {
            codec.decodeUserOffline(PresenceMessages.text(message)).then(presence::heard,
                    reason -> PresenceLog.LOG.unreadableEvent(PresenceEventsCodec.USER_OFFLINE, reason));
        }
    }
}
