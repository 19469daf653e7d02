package org.switchboard.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.presence.model.LoginKind.CONSOLE;
import static org.switchboard.presence.model.LoginKind.PASSIVE;
import static org.switchboard.presence.model.PresenceStatus.AVAILABLE;
import static org.switchboard.presence.model.PresenceStatus.AWAY;
import static org.switchboard.presence.model.PresenceStatus.BUSY;
import static org.switchboard.presence.model.PresenceStatus.OFFLINE;
import static org.switchboard.presence.model.PresenceStatus.ON_THE_PHONE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;
import org.switchboard.testkit.Await;

class PresenceServiceTest {

    /** Long enough for the lanes, the sweep (every second) and the restart grace (5 s) of the production settings. */
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofSeconds(120);

    private final RunningPresence running = new RunningPresence();
    private final PresenceService presence = running.service;

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void theSeedScenario_theWatcherSeesTheTrueStatusAfterEveryStep_andTheNextLoginAfterThePassiveOneDropped() {
        UserId anna = new UserId("301");
        RecordingWatcher colleague = new RecordingWatcher("console:colleague");
        presence.watch(colleague, List.of(anna));
        awaitSees(colleague, "301", OFFLINE);

        // the CTI server logs her in on her behalf: a passive login without a status
        presence.logIn(anna, PASSIVE, "cti-1:a", "cti-1", Optional.empty(), LEASE);
        awaitSees(colleague, "301", AVAILABLE);
        // she logs in with her desk client
        PresenceLogin desk = presence.logIn(anna, CONSOLE, "s-1", "console:s-1", Optional.of(BUSY), LEASE);
        awaitSees(colleague, "301", BUSY);
        // she logs out of the desk client first: the passive login still holds her online
        assertThat(presence.logOut(desk.id(), "closed")).isTrue();
        awaitSees(colleague, "301", AVAILABLE);
        assertThat(offlines("301")).isEmpty();
        // the CTI server restarts: its passive login drops, and she is offline: exactly one UserOffline
        assertThat(presence.logOutAll("cti-1", "the CTI server restarts")).isEqualTo(1);
        awaitSees(colleague, "301", OFFLINE);
        assertThat(offlines("301")).singleElement().satisfies(offline -> {
            assertThat(offline.lastKind()).contains(PASSIVE);
            assertThat(offline.lastLogin()).contains(LoginId.of(PASSIVE, "cti-1:a"));
        });
        // her next login reaches the watcher: the alert was asked for when she went offline
        presence.logIn(anna, CONSOLE, "s-2", "console:s-2", Optional.of(AWAY), LEASE);
        awaitSees(colleague, "301", AWAY);

        assertThat(colleague.newest("301")).contains(presence.fetch(anna));
        assertThat(running.publishedBeforeStored).isEmpty();
    }

    @Test
    void everyLoginAndLogOut_isPublished_evenWhenTheStatusStaysTheSame() {
        UserId bob = new UserId("302");
        presence.logIn(bob, PASSIVE, "cti-1:b", "cti-1", Optional.empty(), LEASE);
        PresenceLogin second = presence.logIn(bob, PASSIVE, "cti-2:b", "cti-2", Optional.empty(), LEASE);
        presence.logOut(second.id(), "done");

        assertThat(running.publishedAbout("302")).extracting(event -> event.presence().status())
                .containsExactly(AVAILABLE, AVAILABLE, AVAILABLE);
        assertThat(running.publishedAbout("302")).extracting(event -> event.presence().version())
                .containsExactly(1L, 2L, 3L);
        assertThat(running.stored.get(bob).version()).isEqualTo(3);
    }

    @Test
    void aLoginWhoseLeaseRunsOut_ends_andHerWatchersSeeHerOffline() {
        UserId carl = new UserId("303");
        RecordingWatcher colleague = new RecordingWatcher("sip:dialog-1");
        presence.watch(colleague, List.of(carl));
        presence.logIn(carl, PASSIVE, "cti-1:c", "cti-1", Optional.empty(), Duration.ofSeconds(30));
        awaitSees(colleague, "303", AVAILABLE);

        running.clock.advance(Duration.ofSeconds(31));

        awaitSees(colleague, "303", OFFLINE);
        assertThat(presence.logins(carl)).isEmpty();
        assertThat(offlines("303")).hasSize(1);
    }

