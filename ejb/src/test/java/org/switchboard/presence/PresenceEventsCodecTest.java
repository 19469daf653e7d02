package org.switchboard.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;

class PresenceEventsCodecTest {

    private static final Instant AT = Instant.parse("2026-11-26T08:15:00.250Z");

    private final PresenceEventsCodec codec = new PresenceEventsCodec();

    @Test
    void aPresenceChanged_isWrittenFieldByFieldAsTheDocsShowIt() {
        PresenceChanged event = new PresenceChanged(new Presence(new UserId("201"), PresenceStatus.DO_NOT_DISTURB,
                "back at 3", Map.of("room", "B-12"), true, 42, AT), "status console:9f2c");

        assertThat(codec.encode(event)).isEqualTo("{\"user\":\"201\",\"status\":\"do-not-disturb\","
                + "\"note\":\"back at 3\",\"attributes\":{\"room\":\"B-12\"},\"onPhone\":true,\"version\":42,"
                + "\"changedAt\":\"2026-11-26T08:15:00.250Z\",\"cause\":\"status console:9f2c\"}");
    }

    @Test
    void aUserOffline_addsItsLastLoginKindAndTime() {
        UserOffline event = new UserOffline(new Presence(new UserId("201"), PresenceStatus.OFFLINE, "", Map.of(),
                false, 43, AT), new LoginId("passive:cti:1b2d"), LoginKind.PASSIVE, AT);

        assertThat(codec.encode(event)).isEqualTo("{\"user\":\"201\",\"status\":\"offline\",\"note\":\"\","
                + "\"attributes\":{},\"onPhone\":false,\"version\":43,\"changedAt\":\"2026-11-26T08:15:00.250Z\","
                + "\"cause\":\"last login ended\",\"lastLogin\":\"passive:cti:1b2d\",\"lastKind\":\"passive\","
                + "\"at\":\"2026-11-26T08:15:00.250Z\"}");
    }

    @Test
    void aUserOfflineOfARestart_namesNoLastLogin_andDecodesSo() {
        UserOffline event = UserOffline.lostWithRestart(new Presence(new UserId("201"), PresenceStatus.OFFLINE, "",
                Map.of(), false, 44, AT), AT);

        String json = codec.encode(event);

        assertThat(json).doesNotContain("lastLogin").doesNotContain("lastKind");
        assertThat(codec.decodeUserOffline(json)).isEqualTo(new PresenceEventsCodec.Decoded.Ok<>(event));
    }

    @Test
    void aUserOfflineWithALastLoginThatIsNotText_isInvalid() {
        String json = "{\"user\":\"7\",\"status\":\"offline\",\"note\":\"\",\"attributes\":{},\"onPhone\":false,"
                + "\"version\":1,\"changedAt\":\"2026-11-26T08:15:00Z\",\"cause\":\"x\",\"lastLogin\":7,"
                + "\"lastKind\":\"phone\",\"at\":\"2026-11-26T08:15:00Z\"}";

        assertThat(codec.decodeUserOffline(json)).isInstanceOf(PresenceEventsCodec.Decoded.Invalid.class);
    }

    @Test
    void everyPresenceChanged_decodesToItselfAfterEncoding() {
        Random random = new Random(20261126);
        for (int i = 0; i < 500; i++) {
            PresenceChanged event = new PresenceChanged(aPresence(random, randomStatus(random)), text(random));

            assertThat(codec.decodePresenceChanged(codec.encode(event)))
                    .isEqualTo(new PresenceEventsCodec.Decoded.Ok<>(event));
        }
    }

    @Test
    void everyUserOffline_decodesToItselfAfterEncoding() {
        Random random = new Random(3856);
        for (int i = 0; i < 500; i++) {
            LoginKind kind = LoginKind.values()[random.nextInt(LoginKind.values().length)];
            UserOffline event = new UserOffline(aPresence(random, PresenceStatus.OFFLINE),
                    LoginId.of(kind, "k" + random.nextInt(1000)), kind, AT.plusMillis(random.nextInt(100_000)));

            assertThat(codec.decodeUserOffline(codec.encode(event)))
                    .isEqualTo(new PresenceEventsCodec.Decoded.Ok<>(event));
        }
    }

    @Test
    void unknownFields_areTolerated() {
        String json = "{\"user\":\"7\",\"status\":\"away\",\"note\":\"\",\"attributes\":{},\"onPhone\":false,"
                + "\"version\":1,\"changedAt\":\"2026-11-26T08:15:00Z\",\"cause\":\"x\",\"mood\":\"happy\"}";

        assertThat(codec.decodePresenceChanged(json)).isInstanceOf(PresenceEventsCodec.Decoded.Ok.class);
    }

    @Test
    void badMessages_areInvalidWithAReasonAndNeverThrow() {
        String good = "{\"user\":\"7\",\"status\":\"away\",\"note\":\"\",\"attributes\":{},\"onPhone\":false,"
                + "\"version\":1,\"changedAt\":\"2026-11-26T08:15:00Z\",\"cause\":\"x\"";
        List<String> bad = List.of("", "not json", "[]", "{}", good, good.replace("\"away\"", "\"AWAY\"") + "}",
                good.replace("\"away\"", "\"sleeping\"") + "}", good.replace("\"7\"", "\"no user\"") + "}",
                good.replace("\"version\":1", "\"version\":-1") + "}", good.replace("\"version\":1", "\"version\":1.5") + "}",
                good.replace("{}", "{\"a\":1}") + "}", good.replace("2026-11-26T08:15:00Z", "yesterday") + "}",
                good.replace("\"onPhone\":false", "\"onPhone\":\"no\"") + "}");

        for (String json : bad) {
            assertThat(codec.decodePresenceChanged(json)).as(json)
                    .isInstanceOf(PresenceEventsCodec.Decoded.Invalid.class);
            assertThat(codec.decodeUserOffline(json)).as(json).isInstanceOf(PresenceEventsCodec.Decoded.Invalid.class);
        }
        assertThat(codec.decodePresenceChanged(null)).isInstanceOf(PresenceEventsCodec.Decoded.Invalid.class);
        assertThat(codec.decodeUserOffline(good + ",\"lastLogin\":\"x\",\"lastKind\":\"fax\",\"at\":\"" + AT + "\"}"))
                .isInstanceOf(PresenceEventsCodec.Decoded.Invalid.class);
    }

    @Test
    void everyStatus_hasOneWireWordThatReadsBack() {
        for (PresenceStatus status : PresenceStatus.values()) {
            assertThat(PresenceEventsCodec.status(PresenceEventsCodec.word(status))).isEqualTo(status);
        }
        assertThat(PresenceEventsCodec.word(PresenceStatus.ON_THE_PHONE)).isEqualTo("on-the-phone");
    }

    private static Presence aPresence(Random random, PresenceStatus status) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            attributes.put(text(random), text(random));
        }
        return new Presence(new UserId(Integer.toString(100 + random.nextInt(900))), status, text(random), attributes,
                random.nextBoolean(), random.nextInt(Integer.MAX_VALUE) * 7L, AT.plusNanos(random.nextInt(1_000_000_000)));
    }

    private static PresenceStatus randomStatus(Random random) {
        return PresenceStatus.values()[random.nextInt(PresenceStatus.values().length)];
    }

    /** Text with what JSON must escape: quotes, backslashes, control and non-ASCII characters. */
    private static String text(Random random) {
        String alphabet = "ab \"\\\n\té€/<";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
