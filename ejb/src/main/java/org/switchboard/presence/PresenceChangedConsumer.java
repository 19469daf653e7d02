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
 * Hears the PresenceChanged topic (every node's messages, this one's too) and hands each event to this node's
 * subscription manager, which tells this node's watchers of the user the newer presence. One session, so the
 * topic's order is kept; the hand-over never blocks.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.TOPIC_PRESENCE_CHANGED),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceChangedConsumer implements MessageListener {

    @EJB
    PresenceService presence;

    private final PresenceEventsCodec codec = new PresenceEventsCodec();

    @Override
    public void onMessage(Message message) {
        try (LogContext ids = LogContext.only(LogContext.USER, PresenceMessages.user(message))) {
            codec.decodePresenceChanged(PresenceMessages.text(message)).then(presence::heard,
                    reason -> PresenceLog.LOG.unreadableEvent(PresenceEventsCodec.PRESENCE_CHANGED, reason));
        }
    }
}
