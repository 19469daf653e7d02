package org.switchboard.call;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import org.switchboard.pbx.DomainEventConsumer;
import org.switchboard.runtime.JndiNames;
import org.switchboard.shared.model.DomainEvent;

/**
 * Puts call, queue and phone domain events on the CallEvents topic in the wire form of
 * {@link CallEventsCodec}, as JSON text messages with the JMS properties {@value #EVENT_TYPE} (the event name),
 * {@value #SCHEMA_VERSION} and, for events about a call, {@value #CALL_ID}, for selectors.
 *
 * <p>A {@link DomainEventConsumer}: it runs on the dispatcher's lanes, outside any transaction, with the
 * container's injected JMS context (request-scoped for the duration of each event).
 */
@ApplicationScoped
public class CallEventsPublisher implements DomainEventConsumer {

    public static final String EVENT_TYPE = "eventType";
    public static final String CALL_ID = "callId";
    public static final String SCHEMA_VERSION = "schemaVersion";

    @Inject
    JMSContext jms;

    @Resource(lookup = JndiNames.TOPIC_CALL_EVENTS)
    Topic callEvents;

    private final CallEventsCodec codec = new CallEventsCodec();
    private final Set<Class<?>> unknown = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "call-events-topic";
    }

    @Override
    public boolean wants(DomainEvent event) {
        if (codec.knows(event.getClass())) {
            return true;
        }
        if (unknown.add(event.getClass())) {
            CallLog.LOG.noWireForm(event.getClass().getName());
        }
        return false;
    }

    /** Publishes one event; a JMS failure is thrown to the dispatcher, which logs it with the call id. */
    @Override
    @ActivateRequestContext
    public void accept(DomainEvent event) {
        CallEventsCodec.Encoded encoded = codec.encode(event).orElseThrow();
        TextMessage message = jms.createTextMessage(encoded.json());
        try {
            message.setStringProperty(EVENT_TYPE, encoded.event());
            message.setIntProperty(SCHEMA_VERSION, CallEventsCodec.VERSION);
            if (encoded.callId().isPresent()) {
                message.setStringProperty(CALL_ID, encoded.callId().get());
            }
        } catch (jakarta.jms.JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        jms.createProducer().send(callEvents, message);
    }
}
