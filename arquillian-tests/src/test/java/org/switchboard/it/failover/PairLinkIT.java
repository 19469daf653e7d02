package org.switchboard.it.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.management.MBeanServer;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.failover.KnownSites;
import org.switchboard.failover.OwnStatusChanged;
import org.switchboard.failover.PairLink;
import org.switchboard.failover.model.FencingFlags;
import org.switchboard.failover.model.PairMessage;
import org.switchboard.failover.model.PhoneLine;
import org.switchboard.failover.model.SessionLine;
import org.switchboard.failover.model.SiteRole;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.it.ShippedEar;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;

/**
 * The pair link against a real cluster: the test joins the server's JGroups cluster as the other site, with a channel
 * of its own ({@link PeerSite}: the server's TCP stack and the pair link's fork), and exchanges pair messages with
 * the server's {@link PairLink}. The test runs in the server's JVM (it fires this site's status as H1's fencing does
 * and watches the CDI events), but its channel is a separate cluster member on its own TCP port.
 */
@ExtendWith(ArquillianExtension.class)
class PairLinkIT {

    private static final Duration SECONDS = Duration.ofSeconds(10);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShippedEar.withTestsOf(PairLinkIT.class);
        // the test's peer channel needs the server's JGroups, as the EJB module does
        ear.getAsType(WebArchive.class, "switchboard-it.war")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.jgroups\n"));
        return ear;
    }

    @Inject
    Event<OwnStatusChanged> ownStatus;

    @Inject
    PairEventsHeard events;

    @EJB
    PairLink pair;

    @Inject
    KnownSites knownSites;

    @Test
    void givenThePeerJoins_thenTheServersStatus_phonesAndSessionsArriveWithinSeconds() throws Exception {
        // stands in for H1's fencing, which fires this site's status on every change
        SiteStatus own = new SiteStatus(serverSite(), SiteRole.PRIMARY, FencingFlags.CLEAR, true, "",
                false, false, "it", now());
        ownStatus.fire(new OwnStatusChanged(own));

        String site = uniqueSite();
        try (PeerSite peer = PeerSite.join(site)) {
            assertThat(Await.value("the server's status on the pair link",
                    () -> peer.latest(PairMessage.Status.class, heard -> heard.status().equals(own)), SECONDS)).isNotNull();
            // the listings go to a site the server hears (or sees join the view) for the first time
            peer.send(new PairMessage.Status(new SiteStatus(site, SiteRole.SECONDARY, FencingFlags.CLEAR, true, "",
                    false, false, "it", now())));
            assertThat(Await.value("the server's full phone listing",
                    () -> peer.latest(PairMessage.Phones.class, PairMessage.Phones::full), SECONDS).site())
                    .isEqualTo(serverSite());
            assertThat(Await.value("the server's sessions",
                    () -> peer.latest(PairMessage.Sessions.class, heard -> heard.site().equals(serverSite())), SECONDS))
                    .isNotNull();
        }
    }

    @Test
    void aStatusThePeerSends_isHeardAsPeerStatusHeard_republishedOnTheTopic_andShownOverJmx() throws Exception {
        String site = uniqueSite();
        try (PeerSite peer = PeerSite.join(site)) {
            SiteStatus sent = new SiteStatus(site, SiteRole.SECONDARY, FencingFlags.CLEAR, true, "", false, false,
                    "it", now());

            peer.send(new PairMessage.Status(sent));

            Await.until("PeerStatusHeard fired for " + site, () -> events.heardFrom(site), SECONDS);
            assertThat(Await.value("the status republished on FailoverEvents", () -> knownSites.latest(site), SECONDS))
                    .isEqualTo(sent);
            assertThat((String) jmx("Peer")).startsWith(site + " secondary, last heard");
            assertThat((Boolean) jmx("PeerInView")).isTrue();
            assertThat((String[]) jmx("Members")).isNotEmpty();
        }
    }

    @Test
    void thePeersSessionsAndPhones_areKeptForTheOperator() throws Exception {
        String site = uniqueSite();
        try (PeerSite peer = PeerSite.join(site)) {
            peer.send(new PairMessage.Status(new SiteStatus(site, SiteRole.SECONDARY, FencingFlags.CLEAR, true, "",
                    false, false, "it", now())));
            peer.send(new PairMessage.Sessions(site, now(), List.of(new SessionLine("anna", "s-" + site, "PASSIVE"))));
            peer.send(new PairMessage.Phones(site, now(), true, List.of(new PhoneLine(
                    "PJSIP/" + site, PhoneStatus.IDLE,
                    Registration.REGISTERED, "10.0.2.5:5060")), List.of()));

            Await.until("the peer's sessions over JMX",
                    () -> List.of("anna s-" + site + " PASSIVE").equals(invoke("peerSessions")), SECONDS);
            Await.until("the peer's phone listed as Remote over JMX", () -> invoke("phones")
                    .contains("PJSIP/" + site + ":Idle(Unknown) 10.0.2.5:5060 Registered (Remote)"), SECONDS);
        }
    }

    @Test
    void thePeerLeavingTheView_givesPeerLost_andItsPhonesAndSessionsAreForgotten() throws Exception {
        String site = uniqueSite();
        PeerSite peer = PeerSite.join(site);
        peer.send(new PairMessage.Status(new SiteStatus(site, SiteRole.SECONDARY, FencingFlags.CLEAR, true, "", false,
                false, "it", now())));
        peer.send(new PairMessage.Sessions(site, now(), List.of(new SessionLine("anna", "s-1", "PASSIVE"))));
        Await.until("the peer's sessions heard", () -> !pair.peerSessions().isEmpty(), SECONDS);

        peer.close();

        Await.until("PeerLost fired for " + site, () -> events.lost(site), SECONDS);
        assertThat(pair.peerInView()).isFalse();
        assertThat(pair.peerSessions()).isEmpty();
        assertThat((String) jmx("Peer")).startsWith(site + " secondary");
    }

    @Test
    void aMalformedMessage_isLoggedWithItsSender_andDropped_andTheLinkGoesOn() throws Exception {
        String site = uniqueSite();
        try (PeerSite peer = PeerSite.join(site)) {
            peer.sendRaw("{\"v\":1,\"kind\":\"SITE_STATUS\",\"site\":\"".getBytes(StandardCharsets.UTF_8));
            peer.sendRaw("{\"v\":9,\"kind\":\"SITE_STATUS\"}".getBytes(StandardCharsets.UTF_8));
            SiteStatus after = new SiteStatus(site, SiteRole.SECONDARY, FencingFlags.CLEAR, true, "", false, false,
                    "it", now());
            peer.send(new PairMessage.Status(after));

            Await.until("the good status after the bad ones", () -> events.heardFrom(site), SECONDS);
            Await.until("both bad messages logged with the sender", () -> serverLog().stream()
                    .filter(line -> line.contains("SWB7105") && line.contains(peer.address())).count() == 2, SECONDS);
            assertThat(serverLog()).anyMatch(line -> line.contains("SWB7105") && line.contains(peer.address())
                    && line.contains("version 9 is not understood"));
        }
    }

    private static Object jmx(String attribute) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.getAttribute(JmxRegistration.nameOf("Pair"), attribute);
    }

    /** An operation of the Pair MXBean: its {@code List<String>} comes over JMX as an array. */
    private static List<String> invoke(String operation) {
        try {
            return List.of((String[]) ManagementFactory.getPlatformMBeanServer().invoke(JmxRegistration.nameOf("Pair"),
                    operation, new Object[0], new String[0]));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> serverLog() {
        try {
            return Files.readAllLines(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serverSite() {
        return System.getProperty("switchboard.site.name");
    }

    private static String uniqueSite() {
        return "it-peer-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
