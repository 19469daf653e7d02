package org.switchboard.it.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Subscribes to the UserOffline topic as another system of the site would (its JNDI name, the {@code user} property,
 * the JSON text), and keeps what it hears. One session, so that it hears the messages in the topic's order.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/UserOffline"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class UserOfflineProbe implements MessageListener {

    @Inject
    HeardOffline heard;

    @Override
    public void onMessage(Message message) {
        try {
            heard.add(message.getStringProperty("user"), message.getBody(String.class));
        } catch (JMSException e) {
            heard.add("unreadable", e.toString());
        }
    }
}
