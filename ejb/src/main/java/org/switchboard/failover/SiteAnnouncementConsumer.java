package org.switchboard.failover;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.switchboard.runtime.JndiNames;
import org.switchboard.runtime.LogContext;

/** Hears site announcements on the FailoverEvents topic and keeps the latest per site. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.TOPIC_FAILOVER_EVENTS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = SiteAnnouncementMessages.EVENT_TYPE_PROPERTY + " = '" + SiteAnnouncementMessages.EVENT_TYPE + "'")
})
public class SiteAnnouncementConsumer implements MessageListener {

    @Inject
    KnownSites knownSites;

    @Override
    public void onMessage(Message message) {
        try (LogContext none = LogContext.only()) {
            SiteAnnouncementMessages.Result result = SiteAnnouncementMessages.fromMessage(message);
            result.announcement().ifPresentOrElse(knownSites::heard,
                    () -> FailoverLog.LOG.unreadableAnnouncement(result.problem()));
        }
    }
}
