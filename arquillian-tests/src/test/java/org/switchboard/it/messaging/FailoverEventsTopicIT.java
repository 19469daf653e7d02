package org.switchboard.it.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.failover.KnownSites;
import org.switchboard.failover.SiteAnnouncementPublisher;
import org.switchboard.failover.model.SiteAnnouncement;
import org.switchboard.failover.model.SiteRole;
import org.switchboard.it.ShippedEar;
import org.switchboard.testkit.Await;

/** An event published on a real Artemis topic reaches the application's message-driven bean. */
@ExtendWith(ArquillianExtension.class)
class FailoverEventsTopicIT {

    private static final Duration DELIVERY = Duration.ofSeconds(10);

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(FailoverEventsTopicIT.class);
    }

    @Inject
    SiteAnnouncementPublisher publisher;

    @Inject
    KnownSites knownSites;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/topic/FailoverEvents")
    Topic failoverEvents;

    @Test
    void givenAnAnnouncementPublished_thenTheConsumerRecordsItWithEveryField() throws Exception {
        SiteAnnouncement sent = new SiteAnnouncement(uniqueSite(), SiteRole.SECONDARY, "7.7.7",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));

        publisher.publish(sent);

        SiteAnnouncement received = Await.value(() -> knownSites.latest(sent.siteName()), DELIVERY);
        assertThat(received).isEqualTo(sent);
    }

    @Test
    void givenAnUnreadableMessageFirst_thenTheConsumerSkipsItAndStillReceivesTheNextOne() throws Exception {
        String site = uniqueSite();
        jms.createProducer().setProperty("eventType", "SiteAnnounced").send(failoverEvents, "not a map message");
        jms.createProducer().setProperty("eventType", "SiteAnnounced").send(failoverEvents, jms.createMapMessage());
        SiteAnnouncement good = new SiteAnnouncement(site, SiteRole.PRIMARY, "1.0", Instant.now().truncatedTo(ChronoUnit.MILLIS));

        publisher.publish(good);

        assertThat(Await.value(() -> knownSites.latest(site), DELIVERY)).isEqualTo(good);
    }

    @Test
    void theServerHearsItsOwnHeartbeat() {
        String ownSite = System.getProperty("switchboard.site.name");

        SiteAnnouncement own = Await.value(() -> knownSites.latest(ownSite), Duration.ofSeconds(25));

        assertThat(own.serverVersion()).isNotBlank();
    }

    private static String uniqueSite() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
