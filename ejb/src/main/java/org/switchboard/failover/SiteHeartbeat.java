package org.switchboard.failover;

import java.time.Clock;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;

import org.switchboard.failover.model.SiteAnnouncement;
import org.switchboard.failover.model.SiteSettings;
import org.switchboard.runtime.ServerRuntime;

/** Announces this site on the FailoverEvents topic every few seconds, for whoever listens. */
@Singleton
public class SiteHeartbeat {

    @Inject
    SiteSettings settings;

    @Inject
    ServerRuntime runtime;

    @Inject
    SiteAnnouncementPublisher publisher;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "site heartbeat")
    void announce() {
        try {
            publisher.publish(new SiteAnnouncement(settings.name(), settings.role(), runtime.version(), clock.instant()));
        } catch (JMSException | JMSRuntimeException e) {
            FailoverLog.LOG.announcementFailed(e);
        }
    }
}
