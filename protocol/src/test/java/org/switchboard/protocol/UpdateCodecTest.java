package org.switchboard.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UpdateCodecTest {

    private final ConsoleCodec codec = new ConsoleCodec();

    static List<ConsoleUpdate> richUpdates() {
        return List.of(Samples.busyTwoLines(), Samples.refusedHold(), Samples.replaced(), Samples.fullPhones(),
                Samples.partialPhones(), Samples.fullPresence(), Samples.partialPresence(), Samples.worstCase(80, 80));
    }

    @ParameterizedTest
    @MethodSource("richUpdates")
    void everyUpdateDecodesBackToItselfAfterEncoding(ConsoleUpdate update) {
        byte[] body = codec.encode(update);

        assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body)).isEqualTo(new Decoded.Ok<>(update));
    }

    @Test
    void aStateUpdateIsWrittenInTheDocumentedOrderWithTimesToTheMillisecond() {
        String body = new String(codec.encode(Samples.busyTwoLines()), UTF_8);

        assertThat(body).startsWith("{\"update\":\"STATE\",\"session\":\"" + Samples.SESSION
                + "\",\"seq\":14,\"sentAt\":\"2026-11-26T10:15:30.123Z\",\"site\":\"site-a\",\"state\":\"CONSULTATION\",");
        assertThat(body).contains("\"pending\":{\"command\":\"DIAL\",\"commandSeq\":8}")
                .contains("\"lines\":[{\"line\":1,\"call\":{\"callId\":\"1764151234.88\"")
                .contains("\"deadline\":\"2026-11-26T10:16:00.123Z\"")
                .doesNotContain("\"error\"").doesNotContain("\"loggedOut\"").doesNotContain("null");
    }

    @Test
    void aTimeWithoutMillisecondsIsWrittenWithThem() {
        StateUpdate update = Samples.replaced();
        StateUpdate onTheSecond = new StateUpdate(update.session(), 1, java.time.Instant.parse("2026-01-02T03:04:05Z"),
                update.state(), update.receptionist(), false, update.allowed(), update.pending(), update.lines(),
                List.of(), 0, List.of(), 0, update.error(), update.loggedOut());

        assertThat(new String(codec.encode(onTheSecond), UTF_8)).contains("\"sentAt\":\"2026-01-02T03:04:05.000Z\"");
    }

    @Test
    void aSiteUpdateSaysWhichSiteAndWhetherToWorkThere() {
        SiteUpdate passive = new SiteUpdate("s-1", 7, "primary-a", SiteUpdate.Role.PRIMARY, false,
                "the primary is fenced: SMITH set");

        assertThat(new String(codec.encode(passive), UTF_8)).isEqualTo("{\"update\":\"SITE\",\"session\":\"s-1\","
                + "\"seq\":7,\"site\":\"primary-a\",\"role\":\"primary\",\"active\":false,"
                + "\"reason\":\"the primary is fenced: SMITH set\"}");
        assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE, codec.encode(passive)))
                .isEqualTo(new Decoded.Ok<>(passive));
        assertThat(passive.numbered(9).seq()).isEqualTo(9);
        assertMalformed("{\"update\":\"SITE\",\"session\":\"s\",\"seq\":1,\"site\":\"a b\",\"role\":\"primary\","
                + "\"active\":true,\"reason\":\"\"}", "site must be");
    }

    @Test
    void anUpdateOfAnotherKindOrWithBrokenFieldsIsMalformed() {
        assertMalformed("{\"update\":\"WEATHER\",\"session\":\"s\",\"seq\":1}", "update must be one of [STATE, PHONES, PRESENCE, SITE]");
        assertMalformed("{\"update\":\"PHONES\",\"session\":\"s\",\"seq\":0,\"full\":true,\"phones\":[]}",
                "seq must be 1 or more, not 0");
        assertMalformed("{\"update\":\"PHONES\",\"session\":\"s\",\"seq\":3,\"full\":true,\"phones\":[{\"extension\":"
                + "\"204\",\"device\":\"PJSIP/204\",\"status\":\"ASLEEP\",\"registered\":true}]}",
                "phones[0].status must be one of [IDLE,");
        String state = new String(codec.encode(Samples.busyTwoLines()), UTF_8);
        assertMalformed(state.replace("\"sentAt\":\"2026-11-26T10:15:30.123Z\"", "\"sentAt\":\"2026-11-26 10:15\""),
                "sentAt must be a UTC time like 2026-11-26T10:15:30.123Z");
        assertMalformed(state.replace("\"allowed\":[\"HANG_UP\"", "\"allowed\":[\"FLY\""),
                "allowed[0] is not a command: \"FLY\"");
        assertMalformed(state.replace("\"kind\":\"QUEUE\"", "\"kind\":\"SPACE\""),
                "lines[0].call.history[3].kind must be one of [LINE, QUEUE, SUPERVISION]");
        assertMalformed(state.replace("{\"line\":1,\"call\"", "{\"line\":2,\"call\""), "lines must be line 1 then line 2");
        assertMalformed(state.replace("\"commandSeq\":8", "\"commandSeq\":-8"), "pending.commandSeq must be a whole number");
    }

    @Test
    void aStateWithoutASiteNameIsWrittenWithoutTheFieldAndReadsAsNone() {
        String body = new String(codec.encode(Samples.replaced()), UTF_8);

        assertThat(body).doesNotContain("\"site\"");
        assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body.getBytes(UTF_8)))
                .isEqualTo(new Decoded.Ok<ConsoleUpdate>(Samples.replaced()));
        assertThat(Samples.replaced().site()).isEmpty();
    }

    @Test
    void aSiteNameThatIsNoIdIsMalformed() {
        String state = new String(codec.encode(Samples.busyTwoLines()), UTF_8);

        assertMalformed(state.replace("\"site\":\"site-a\"", "\"site\":\"site a\""), "site");
        assertMalformed(state.replace("\"site\":\"site-a\"", "\"site\":7"), "site");
    }

    @Test
    void aClientChecksTheUpdateMediaType() {
        assertThat(codec.decodeUpdate(ConsoleMediaTypes.COMMAND, codec.encode(Samples.fullPhones())))
                .isInstanceOfSatisfying(Decoded.Invalid.class,
                        invalid -> assertThat(invalid.problem()).isEqualTo(Problem.UNSUPPORTED_TYPE));
        assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE + "; charset=UTF-8", codec.encode(Samples.fullPhones())))
                .isEqualTo(new Decoded.Ok<>(Samples.fullPhones()));
    }

    private void assertMalformed(String body, String reasonFragment) {
        assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body.getBytes(UTF_8)))
                .isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
                    assertThat(invalid.problem()).as(body).isEqualTo(Problem.MALFORMED);
                    assertThat(invalid.reason()).as(body).contains(reasonFragment);
                });
    }
}
