package org.switchboard.presence;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.switchboard.runtime.JndiNames;

/**
 * Hears the PresenceChanged topic (every node's messages, this one's too) and hands each event to this node's
 * subscription manager, which tells this node's watchers of the user the newer presence.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.TOPIC_PRESENCE_CHANGED),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceChangedConsumer extends PresenceTopicConsumer {

    private static final PresenceEventsCodec CODEC = new PresenceEventsCodec();

    public PresenceChangedConsumer() {
        super(PresenceEventsCodec.PRESENCE_CHANGED, CODEC::decodePresenceChanged);
    }
}
