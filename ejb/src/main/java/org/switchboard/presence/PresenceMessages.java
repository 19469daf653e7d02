package org.switchboard.presence;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** Reading a message of the presence topics without throwing: its JSON text and its user property. */
final class PresenceMessages {

    private PresenceMessages() {
    }

    /** The message's text, or null when it is not a readable text message. */
    static String text(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : null;
        } catch (JMSException e) {
            return null;
        }
    }

    /** The {@code user} property, for the logging context; null when absent or unreadable. */
    static String user(Message message) {
        try {
            return message.getStringProperty(PresenceEventsPublisher.USER);
        } catch (JMSException e) {
            return null;
        }
    }
}
