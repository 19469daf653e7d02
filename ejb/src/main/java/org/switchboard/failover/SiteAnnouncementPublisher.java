package org.switchboard.failover;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Topic;

import org.switchboard.failover.model.SiteAnnouncement;
import org.switchboard.runtime.JndiNames;

/** Publishes site announcements on the FailoverEvents topic. */
@ApplicationScoped
public class SiteAnnouncementPublisher {

    @Inject
    JMSContext jms;

    @Resource(lookup = JndiNames.TOPIC_FAILOVER_EVENTS)
    Topic failoverEvents;

    public void publish(SiteAnnouncement announcement) throws JMSException {
        jms.createProducer().send(failoverEvents, SiteAnnouncementMessages.toMessage(jms, announcement));
    }
}
