package org.switchboard.web.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.switchboard.presence.model.IntegrationName;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.web.presence.PresenceWire.PassiveLoginBody;
import org.switchboard.web.presence.PresenceWire.PresenceBody;

/** The presence API's response bodies, version 1, member by member. */
class PresenceWireTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final IntegrationName CTI = new IntegrationName("cti-1");

    private static PresenceLogin passive(UUID id, Optional<PresenceStatus> status, Instant leaseEnds) {
        return new PresenceLogin(PassiveLoginIds.loginId(CTI, id), new UserId("201"), LoginKind.PASSIVE, "cti-1",
                status, NOW.minusSeconds(5), leaseEnds);
    }

    @Test
    void everyStatusHasOneLowerCaseHyphenatedWireName_thatReadsBackAsIt() {
        assertThat(Arrays.stream(PresenceStatus.values()).map(PresenceWire::wireName)).containsExactly(
                "available", "away", "busy", "do-not-disturb", "on-the-phone", "offline");
        for (PresenceStatus status : PresenceStatus.values()) {
            assertThat(PresenceWire.statusOf(PresenceWire.wireName(status))).contains(status);
        }
        assertThat(PresenceWire.statusOf("DO_NOT_DISTURB")).isEmpty();
    }

    @Test
    void aPassiveLoginIsWrittenWithItsUuidItsUserStatusAndLease() {
        UUID id = UUID.randomUUID();

        JsonObject json = PassiveLoginBody.of(passive(id, Optional.of(PresenceStatus.ON_THE_PHONE),
                NOW.plusSeconds(120)), NOW).toJson();

        assertThat(json.getString("id")).isEqualTo(id.toString());
        assertThat(json.getString("user")).isEqualTo("201");
        assertThat(json.getString("status")).isEqualTo("on-the-phone");
        assertThat(json.getJsonNumber("leaseSeconds").longValue()).isEqualTo(120);
        assertThat(json.getString("leaseEnds")).isEqualTo("2026-11-26T08:02:00Z");
        assertThat(json.keySet()).containsExactly("id", "user", "status", "leaseSeconds", "leaseEnds");
    }

    @Test
    void aPassiveLoginWithoutStatusHasNoStatusMember_andItsLeaseLeftRoundsUp() {
        JsonObject json = PassiveLoginBody.of(passive(UUID.randomUUID(), Optional.empty(),
                NOW.plusMillis(29_001)), NOW).toJson();

        assertThat(json.containsKey("status")).isFalse();
        assertThat(json.getJsonNumber("leaseSeconds").longValue()).isEqualTo(30);
        assertThat(PassiveLoginBody.of(passive(UUID.randomUUID(), Optional.empty(), NOW.minusSeconds(1)), NOW)
                .leaseSeconds()).as("a lease just run out").isZero();
    }

    @Test
    void aPresenceIsWrittenWithEveryMember_attributesByName() {
        Presence presence = new Presence(new UserId("201"), PresenceStatus.DO_NOT_DISTURB, "in a meeting",
                Map.of("team", "sales", "room", "B12"), true, 7, NOW);

        JsonObject json = PresenceBody.of(presence).toJson();

        assertThat(json.toString()).isEqualTo("{\"user\":\"201\",\"status\":\"do-not-disturb\",\"note\":\"in a meeting\","
                + "\"attributes\":{\"room\":\"B12\",\"team\":\"sales\"},\"onPhone\":true,\"version\":7,"
                + "\"changedAt\":\"2026-11-26T08:00:00Z\"}");
    }

    @Test
    void aUserNeverSeenIsOfflineAtVersionZero() {
        JsonObject json = PresenceBody.of(Presence.unknown(new UserId("999"), NOW)).toJson();

        assertThat(json.getString("status")).isEqualTo("offline");
        assertThat(json.getJsonNumber("version").longValue()).isZero();
        assertThat(json.getJsonObject("attributes")).isEmpty();
    }
}
