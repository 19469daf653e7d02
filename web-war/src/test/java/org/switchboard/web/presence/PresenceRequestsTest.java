package org.switchboard.web.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.StatusProvider;
import org.switchboard.presence.model.UserId;
import org.switchboard.web.problem.InvalidField;

/** The presence API's requests as the resources get them: valid ones typed, every refusal naming its field. */
class PresenceRequestsTest {

    private static JsonObject json(String text) {
        return PresenceRequests.body(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The production settings: leases of 30 to 3600 s, 120 s by default. */
    private static final PresenceSettings SETTINGS = PresenceSettings.from(key -> null);

    private static PassiveLoginRequest logIn(String text) {
        return PresenceRequests.passiveLogin(json(text), SETTINGS);
    }

    @Test
    void givenOnlyAUser_thenNoStatusAndTheDefaultLease() {
        PassiveLoginRequest request = logIn("{\"user\":\"201\"}");

        assertThat(request).isEqualTo(new PassiveLoginRequest(new UserId("201"), Optional.empty(),
                Duration.ofSeconds(120)));
    }

    @Test
    void givenStatusAndLease_thenBothTaken_andUnknownMembersTolerated() {
        PassiveLoginRequest request = logIn("{\"user\":\"bob.smith\",\"status\":\"do-not-disturb\","
                + "\"leaseSeconds\":3600,\"comesLater\":true}");

        assertThat(request.status()).contains(PresenceStatus.DO_NOT_DISTURB);
        assertThat(request.lease()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givenNarrowerBoundsInTheSettings_thenTheyAreTheOnesChecked() {
        PresenceSettings narrow = PresenceSettings.from(key -> key.equals(PresenceSettings.PASSIVE_LEASE_MAX) ? "PT300S" : null);

        assertThatThrownBy(() -> PresenceRequests.passiveLogin(json("{\"user\":\"201\",\"leaseSeconds\":301}"), narrow))
                .isInstanceOfSatisfying(InvalidField.class, invalid -> assertThat(invalid.getMessage())
                        .isEqualTo("leaseSeconds: expected 30 to 300, got 301"));
    }

    @Test
    void givenTheLeaseBounds_thenBothAccepted() {
        assertThat(logIn("{\"user\":\"201\",\"leaseSeconds\":30}").lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(logIn("{\"user\":\"201\",\"leaseSeconds\":3600}").lease()).isEqualTo(Duration.ofSeconds(3600));
    }

    @ParameterizedTest(name = "{0} is refused for {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"user\":\"201\",\"leaseSeconds\":29}                 | leaseSeconds | expected 30 to 3600, got 29",
        "{\"user\":\"201\",\"leaseSeconds\":3601}               | leaseSeconds | expected 30 to 3600, got 3601",
        "{\"user\":\"201\",\"leaseSeconds\":12.5}               | leaseSeconds | expected a whole number of seconds",
        "{\"user\":\"201\",\"leaseSeconds\":\"120\"}            | leaseSeconds | expected a whole number of seconds",
        "{\"user\":\"201\",\"leaseSeconds\":99999999999999}     | leaseSeconds | expected a whole number of seconds",
        "{\"user\":\"201\",\"leaseSeconds\":1e999999999}        | leaseSeconds | expected a whole number of seconds",
        "{\"user\":\"201\",\"status\":\"lunch\"}                | status       | expected available, away, busy",
        "{\"user\":\"201\",\"status\":\"Busy\"}                 | status       | expected available, away, busy",
        "{\"user\":\"201\",\"status\":\"offline\"}              | status       | a login cannot state offline",
        "{\"user\":\"201\",\"status\":3}                        | status       | expected a string, got number",
        "{\"status\":\"busy\"}                                  | user         | expected a string, got none",
        "{\"user\":\"20 1\"}                                    | user         | expected a user id",
        "{\"user\":\"\"}                                        | user         | expected a user id",
        "{\"user\":\"PJSIP/201\"}                               | user         | expected a user id",
        "{\"user\":201}                                         | user         | expected a string, got number",
    })
    void givenABadMember_thenRefusedNamingIt(String body, String field, String reason) {
        assertThatThrownBy(() -> logIn(body)).isInstanceOfSatisfying(InvalidField.class, invalid -> {
            assertThat(invalid.field()).isEqualTo(field);
            assertThat(invalid.getMessage()).startsWith(field + ": ").contains(reason);
        });
    }

    @ParameterizedTest(name = "body {0} is refused")
    @CsvSource(delimiter = '|', value = {"''", "'[1,2]'", "'{\"user\":'", "'not json'", "'\"201\"'"})
    void givenABodyThatIsNoJsonObject_thenRefusedNamingTheBody(String body) {
        assertThatThrownBy(() -> json(body)).isInstanceOfSatisfying(InvalidField.class,
                invalid -> assertThat(invalid.field()).isEqualTo("body"));
    }

    @Test
    void givenABodyLargerThanTheLimit_thenRefusedWithoutReadingItAll() {
        String note = "x".repeat(PresenceRequests.MAX_BODY_BYTES);
        byte[] body = ("{\"note\":\"" + note + "\"}").getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(body);

        assertThatThrownBy(() -> PresenceRequests.body(in)).isInstanceOfSatisfying(InvalidField.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("body");
            assertThat(invalid.getMessage()).isEqualTo("body: larger than 65536 bytes");
        });
        assertThat(in.available()).as("bytes left unread").isEqualTo(body.length - PresenceRequests.MAX_BODY_BYTES - 1);
    }

    @Test
    void givenANote_thenTaken_andAnEmptyNoteClears() {
        assertThat(PresenceRequests.note(json("{\"note\":\"back at 2 pm ☕\"}"))).isEqualTo("back at 2 pm ☕");
        assertThat(PresenceRequests.note(json("{\"note\":\"\"}"))).isEmpty();
    }

    @Test
    void givenANoteTooLongOrMissing_thenRefusedNamingTheNote() {
        String tooLong = "{\"note\":\"" + "n".repeat(StatusProvider.MAX_NOTE + 1) + "\"}";

        assertThatThrownBy(() -> PresenceRequests.note(json(tooLong))).isInstanceOfSatisfying(InvalidField.class,
                invalid -> assertThat(invalid.getMessage()).isEqualTo("note: expected at most 1024 characters, got 1025"));
        assertThatThrownBy(() -> PresenceRequests.note(json("{\"text\":\"x\"}"))).isInstanceOfSatisfying(
                InvalidField.class, invalid -> assertThat(invalid.field()).isEqualTo("note"));
    }

    @Test
    void givenAttributes_thenTakenInTheirOrder_andAnEmptyObjectClearsThem() {
        assertThat(PresenceRequests.attributes(json("{\"attributes\":{\"room\":\"B12\",\"team\":\"sales\"}}")))
                .containsExactly(Map.entry("room", "B12"), Map.entry("team", "sales"));
        assertThat(PresenceRequests.attributes(json("{\"attributes\":{}}"))).isEmpty();
    }

    @ParameterizedTest(name = "attributes {0} are refused")
    @CsvSource(delimiter = '|', value = {
        "{}                                   | an object of names to strings",
        "{\"attributes\":[\"room\"]}          | an object of names to strings",
        "{\"attributes\":{\"room\":12}}       | the value of room is a string",
        "{\"attributes\":{\"room\":null}}     | the value of room is a string",
        "{\"attributes\":{\" \":\"B\"}}       | a name is 1 to 64 characters, not blank",
        "{\"attributes\":{\"\":\"B\"}}        | a name is 1 to 64 characters, not blank",
    })
    void givenBadAttributes_thenRefusedNamingTheAttributes(String body, String reason) {
        assertThatThrownBy(() -> PresenceRequests.attributes(json(body))).isInstanceOfSatisfying(InvalidField.class,
                invalid -> {
                    assertThat(invalid.field()).isEqualTo("attributes");
                    assertThat(invalid.getMessage()).contains(reason);
                });
    }

    @Test
    void givenTheLongestNameAndValue_thenTaken_andALongerValueRefused() {
        String name = "n".repeat(StatusProvider.MAX_ATTRIBUTE_NAME);
        String value = "v".repeat(StatusProvider.MAX_ATTRIBUTE_VALUE);

        assertThat(PresenceRequests.attributes(json("{\"attributes\":{\"" + name + "\":\"" + value + "\"}}")))
                .containsEntry(name, value);
        assertThatThrownBy(() -> PresenceRequests.attributes(json("{\"attributes\":{\"room\":\"" + value + "v\"}}")))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void givenTooManyAttributes_thenRefused() {
        StringBuilder body = new StringBuilder("{\"attributes\":{");
        for (int i = 0; i <= StatusProvider.MAX_ATTRIBUTES; i++) {
            body.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":\"v\"");
        }
        String tooMany = body.append("}}").toString();

        assertThatThrownBy(() -> PresenceRequests.attributes(json(tooMany))).isInstanceOfSatisfying(
                InvalidField.class, invalid -> assertThat(invalid.getMessage()).isEqualTo("attributes: expected at most 32, got 33"));
    }

    @Test
    void givenALoginIdInAPath_thenOnlyTheUuidTheLogInAnsweredIsTaken() {
        UUID id = UUID.randomUUID();

        assertThat(PresenceRequests.loginId(id.toString())).isEqualTo(id);
        for (String bad : new String[] {"1-1-1-1-1", "not-a-uuid", "", id + "x"}) {
            assertThatThrownBy(() -> PresenceRequests.loginId(bad)).as(bad).isInstanceOfSatisfying(InvalidField.class,
                    invalid -> assertThat(invalid.field()).isEqualTo("id"));
        }
    }

    @Test
    void givenAUserInAPath_thenItsSyntaxIsChecked() {
        assertThat(PresenceRequests.user("user", "201")).isEqualTo(new UserId("201"));
        assertThatThrownBy(() -> PresenceRequests.user("user", "x".repeat(33))).isInstanceOfSatisfying(
                InvalidField.class, invalid -> assertThat(invalid.field()).isEqualTo("user"));
    }
}
