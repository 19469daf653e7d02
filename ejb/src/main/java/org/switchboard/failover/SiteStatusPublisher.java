package org.switchboard.failover;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import org.switchboard.failover.model.PairMessage;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.runtime.JndiNames;

/**
 * Publishes a site's status on this node's FailoverEvents topic, so that a local listener sees both sites: the pair
 * link publishes this site's status each time it sends it and the other site's each time it hears it. The body is
 * the pair link's own SITE_STATUS message ({@link PairCodec}), one format for both.
 */
@Stateless
public class SiteStatusPublisher {

    static final String EVENT_TYPE_PROPERTY = "eventType";
    static final String EVENT_TYPE = "SiteStatus";

    @Inject
    JMSContext jms;

    @Resource(lookup = JndiNames.TOPIC_FAILOVER_EVENTS)
    Topic failoverEvents;

    /** Publishes the status; a failure is logged, never thrown at the pair link. */
    public void publish(SiteStatus status) {
        try {
            jms.createProducer().setProperty(EVENT_TYPE_PROPERTY, EVENT_TYPE).send(failoverEvents,
                    new String(PairCodec.encode(new PairMessage.Status(status)), StandardCharsets.UTF_8));
        } catch (JMSRuntimeException e) {
            FailoverLog.LOG.announcementFailed(e);
        }
    }
}
