package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.phone.model.PhoneStatus;

class StatusProviderTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(90);
    private static final UserId ANNA = new UserId("201");

    private final OnlineDirectory directory = new OnlineDirectory();
    private final StatusProvider provider = new StatusProvider(directory);

    @Test
    void aUserNeverSeen_isOfflineAtVersionZero() {
        Presence presence = provider.presence(new UserId("999"));

        assertThat(presence.status()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(presence.version()).isZero();
    }

    @Test
    void everyLogin_publishesPresenceChanged_withTheNextVersion() {
        List<PresenceEvent> first = logIn("s1", LoginKind.CONSOLE, Optional.of(PresenceStatus.AWAY), T0);
        List<PresenceEvent> second = logIn("p1", LoginKind.PASSIVE, Optional.empty(), T0.plusSeconds(1));

        assertThat(first).singleElement().isInstanceOfSatisfying(PresenceChanged.class, changed -> {
            assertThat(changed.presence().status()).isEqualTo(PresenceStatus.AWAY);
            assertThat(changed.presence().version()).isEqualTo(1);
            assertThat(changed.cause()).isEqualTo("login console:s1");
        });
        assertThat(second).as("a login that changes no status still drives the watchers").singleElement()
                .isInstanceOfSatisfying(PresenceChanged.class, changed -> {
                    assertThat(changed.presence().status()).isEqualTo(PresenceStatus.AWAY);
                    assertThat(changed.presence().version()).isEqualTo(2);
                });
    }

    @Test
    void theLastLogout_publishesUserOfflineBeforePresenceChanged_evenWhenTheStatusWasOfflineAlready() {
        logIn("s1", LoginKind.CONSOLE, Optional.of(PresenceStatus.AVAILABLE), T0);
        logIn("p1", LoginKind.PASSIVE, Optional.empty(), T0);
        List<PresenceEvent> deskOut = logOut("console:s1", T0.plusSeconds(1));

        List<PresenceEvent> passiveOut = logOut("passive:p1", T0.plusSeconds(2));

        assertThat(deskOut).singleElement().isInstanceOf(PresenceChanged.class);
        assertThat(passiveOut).hasSize(2);
        assertThat(passiveOut.get(0)).isInstanceOfSatisfying(UserOffline.class, offline -> {
            assertThat(offline.lastLogin()).contains(new LoginId("passive:p1"));
            assertThat(offline.lastKind()).contains(LoginKind.PASSIVE);
            assertThat(offline.presence().version()).isEqualTo(4);
        });
        assertThat(passiveOut.get(1)).isInstanceOfSatisfying(PresenceChanged.class, changed -> {
            assertThat(changed.presence().status()).isEqualTo(PresenceStatus.OFFLINE);
            assertThat(changed.presence()).isEqualTo(passiveOut.get(0).presence());
        });
    }

    @Test
    void aStatusChangeThatChangesNothing_publishesNothing_butOneThatDoes_publishes() {
        logIn("s1", LoginKind.CONSOLE, Optional.of(PresenceStatus.AVAILABLE), T0);

        List<PresenceEvent> same = provider.apply(directory.changeStatus(new LoginId("console:s1"),
                Optional.of(PresenceStatus.AVAILABLE), T0.plusSeconds(1)).orElseThrow(), T0.plusSeconds(1));
        List<PresenceEvent> away = provider.apply(directory.changeStatus(new LoginId("console:s1"),
                Optional.of(PresenceStatus.AWAY), T0.plusSeconds(2)).orElseThrow(), T0.plusSeconds(2));

        assertThat(same).isEmpty();
        assertThat(away).singleElement().satisfies(event -> {
            assertThat(event.presence().status()).isEqualTo(PresenceStatus.AWAY);
            assertThat(event.presence().version()).isEqualTo(2);
            assertThat(event.presence().changedAt()).isEqualTo(T0.plusSeconds(2));
        });
    }

    @Test
    void aLeaseRenewal_publishesNothing() {
        logIn("s1", LoginKind.CONSOLE, Optional.empty(), T0);

        assertThat(provider.apply(directory.renew(new LoginId("console:s1"), T0).orElseThrow(), T0)).isEmpty();
    }

    @Test
    void aBusyPhoneOfHers_makesAnAvailableUserOnThePhone_andFreeingItMakesHerAvailable() {
        logIn("s1", LoginKind.CONSOLE, Optional.of(PresenceStatus.AVAILABLE), T0);

        List<PresenceEvent> busy = provider.phoneStatus("PJSIP/201", PhoneStatus.BUSY_EXTERNAL, T0);
        List<PresenceEvent> ringingElsewhere = provider.phoneStatus("PJSIP/202", PhoneStatus.RINGING_INTERNAL, T0);
        List<PresenceEvent> free = provider.phoneStatus("PJSIP/201", PhoneStatus.IDLE, T0);

        assertThat(busy).singleElement().satisfies(event -> {
            assertThat(event.presence().status()).isEqualTo(PresenceStatus.ON_THE_PHONE);
            assertThat(event.presence().onPhone()).isTrue();
        });
        assertThat(ringingElsewhere).extracting(PresenceEvent::user).doesNotContain(ANNA);
        assertThat(free).singleElement()
                .satisfies(event -> assertThat(event.presence().status()).isEqualTo(PresenceStatus.AVAILABLE));
    }

    @Test
    void reconcilePhones_freesEveryPhoneItDoesNotList_andBusiesTheListed() {
        logIn("s1", LoginKind.CONSOLE, Optional.of(PresenceStatus.AVAILABLE), T0);
        UserId ben = new UserId("202");
        provider.apply(directory.logIn(ben, LoginKind.CONSOLE, "s2", "s2", Optional.empty(), LEASE, T0), T0);
        provider.phoneStatus("PJSIP/201", PhoneStatus.BUSY_INTERNAL, T0);

        List<PresenceEvent> events = provider.reconcilePhones(Map.of("PJSIP/202", PhoneStatus.BUSY_EXTERNAL,
                "PJSIP/203", PhoneStatus.RINGING_EXTERNAL), T0.plusSeconds(1));

        assertThat(events).extracting(PresenceEvent::user).containsExactly(ANNA, ben);
        assertThat(provider.presence(ANNA).status()).isEqualTo(PresenceStatus.AVAILABLE);
        assertThat(provider.presence(ben).status()).isEqualTo(PresenceStatus.ON_THE_PHONE);
        assertThat(provider.reconcilePhones(Map.of("PJSIP/202", PhoneStatus.BUSY_EXTERNAL), T0)).as("no change")
                .isEmpty();
    }

    @Test
    void aDeviceThatIsNoUsersPhone_changesNothing() {
        assertThat(provider.phoneStatus("Local/201@internal-0001;1", PhoneStatus.BUSY_INTERNAL, T0)).isEmpty();
    }

    @Test
    void noteAndAttributes_belongToTheUser_andPublishWhenTheyChange() {
        List<PresenceEvent> note = provider.setNote(ANNA, "back at 3", T0);
        List<PresenceEvent> sameNote = provider.setNote(ANNA, "back at 3", T0);
        List<PresenceEvent> attributes = provider.setAttributes(ANNA, Map.of("room", "4.12"), T0);
        logIn("s1", LoginKind.CONSOLE, Optional.empty(), T0);

        assertThat(note).singleElement().satisfies(event -> {
            assertThat(event.presence().note()).isEqualTo("back at 3");
            assertThat(event.presence().status()).isEqualTo(PresenceStatus.OFFLINE);
        });
        assertThat(sameNote).isEmpty();
        assertThat(attributes).singleElement()
                .satisfies(event -> assertThat(event.presence().attributes()).containsEntry("room", "4.12"));
        assertThat(provider.presence(ANNA).note()).isEqualTo("back at 3");
        assertThat(provider.presence(ANNA).version()).isEqualTo(3);
    }

    @Test
    void aLongNoteOrBadAttribute_isAClearError() {
        assertThatThrownBy(() -> provider.setNote(ANNA, "x".repeat(StatusProvider.MAX_NOTE + 1), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
        assertThatThrownBy(() -> provider.setAttributes(ANNA, Map.of(" ", "v"), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute name");
    }

    @Test
    void aRestoredUser_keepsHerNoteAndVersion_andSettleTellsTheTruthWhenHerLoginsDidNotComeBack() {
        Presence stored = new Presence(ANNA, PresenceStatus.AVAILABLE, "lunch", Map.of("room", "1"), false, 7, T0);
        provider.restore(stored);

        assertThat(provider.presence(ANNA)).isEqualTo(stored);
        List<PresenceEvent> settled = provider.settle(T0.plusSeconds(5));

        assertThat(settled).hasSize(2);
        assertThat(settled.get(0)).as("her last login ended with the restart").isInstanceOfSatisfying(
                UserOffline.class, offline -> {
                    assertThat(offline.lastLogin()).isEmpty();
                    assertThat(offline.presence().version()).isEqualTo(8);
                });
        assertThat(settled.get(1)).isInstanceOfSatisfying(PresenceChanged.class, changed -> {
            assertThat(changed.presence().status()).isEqualTo(PresenceStatus.OFFLINE);
            assertThat(changed.presence().note()).isEqualTo("lunch");
            assertThat(changed.presence().version()).isEqualTo(8);
            assertThat(changed.cause()).isEqualTo("restart");
        });
        assertThat(provider.settle(T0.plusSeconds(6))).as("settled once").isEmpty();
    }

    @Test
    void aRestoredUserWhoWasOfflineAlready_settlesWithoutAUserOffline() {
        provider.restore(new Presence(ANNA, PresenceStatus.OFFLINE, "lunch", Map.of(), true, 7, T0));

        List<PresenceEvent> settled = provider.settle(T0.plusSeconds(5));

        assertThat(settled).noneMatch(UserOffline.class::isInstance);
    }

    @Test
    void aRestoredUserWhoseLoginCameBack_countsOnFromHerStoredVersion_andSettlesWithoutAnotherChange() {
        provider.restore(new Presence(ANNA, PresenceStatus.AWAY, "", Map.of(), false, 7, T0));

        List<PresenceEvent> back = logIn("s1", LoginKind.CONSOLE, Optional.of(PresenceStatus.AWAY), T0);

        assertThat(back).singleElement().satisfies(event -> assertThat(event.presence().version()).isEqualTo(8));
        assertThat(provider.settle(T0)).isEmpty();
    }

    private List<PresenceEvent> logIn(String key, LoginKind kind, Optional<PresenceStatus> status, Instant at) {
        return provider.apply(directory.logIn(ANNA, kind, key, key, status, LEASE, at), at);
    }

    private List<PresenceEvent> logOut(String id, Instant at) {
        return provider.apply(directory.logOut(new LoginId(id), "logged out", at).orElseThrow(), at);
    }
}
