package org.switchboard.presence;

import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import org.switchboard.presence.PresenceEventsCodec.Decoded;
import org.switchboard.presence.model.PresenceEvent;
import org.switchboard.runtime.LogContext;

/**
 * What the two presence topics' MDBs do alike: read a message's JSON text (with its {@code user} property in the
 * logging context), decode it with the topics' codec, and hand the event to this node's subscription manager
 * ({@link PresenceService#heard}), which never blocks; an unreadable message is logged and skipped (SWB3004).
 * Each subclass names its topic (one session each, so the topic's order is kept) and its decoding.
 */
abstract class PresenceTopicConsumer implements MessageListener {

    @EJB
    PresenceService presence;

    private final String eventType;
    private final Function<String, Decoded<? extends PresenceEvent>> decoding;

    PresenceTopicConsumer(String eventType, Function<String, Decoded<? extends PresenceEvent>> decoding) {
        this.eventType = eventType;
        this.decoding = decoding;
    }

    @Override
    public void onMessage(Message message) {
        try (LogContext ids = LogContext.only(LogContext.USER, user(message))) {
            decoding.apply(text(message)).then(presence::heard,
                    reason -> PresenceLog.LOG.unreadableEvent(eventType, reason));
        }
    }

    /** The message's text, or null when it is not a readable text message. */
    private static String text(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : null;
        } catch (JMSException e) {
            return null;
        }
    }

    /** The {@code user} property, for the logging context; null when absent or unreadable. */
    private static String user(Message message) {
        try {
            return message.getStringProperty(PresenceEventsPublisher.USER);
        } catch (JMSException e) {
            return null;
        }
    }
}
