package org.switchboard.presence;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.switchboard.runtime.JndiNames;

/**
 * Hears the UserOffline topic (every node's messages, this one's too) and hands each event to this node's
 * subscription manager, which marks the user offline, tells its watchers and asks to be alerted of her next login.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.TOPIC_USER_OFFLINE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserOfflineConsumer extends PresenceTopicConsumer {

    private static final PresenceEventsCodec CODEC = new PresenceEventsCodec();

    public UserOfflineConsumer() {
        super(PresenceEventsCodec.USER_OFFLINE, CODEC::decodeUserOffline);
    }
}