    @Test
    void aKeptAliveLogin_outlivesItsFirstLease_whileOneNotKeptAliveEnds() {
        UserId carl = new UserId("304");
        UserId dora = new UserId("314");
        PresenceLogin kept = presence.logIn(carl, PASSIVE, "cti-1:d", "cti-1", Optional.empty(),
                Duration.ofSeconds(30));
        presence.logIn(dora, PASSIVE, "cti-1:e", "cti-1", Optional.empty(), Duration.ofSeconds(30));
        running.clock.advance(Duration.ofSeconds(20));

        PresenceLogin renewed = presence.keepAlive(kept.id()).orElseThrow();
        running.clock.advance(Duration.ofSeconds(20));

        Await.until("the login not kept alive ended", () -> presence.logins(dora).isEmpty(), SOON);
        assertThat(renewed.leaseEnds()).isEqualTo(kept.since().plusSeconds(50));
        assertThat(presence.logins(carl)).containsExactly(renewed);
        assertThat(presence.fetch(carl).status()).isEqualTo(AVAILABLE);
    }

    @Test
    void aRegisteredPhone_logsItsUserIn_aBusyPhoneShowsHerOnThePhone_andTheReconcileLogsAnUnlistedPhoneOut() {
        UserId dana = new UserId("305");
        RecordingWatcher colleague = new RecordingWatcher("console:c2");
        presence.watch(colleague, List.of(dana));
        running.phones.add(phone("PJSIP/305", PhoneStatus.IDLE));

        presence.phoneRegistration("PJSIP/305", true);
        awaitSees(colleague, "305", AVAILABLE);
        presence.phoneStatus("PJSIP/305", PhoneStatus.RINGING_EXTERNAL);
        presence.phoneStatus("PJSIP/305", PhoneStatus.BUSY_EXTERNAL);
        awaitSees(colleague, "305", ON_THE_PHONE);
        for (int i = 0; i < 50; i++) {
            presence.phoneStatus("PJSIP/305", i % 2 == 0 ? PhoneStatus.IDLE : PhoneStatus.BUSY_INTERNAL);
        }
        presence.phoneStatus("PJSIP/305", PhoneStatus.IDLE);
        awaitSees(colleague, "305", AVAILABLE);

        running.phones.clear();
        presence.reconcilePhones("a test");

        awaitSees(colleague, "305", OFFLINE);
        assertThat(offlines("305")).singleElement().extracting(UserOffline::lastKind).isEqualTo(Optional.of(LoginKind.PHONE));
    }

    @Test
    void theReconcile_logsInARegisteredPhoneItHadNotHeardOf() {
        running.phones.add(phone("PJSIP/306", PhoneStatus.BUSY_INTERNAL));

        presence.reconcilePhones("a test");

        Await.until(() -> presence.fetch(new UserId("306")).status() == ON_THE_PHONE, SOON);
        assertThat(presence.logins(new UserId("306"))).extracting(PresenceLogin::kind).containsExactly(LoginKind.PHONE);
    }

    @Test
    void aRestart_leavesWatchersRight_loginsThatComeBackKeepTheirStatus_andTheOthersEndOffline() {
        UserId erin = new UserId("307");
        UserId finn = new UserId("308");
        RecordingWatcher colleague = new RecordingWatcher("console:c3");
        running.restartObservers.add(restarted -> {
            presence.watch(colleague, List.of(erin, finn));
            presence.logIn(erin, CONSOLE, "s-7", "console:s-7", Optional.of(AWAY), LEASE);
        });
        presence.watch(colleague, List.of(erin, finn));
        presence.logIn(erin, CONSOLE, "s-7", "console:s-7", Optional.of(AWAY), LEASE);
        presence.logIn(finn, PASSIVE, "cti-1:f", "cti-1", Optional.empty(), LEASE);
        presence.setNote(finn, "in the lab");
        awaitSees(colleague, "308", AVAILABLE);
        long finnBefore = presence.fetch(finn).version();

        presence.restart("a test");

        awaitSees(colleague, "308", OFFLINE);
        assertThat(presence.fetch(finn).version()).isGreaterThan(finnBefore);
        assertThat(presence.fetch(finn).note()).isEqualTo("in the lab");
        assertThat(colleague.sees("307")).contains(AWAY);
        assertThat(presence.fetch(erin).status()).isEqualTo(AWAY);
        assertThat(colleague.newest("307")).contains(presence.fetch(erin));
        assertThat(colleague.newest("308")).contains(presence.fetch(finn));
    }

    @Test
    void theNoteAndAttributes_areStoredBeforeTheyArePublished_andSurviveARestart() {
        UserId gail = new UserId("309");

        presence.setNote(gail, "back at 3");
        presence.setAttributes(gail, Map.of("room", "B-12"));
        presence.restart("a test");

        assertThat(presence.fetch(gail).note()).isEqualTo("back at 3");
        assertThat(presence.fetch(gail).attributes()).containsEntry("room", "B-12");
        assertThat(running.publishedBeforeStored).isEmpty();
    }

