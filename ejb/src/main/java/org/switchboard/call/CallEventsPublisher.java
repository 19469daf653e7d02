package org.switchboard.call;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.switchboard.runtime.JndiNames;
import org.switchboard.shared.model.DomainEvent;

/**
 * Puts call, queue and phone domain events on the CallEvents topic as JSON text messages, with the JMS
 * properties {@code eventType} and {@code callId} (when the event is about a call) for selectors.
 *
 * <p>Called from the one thread that runs the PBX model, outside any transaction, so it keeps its own
 * non-transacted JMS context on that thread's behalf; messages leave in the order the model produced them.
 */
@ApplicationScoped
public class CallEventsPublisher {

    public static final String EVENT_TYPE = "eventType";
    public static final String CALL_ID = "callId";

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = JndiNames.TOPIC_CALL_EVENTS)
    Topic callEvents;

    private final Jsonb json = JsonbBuilder.create();
    private JMSContext context;

    /** Publishes one event; a JMS failure is thrown to the caller, which logs it with the call id. */
    public synchronized void publish(DomainEvent event) {
        JMSContext jms = context();
        try {
            TextMessage message = jms.createTextMessage(json.toJson(event));
            message.setStringProperty(EVENT_TYPE, event.eventType());
            if (event.callId().isPresent()) {
                message.setStringProperty(CALL_ID, event.callId().get().value());
            }
            jms.createProducer().send(callEvents, message);
        } catch (jakarta.jms.JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (JMSRuntimeException e) {
            closeContext(); // a broken context is replaced on the next event
            throw e;
        }
    }

    private JMSContext context() {
        if (context == null) {
            context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        }
        return context;
    }

    @PreDestroy
    synchronized void closeContext() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                // closing a broken context: nothing left to release
            }
            context = null;
        }
    }
}
