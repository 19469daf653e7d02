package org.switchboard.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.failover.model.FencingFlags;
import org.switchboard.failover.model.PairMessage;
import org.switchboard.failover.model.PhoneLine;
import org.switchboard.failover.model.SessionLine;
import org.switchboard.failover.model.SiteRole;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;

class PairCodecTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00.123Z");

    private static final SiteStatus SECONDARY_IN_FAILOVER = new SiteStatus("site-b", SiteRole.SECONDARY,
            new FencingFlags(false, false), true, "", true, true, "0.1.0", AT);

    @Test
    void aSiteStatus_survivesTheRoundTripWithEveryField() {
        SiteStatus refusing = new SiteStatus("site-a", SiteRole.PRIMARY, new FencingFlags(true, true), false,
                "STONITH demanded by site-b", false, false, "0.1.0-SNAPSHOT", AT);

        assertThat(roundTrip(new PairMessage.Status(refusing))).isEqualTo(new PairMessage.Status(refusing));
        assertThat(roundTrip(new PairMessage.Status(SECONDARY_IN_FAILOVER)))
                .isEqualTo(new PairMessage.Status(SECONDARY_IN_FAILOVER));
    }

    @Test
    void phones_fullAndChanges_surviveTheRoundTrip() {
        PairMessage full = new PairMessage.Phones("site-a", AT, true, List.of(
                new PhoneLine("PJSIP/201", PhoneStatus.BUSY_EXTERNAL, Registration.REGISTERED, "10.0.0.7:5061"),
                new PhoneLine("PJSIP/202", PhoneStatus.IDLE, Registration.UNREGISTERED, "")), List.of());
        PairMessage changes = new PairMessage.Phones("site-a", AT, false, List.of(
                new PhoneLine("PJSIP/201", PhoneStatus.RINGING_INTERNAL, Registration.REGISTERED, "10.0.0.7:5061")),
                List.of("PJSIP/203"));

        assertThat(roundTrip(full)).isEqualTo(full);
        assertThat(roundTrip(changes)).isEqualTo(changes);
    }

    @Test
    void sessions_surviveTheRoundTrip_evenEmpty() {
        PairMessage sessions = new PairMessage.Sessions("site-b", AT, List.of(new SessionLine("anna", "s-1", "PASSIVE"),
                new SessionLine("bob", "s-2", "IDLE")));
        PairMessage none = new PairMessage.Sessions("site-b", AT, List.of());

        assertThat(roundTrip(sessions)).isEqualTo(sessions);
        assertThat(roundTrip(none)).isEqualTo(none);
    }

    @Test
    void theBytes_areVersionedJsonWithNamedFields() {
        String json = new String(PairCodec.encode(new PairMessage.Status(SECONDARY_IN_FAILOVER)), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"v\":1,\"kind\":\"SITE_STATUS\",\"site\":\"site-b\"")
                .contains("\"role\":\"secondary\"", "\"demandsStonith\":true", "\"at\":\"2026-11-26T12:00:00.123Z\"");
    }

    @Test
    void anUnknownVersion_isRefusedWithTheVersionNamed() {
        assertThat(decode("{\"v\":2,\"kind\":\"SITE_STATUS\",\"site\":\"site-b\"}"))
                .isEqualTo(new PairCodec.Decoded.Invalid(
                        "version 2 is not understood (this server reads version 1)"));
    }

    @Test
    void anUnknownKind_isRefusedWithTheKindNamed() {
        assertThat(decode("{\"v\":1,\"kind\":\"FLAGS\",\"site\":\"site-b\",\"at\":\"2026-11-26T12:00:00Z\"}"))
                .isEqualTo(new PairCodec.Decoded.Invalid("unknown kind FLAGS"));
    }

    @Test
    void unknownFields_areIgnored() {
        String body = new String(PairCodec.encode(new PairMessage.Status(SECONDARY_IN_FAILOVER)), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":[1,2],");

        assertThat(decode(body)).isEqualTo(new PairCodec.Decoded.Ok(new PairMessage.Status(SECONDARY_IN_FAILOVER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "[1,2]", "\"text\"", "{\"kind\":\"SITE_STATUS\"}", "{\"v\":\"1\",\"kind\":\"SESSIONS\"}",
            "{\"v\":1.5,\"kind\":\"SESSIONS\"}",
            "{\"v\":1,\"kind\":\"SESSIONS\",\"site\":\"b\",\"at\":\"yesterday\",\"sessions\":[]}",
            "{\"v\":1,\"kind\":\"SESSIONS\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"sessions\":{}}",
            "{\"v\":1,\"kind\":\"SESSIONS\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"sessions\":[{\"user\":\"a\"}]}",
            "{\"v\":1,\"kind\":\"SESSIONS\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"sessions\":[7]}",
            "{\"v\":1,\"kind\":\"PHONES\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"full\":\"yes\",\"phones\":[],\"gone\":[]}",
            "{\"v\":1,\"kind\":\"PHONES\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"full\":true,\"phones\":[],\"gone\":[\"PJSIP/1\"]}",
            "{\"v\":1,\"kind\":\"PHONES\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"full\":false,\"gone\":[],"
                    + "\"phones\":[{\"device\":\"PJSIP/1\",\"status\":\"ASLEEP\",\"registration\":\"REGISTERED\",\"address\":\"\"}]}",
            "{\"v\":1,\"kind\":\"SITE_STATUS\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"role\":\"tertiary\","
                    + "\"smith\":false,\"stonith\":false,\"takesCalls\":true,\"reason\":\"\",\"activityDetected\":false,"
                    + "\"demandsStonith\":false,\"serverVersion\":\"1\"}",
            "{\"v\":1,\"kind\":\"SITE_STATUS\",\"site\":\"b\",\"at\":\"2026-11-26T12:00:00Z\",\"role\":\"primary\","
                    + "\"smith\":true,\"stonith\":false,\"takesCalls\":false,\"reason\":\"\",\"activityDetected\":false,"
                    + "\"demandsStonith\":false,\"serverVersion\":\"1\"}"})
    void malformedBytes_giveAReason_neverAnException(String body) {
        PairCodec.Decoded decoded = decode(body);

        assertThat(decoded).isInstanceOf(PairCodec.Decoded.Invalid.class);
        assertThat(((PairCodec.Decoded.Invalid) decoded).reason()).isNotBlank();
    }

    @Test
    void aMissingField_isNamed() {
        assertThat(decode("{\"v\":1,\"kind\":\"SESSIONS\",\"at\":\"2026-11-26T12:00:00Z\",\"sessions\":[]}"))
                .isEqualTo(new PairCodec.Decoded.Invalid("missing field site"));
    }

    @Test
    void bytesThatAreNotUtf8_areRefused() {
        assertThat(PairCodec.decode(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x7b}))
                .isInstanceOf(PairCodec.Decoded.Invalid.class);
    }

    private static PairMessage roundTrip(PairMessage message) {
        PairCodec.Decoded decoded = PairCodec.decode(PairCodec.encode(message));
        assertThat(decoded).isInstanceOf(PairCodec.Decoded.Ok.class);
        return ((PairCodec.Decoded.Ok) decoded).message();
    }

    private static PairCodec.Decoded decode(String body) {
        return PairCodec.decode(body.getBytes(StandardCharsets.UTF_8));
    }
}
