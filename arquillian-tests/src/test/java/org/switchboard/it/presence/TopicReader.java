package org.switchboard.it.presence;

import java.time.Duration;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Topic;

import org.switchboard.presence.PresenceEventsPublisher;

/**
 * A plain JMS subscriber of one presence topic for one user (selected on the {@code user} property), as another
 * system of the site would read it: each message's properties and JSON text.
 */
final class TopicReader implements AutoCloseable {

    /** One message as read: its properties and its body. */
    record Read(String eventType, int schemaVersion, String user, String node, String json) {
    }

    private final JMSConsumer consumer;

    TopicReader(JMSContext jms, Topic topic, String user) {
        this.consumer = jms.createConsumer(topic, PresenceEventsPublisher.USER + " = '" + user + "'");
    }

    /** The next message, waiting at most {@code timeout}; an AssertionError when none comes. */
    Read next(Duration timeout) throws JMSException {
        Message message = consumer.receive(timeout.toMillis());
        if (message == null) {
            throw new AssertionError("no message within " + timeout);
        }
        return new Read(message.getStringProperty(PresenceEventsPublisher.EVENT_TYPE),
                message.getIntProperty(PresenceEventsPublisher.SCHEMA_VERSION),
                message.getStringProperty(PresenceEventsPublisher.USER),
                message.getStringProperty(PresenceEventsPublisher.NODE), message.getBody(String.class));
    }

    /** A message already delivered, if any (never waits). */
    Message waiting() {
        return consumer.receiveNoWait();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
