package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.phone.model.PhoneStatus;

class PresenceRuleTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final UserId ANNA = new UserId("201");

    @Test
    void noLiveLogin_isOffline_evenOnThePhone() {
        assertThat(PresenceRule.status(List.of(), true)).isEqualTo(PresenceStatus.OFFLINE);
    }

    @Test
    void loginsWithoutStatus_meanAvailable() {
        assertThat(PresenceRule.status(List.of(login("passive:p", Optional.empty(), T0)), false))
                .isEqualTo(PresenceStatus.AVAILABLE);
    }

    @Test
    void theMostRecentlyStatedStatus_wins_whateverTheOrderOfLogins() {
        PresenceLogin console = login("console:s", Optional.of(PresenceStatus.AWAY), T0.plusSeconds(9));
        PresenceLogin publication = login("publication:e", Optional.of(PresenceStatus.BUSY), T0.plusSeconds(3));
        PresenceLogin passive = login("passive:p", Optional.empty(), T0.plusSeconds(20));

        assertThat(PresenceRule.status(List.of(console, publication, passive), false)).isEqualTo(PresenceStatus.AWAY);
        assertThat(PresenceRule.status(List.of(passive, publication, console), false)).isEqualTo(PresenceStatus.AWAY);
    }

    @Test
    void statementsAtTheSameTime_areOrderedByLoginId() {
        PresenceLogin a = login("console:a", Optional.of(PresenceStatus.AWAY), T0);
        PresenceLogin b = login("console:b", Optional.of(PresenceStatus.BUSY), T0);

        assertThat(PresenceRule.stated(List.of(b, a))).contains(PresenceStatus.BUSY);
    }

    @Test
    void availableWithABusyPhone_isOnThePhone_butOtherStatusesStay() {
        PresenceLogin available = login("console:s", Optional.of(PresenceStatus.AVAILABLE), T0);
        PresenceLogin dnd = login("console:s", Optional.of(PresenceStatus.DO_NOT_DISTURB), T0);

        assertThat(PresenceRule.status(List.of(available), true)).isEqualTo(PresenceStatus.ON_THE_PHONE);
        assertThat(PresenceRule.status(List.of(dnd), true)).isEqualTo(PresenceStatus.DO_NOT_DISTURB);
    }

    @Test
    void onlyABusyPhone_isOnThePhone_notARingingOne() {
        assertThat(PresenceRule.onPhone(List.of(PhoneStatus.RINGING_EXTERNAL, PhoneStatus.IDLE))).isFalse();
        assertThat(PresenceRule.onPhone(List.of(PhoneStatus.IDLE, PhoneStatus.BUSY_INTERNAL))).isTrue();
        assertThat(PresenceRule.onPhone(List.of(PhoneStatus.BUSY_EXTERNAL))).isTrue();
        assertThat(PresenceRule.onPhone(List.of())).isFalse();
    }

    private static PresenceLogin login(String id, Optional<PresenceStatus> status, Instant stated) {
        LoginId loginId = new LoginId(id);
        return new PresenceLogin(loginId, ANNA, LoginKind.CONSOLE, "o", status, T0, T0.plusSeconds(600), stated);
    }
}
