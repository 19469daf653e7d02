package org.switchboard.failover;

import java.nio.charset.StandardCharsets;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import org.switchboard.failover.model.PairMessage;
import org.switchboard.runtime.JndiNames;
import org.switchboard.runtime.LogContext;

/** Hears the sites' statuses on the FailoverEvents topic and keeps the latest per site. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.TOPIC_FAILOVER_EVENTS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = SiteStatusPublisher.EVENT_TYPE_PROPERTY + " = '" + SiteStatusPublisher.EVENT_TYPE + "'")
})
public class SiteStatusConsumer implements MessageListener {

    @Inject
    KnownSites knownSites;

    @Override
    public void onMessage(Message message) {
        try (LogContext none = LogContext.only()) {
            if (!(message instanceof TextMessage text) || text.getText() == null) {
                FailoverLog.LOG.unreadableAnnouncement("not a text message with a SITE_STATUS body");
                return;
            }
            PairCodec.Decoded decoded = PairCodec.decode(text.getText().getBytes(StandardCharsets.UTF_8));
            if (decoded instanceof PairCodec.Decoded.Ok ok && ok.message() instanceof PairMessage.Status status) {
                knownSites.heard(status.status());
            } else if (decoded instanceof PairCodec.Decoded.Invalid invalid) {
                FailoverLog.LOG.unreadableAnnouncement(invalid.reason());
            } else {
                FailoverLog.LOG.unreadableAnnouncement("a pair message that is not a SITE_STATUS");
            }
        } catch (JMSException e) {
            FailoverLog.LOG.unreadableAnnouncement(e.getMessage());
        }
    }
}