    @Test
    void aNoteInFlightWhilePresenceRestarts_isKeptByTheNewGeneration_theRestartWaitsForItsStore() throws Exception {
        UserId ivy = new UserId("315");
        presence.setNote(ivy, "at lunch");
        RunningPresence.StoreGate gate = new RunningPresence.StoreGate(stored -> stored.note().equals("back at 2"));
        running.storeGate = gate;
        CompletableFuture<Presence> note = CompletableFuture.supplyAsync(() -> presence.setNote(ivy, "back at 2"));
        gate.awaitHeld(); // the note is applied to this generation and on its way to the store
        running.storeRead = false;

        Thread restart = new Thread(() -> presence.restart("a test"), "restart");
        restart.start();
        // without a barrier the restart reads the store now (without the note) and swaps; with it, it waits
        Await.until("the restart read the store or waits", () -> running.storeRead
                || restart.getState() == Thread.State.WAITING || restart.getState() == Thread.State.TERMINATED, SOON);
        gate.open();
        restart.join(SOON.toMillis());
        note.get(SOON.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(restart.isAlive()).isFalse();
        assertThat(presence.fetch(ivy).note()).isEqualTo("back at 2");
        assertThat(presence.fetch(ivy).version()).isEqualTo(running.stored.get(ivy).version());
    }

    @Test
    void aCallersMistake_isNeverThrown_theDeskGoesOnWithWhatItCanUse() {
        UserId hana = new UserId("310");

        PresenceLogin login = presence.logIn(hana, PASSIVE, "cti-1:h", "cti-1", Optional.of(OFFLINE), Duration.ZERO);

        assertThat(login.status()).isEmpty();
        assertThat(Duration.between(login.since(), login.leaseEnds())).isEqualTo(LEASE);
        assertThat(presence.changeStatus(login.id(), Optional.of(OFFLINE))).contains(login);
        assertThat(presence.setNote(hana, "x".repeat(5000)).note()).isEmpty();
        assertThat(presence.setAttributes(hana, Map.of(" ", "blank name")).attributes()).isEmpty();
        assertThat(presence.keepAlive(new LoginId("passive:nobody"))).isEmpty();
        assertThat(presence.changeStatus(new LoginId("passive:nobody"), Optional.of(AWAY))).isEmpty();
        assertThat(presence.logOut(new LoginId("passive:nobody"), "gone")).isFalse();
        assertThat(presence.fetch(new UserId("999")).version()).isZero();
    }

    @Test
    void aStatusChange_isPublished_andAWatcherThatUnwatchedHearsNoMore() {
        UserId ivan = new UserId("311");
        RecordingWatcher colleague = new RecordingWatcher("console:c4");
        presence.watch(colleague, List.of(ivan));
        PresenceLogin login = presence.logIn(ivan, CONSOLE, "s-11", "console:s-11", Optional.of(AVAILABLE), LEASE);
        awaitSees(colleague, "311", AVAILABLE);

        presence.unwatchAll(colleague.id());
        presence.changeStatus(login.id(), Optional.of(PresenceStatus.DO_NOT_DISTURB));

        assertThat(presence.fetch(ivan).status()).isEqualTo(PresenceStatus.DO_NOT_DISTURB);
        assertThat(presence.watchersOf(ivan)).isEmpty();
        assertThat(colleague.sees("311")).contains(AVAILABLE);
    }

    @Test
    void whenTheDatabaseAndTheTopicsFail_thisNodesWatchersAreStillToldEveryChange() {
        UserId jade = new UserId("312");
        RecordingWatcher colleague = new RecordingWatcher("console:c5");
        presence.watch(colleague, List.of(jade));
        running.outage = true;

        PresenceLogin login = presence.logIn(jade, CONSOLE, "s-12", "console:s-12", Optional.of(BUSY), LEASE);
        awaitSees(colleague, "312", BUSY);
        presence.logOut(login.id(), "closed");

        awaitSees(colleague, "312", OFFLINE);
        assertThat(running.published).isEmpty();
        assertThat(running.stored).doesNotContainKey(jade);
    }

    private List<UserOffline> offlines(String user) {
        return running.publishedAbout(user).stream().filter(UserOffline.class::isInstance)
                .map(UserOffline.class::cast).toList();
    }

    private static void awaitSees(RecordingWatcher watcher, String user, PresenceStatus status) {
        Await.until(watcher.id() + " sees " + user + " " + status,
                () -> watcher.sees(user).filter(status::equals).isPresent(), SOON);
    }

    private static Phone phone(String device, PhoneStatus status) {
        return new Phone(device, status, DeviceState.NOT_INUSE, Registration.REGISTERED, Optional.empty());
    }
}
