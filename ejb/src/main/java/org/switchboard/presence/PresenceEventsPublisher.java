package org.switchboard.presence;

import java.util.List;
import java.util.function.BiConsumer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;

import org.switchboard.failover.model.SiteSettings;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceEvent;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;
import org.switchboard.runtime.JndiNames;

/**
 * Puts the presence service's events on the UserOffline and PresenceChanged topics, in the wire form of
 * {@link PresenceEventsCodec}, as JSON text messages with the properties {@value #EVENT_TYPE},
 * {@value #SCHEMA_VERSION}, {@value #USER} and {@value #NODE} (the site that published it), for selectors. Called
 * by the presence service's store stage after the changes are stored, a batch at a time in a transaction of its own
 * ({@link #publishAll}): the sends do not each wait for the broker, and the batch goes out at the commit, in order.
 */
@ApplicationScoped
public class PresenceEventsPublisher {

    public static final String EVENT_TYPE = "eventType";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String USER = "user";
    public static final String NODE = "node";

    @Inject
    JMSContext jms;

    @Inject
    SiteSettings site;

    @Resource(lookup = JndiNames.TOPIC_USER_OFFLINE)
    Topic userOffline;

    @Resource(lookup = JndiNames.TOPIC_PRESENCE_CHANGED)
    Topic presenceChanged;

    private final PresenceEventsCodec codec = new PresenceEventsCodec();

    /**
     * Publishes the events in their order, in one transaction (the injected context is the transaction's, so one
     * session, and one round trip to the broker at the commit rather than one per event); an event that cannot be
     * sent is handed to {@code notSent} and the others still go; a failed commit is thrown (none of them went out).
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void publishAll(List<PresenceEvent> events, BiConsumer<PresenceEvent, Exception> notSent) {
        for (PresenceEvent event : events) {
            try {
                if (event instanceof UserOffline offline) {
                    publish(offline);
                } else {
                    publish((PresenceChanged) event);
                }
            } catch (RuntimeException e) {
                notSent.accept(event, e);
            }
        }
    }

    @ActivateRequestContext
    public void publish(UserOffline event) {
        send(userOffline, PresenceEventsCodec.USER_OFFLINE, event.user(), codec.encode(event));
    }

    @ActivateRequestContext
    public void publish(PresenceChanged event) {
        send(presenceChanged, PresenceEventsCodec.PRESENCE_CHANGED, event.user(), codec.encode(event));
    }

    /** This node's name, as its messages carry it. */
    public String node() {
        return site.name();
    }

    private void send(Topic topic, String eventType, UserId user, String json) {
        TextMessage message = jms.createTextMessage(json);
        try {
            message.setStringProperty(EVENT_TYPE, eventType);
            message.setIntProperty(SCHEMA_VERSION, PresenceEventsCodec.VERSION);
            message.setStringProperty(USER, user.value());
            message.setStringProperty(NODE, site.name());
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        jms.createProducer().send(topic, message);
    }
}
