package org.switchboard.it.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.presence.PresenceAccounts;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.testkit.Await;

/**
 * A real softphone against the deployed EAR: Debian's baresip, headless, watches a colleague through the server's
 * SIP endpoint (SUBSCRIBE, NOTIFY with PIDF) and sees the status the server computes, the one a console session
 * watching her sees; and it publishes its own presence (PUBLISH), which the server shows. It authenticates (SIP
 * digest) with the presence account of its user.
 *
 * <p>baresip 1.0's presence module knows four states, so the server's statuses reach it as: available Online, busy,
 * do not disturb and on the phone Busy ({@code rpid:busy}, {@code rpid:on-the-phone}), away Offline (it reads
 * {@code rpid:away} so), offline Offline.
 */
@ExtendWith(ArquillianExtension.class)
class BaresipPresenceIT {

    private static final Duration SEEN = Duration.ofSeconds(15);
    private static final Duration LEASE = Duration.ofSeconds(300);
    private static final Map<PresenceStatus, String> AS_BARESIP_SHOWS = Map.of(
            PresenceStatus.AVAILABLE, "Online", PresenceStatus.BUSY, "Busy", PresenceStatus.DO_NOT_DISTURB, "Busy",
            PresenceStatus.ON_THE_PHONE, "Busy", PresenceStatus.AWAY, "Offline", PresenceStatus.OFFLINE, "Offline");

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(BaresipPresenceIT.class);
    }

    private static final String PASSWORD = "baresip-s3cret";

    @EJB
    PresenceDesk desk;

    @Inject
    PresenceAccounts accounts;

    @Test
    void baresipWatchingAColleague_seesTheStatusTheServerComputes_asAConsoleWatcherDoes() {
        UserId colleague = aUser();
        UserId softphone = aUser();
        Colleague console = new Colleague("it:console-of-" + softphone);
        desk.watch(console, List.of(colleague));
        PresenceLogin cti = desk.logIn(colleague, LoginKind.PASSIVE, "cti-it:" + colleague, "cti-it",
                Optional.of(PresenceStatus.BUSY), LEASE);
        accounts.create(softphone.value(), PASSWORD);
        try (Baresip baresip = Baresip.start(softphone.value(), PASSWORD, colleague.value(), TestServer.sipPort())) {
            awaitAgreement(baresip, console, colleague, PresenceStatus.BUSY);

            desk.changeStatus(cti.id(), Optional.empty());
            awaitAgreement(baresip, console, colleague, PresenceStatus.AVAILABLE);

            desk.changeStatus(cti.id(), Optional.of(PresenceStatus.AWAY));
            awaitAgreement(baresip, console, colleague, PresenceStatus.AWAY);

            desk.changeStatus(cti.id(), Optional.of(PresenceStatus.DO_NOT_DISTURB));
            awaitAgreement(baresip, console, colleague, PresenceStatus.DO_NOT_DISTURB);

            desk.logOut(cti.id(), "the CTI server logs her out");
            awaitAgreement(baresip, console, colleague, PresenceStatus.OFFLINE);

            desk.logIn(colleague, LoginKind.PASSIVE, "cti-it2:" + colleague, "cti-it", Optional.empty(), LEASE);
            awaitAgreement(baresip, console, colleague, PresenceStatus.AVAILABLE);
        } finally {
            desk.unwatchAll(console.id());
            desk.logOutAll("cti-it", "the test ends");
        }
    }

    @Test
    void baresipPublishingItsPresence_isAPublicationLogin_thatTheServerShows() {
        UserId colleague = aUser();
        UserId softphone = aUser();
        Colleague console = new Colleague("it:console-watching-" + softphone);
        desk.watch(console, List.of(softphone));
        accounts.create(softphone.value(), PASSWORD);
        try (Baresip baresip = Baresip.start(softphone.value(), PASSWORD, colleague.value(), TestServer.sipPort())) {
            baresip.command("presence_online");
            Await.until("the server to show baresip's user available",
                    () -> console.sees(softphone, PresenceStatus.AVAILABLE), SEEN);
            // baresip may publish twice afresh at its start; the second replaces the first
            Await.until("one publication login", () -> desk.logins(softphone).size() == 1, SEEN);
            assertThat(desk.logins(softphone)).singleElement()
                    .satisfies(login -> assertThat(login.kind()).isEqualTo(LoginKind.PUBLICATION));
            assertThat(desk.fetch(softphone).status()).isEqualTo(PresenceStatus.AVAILABLE);

            baresip.command("presence_offline");

            Await.until("the server to show baresip's user offline", () -> console.sees(softphone,
                    PresenceStatus.OFFLINE), SEEN);
            assertThat(desk.logins(softphone)).isEmpty();
        } finally {
            desk.unwatchAll(console.id());
        }
    }

    /** Waits until baresip shows what the server computed, which is also what the console watcher was told. */
    private void awaitAgreement(Baresip baresip, Colleague console, UserId colleague, PresenceStatus expected) {
        Await.until("the server to compute " + expected + " for " + colleague,
                () -> desk.fetch(colleague).status() == expected, SEEN);
        Await.until("the console watcher to see " + expected, () -> console.sees(colleague, expected), SEEN);
        String shown = AS_BARESIP_SHOWS.get(expected);
        try {
            Await.until("baresip to show " + colleague + " " + shown,
                    () -> baresip.statusOf(colleague.value()).filter(shown::equals).isPresent(), SEEN);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; baresip shows " + baresip.statusOf(colleague.value())
                    + "; its output:\n" + baresip.output(), e);
        }
    }

    private static UserId aUser() {
        return new UserId("it" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    }
}
