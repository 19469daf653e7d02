package org.switchboard.it.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.failover.KnownSites;
import org.switchboard.failover.PairCodec;
import org.switchboard.failover.SiteStatusPublisher;
import org.switchboard.failover.model.FencingFlags;
import org.switchboard.failover.model.PairMessage;
import org.switchboard.failover.model.SiteRole;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.it.ShippedEar;
import org.switchboard.testkit.Await;

/**
 * A site's status published on a real Artemis topic reaches the application's message-driven bean. The topic is this
 * node's own (Artemis is not clustered): the pair link republishes on it what it sends and hears (PairLinkIT).
 */
@ExtendWith(ArquillianExtension.class)
class FailoverEventsTopicIT {

    private static final Duration DELIVERY = Duration.ofSeconds(10);

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(FailoverEventsTopicIT.class);
    }

    @EJB
    SiteStatusPublisher publisher;

    @Inject
    KnownSites knownSites;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/topic/FailoverEvents")
    Topic failoverEvents;

    @Test
    void givenAStatusPublished_thenTheConsumerRecordsItWithEveryField() {
        SiteStatus sent = new SiteStatus(uniqueSite(), SiteRole.SECONDARY, new FencingFlags(true, false), true, "",
                true, false, "7.7.7", Instant.now().truncatedTo(ChronoUnit.MILLIS));

        publisher.publish(sent);

        assertThat(Await.value(() -> knownSites.latest(sent.site()), DELIVERY)).isEqualTo(sent);
    }

    @Test
    void givenUnreadableMessagesFirst_thenTheConsumerSkipsThem_andStillReceivesTheNextOne() {
        String site = uniqueSite();
        jms.createProducer().setProperty("eventType", "SiteStatus").send(failoverEvents, jms.createMapMessage());
        jms.createProducer().setProperty("eventType", "SiteStatus").send(failoverEvents, "{\"v\":1,\"kind\":");
        jms.createProducer().setProperty("eventType", "SiteStatus").send(failoverEvents, new String(PairCodec.encode(
                new PairMessage.Sessions(site, Instant.now(), List.of())), StandardCharsets.UTF_8));
        SiteStatus good = new SiteStatus(site, SiteRole.PRIMARY, FencingFlags.CLEAR, false, "probe CPU_LOAD failed",
                false, false, "1.0", Instant.now().truncatedTo(ChronoUnit.MILLIS));

        publisher.publish(good);

        assertThat(Await.value(() -> knownSites.latest(site), DELIVERY)).isEqualTo(good);
    }

    private static String uniqueSite() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
