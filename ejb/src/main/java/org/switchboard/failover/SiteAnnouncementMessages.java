package org.switchboard.failover;

import java.time.Instant;
import java.util.Optional;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;

import org.switchboard.failover.model.SiteAnnouncement;
import org.switchboard.failover.model.SiteRole;

/** The one mapping between a {@link SiteAnnouncement} and its JMS map message on the FailoverEvents topic. */
final class SiteAnnouncementMessages {

    static final String EVENT_TYPE_PROPERTY = "eventType";
    static final String EVENT_TYPE = "SiteAnnounced";

    private SiteAnnouncementMessages() {
    }

    static MapMessage toMessage(JMSContext jms, SiteAnnouncement announcement) throws JMSException {
        MapMessage message = jms.createMapMessage();
        message.setStringProperty(EVENT_TYPE_PROPERTY, EVENT_TYPE);
        message.setString("site", announcement.siteName());
        message.setString("role", announcement.role().name());
        message.setString("serverVersion", announcement.serverVersion());
        message.setLong("announcedAt", announcement.announcedAt().toEpochMilli());
        return message;
    }

    /** The announcement in the message, or the reason it cannot be read. */
    static Result fromMessage(Message message) {
        try {
            if (!(message instanceof MapMessage map) || !EVENT_TYPE.equals(message.getStringProperty(EVENT_TYPE_PROPERTY))) {
                return new Result(Optional.empty(), "not a " + EVENT_TYPE + " map message");
            }
            String site = map.getString("site");
            String role = map.getString("role");
            String version = map.getString("serverVersion");
            if (site == null || role == null || version == null || !map.itemExists("announcedAt")) {
                return new Result(Optional.empty(), EVENT_TYPE + " without site, role, serverVersion or announcedAt");
            }
            SiteAnnouncement announcement = new SiteAnnouncement(site, SiteRole.parse("role", role), version,
                    Instant.ofEpochMilli(map.getLong("announcedAt")));
            return new Result(Optional.of(announcement), "");
        } catch (JMSException | IllegalArgumentException e) {
            return new Result(Optional.empty(), e.getMessage());
        }
    }

    record Result(Optional<SiteAnnouncement> announcement, String problem) {
    }
}
