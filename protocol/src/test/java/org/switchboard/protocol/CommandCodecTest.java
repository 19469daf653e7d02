package org.switchboard.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.protocol.ConsoleCommand.BugReport;
import org.switchboard.protocol.ConsoleCommand.Dial;
import org.switchboard.protocol.ConsoleCommand.Hold;
import org.switchboard.protocol.ConsoleCommand.LogIn;
import org.switchboard.protocol.ConsoleCommand.Note;

class CommandCodecTest {

    private final ConsoleCodec codec = new ConsoleCodec();

    static Iterable<ConsoleCommand> everyCommand() {
        return Samples.everyCommand();
    }

    @Test
    void theSamplesHoldOneCommandOfEachName() {
        Set<CommandName> names = Samples.everyCommand().stream().map(ConsoleCommand::name)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommandName.class)));
        assertThat(names).containsExactlyInAnyOrder(CommandName.values());
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandDecodesBackToItselfAfterEncoding(ConsoleCommand command) {
        byte[] body = codec.encode(command);

        assertThat(codec.decodeCommand(ConsoleMediaTypes.COMMAND, body)).isEqualTo(new Decoded.Ok<>(command));
        assertThat(new String(body, UTF_8)).startsWith("{\"command\":\"" + command.name().wireName() + "\",\"seq\":");
    }

    @Test
    void optionalFieldsLeftOutAreAbsentAndStayOut() {
        ConsoleCommand bare = new BugReport(3, "", Optional.empty());

        assertThat(new String(codec.encode(bare), UTF_8)).isEqualTo("{\"command\":\"BUG_REPORT\",\"seq\":3,\"note\":\"\"}");
        assertThat(decode("{\"command\":\"LOG_IN\",\"seq\":0}")).isEqualTo(new Decoded.Ok<>(
                new LogIn(0, false, Optional.empty())));
    }

    @Test
    void aLogInAsksForSiteUpdatesOnlyWhenItSaysFailover() {
        LogIn single = new LogIn(1, false, Optional.of("c"), false, Optional.empty());

        assertThat(single.failover()).isFalse();
        assertThat(new String(codec.encode(single), UTF_8)).doesNotContain("failover");
        assertThat(new String(codec.encode(single.withFailover(true)), UTF_8)).endsWith(",\"failover\":true}");
        assertThat(decode("{\"command\":\"LOG_IN\",\"seq\":1,\"failover\":true}")).isEqualTo(new Decoded.Ok<>(
                new LogIn(1, false, Optional.empty(), false, Optional.empty(), true)));
        assertThat(decode("{\"command\":\"LOG_IN\",\"seq\":1,\"failover\":\"yes\"}"))
                .isInstanceOf(Decoded.Invalid.class);
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(decode("{\"future\":{\"x\":[1,2]},\"command\":\"HOLD\",\"line\":2,\"seq\":9,\"colour\":\"red\"}"))
                .isEqualTo(new Decoded.Ok<>(new Hold(9, LineNo.TWO)));
    }

    @Test
    void aNullOptionalFieldCountsAsAbsent() {
        assertThat(decode("{\"command\":\"BUG_REPORT\",\"seq\":1,\"note\":\"x\",\"callId\":null}"))
                .isEqualTo(new Decoded.Ok<>(new BugReport(1, "x", Optional.empty())));
    }

    @Test
    void anUnknownCommandIsRefusedByName() {
        assertThat(decode("{\"command\":\"TELEPORT\",\"seq\":1}"))
                .isEqualTo(new Decoded.Invalid<>(Problem.UNKNOWN_COMMAND, "unknown command TELEPORT"));
        assertThat(decode("{\"command\":\"hold\",\"seq\":1,\"line\":1}"))
                .isEqualTo(new Decoded.Invalid<>(Problem.UNKNOWN_COMMAND, "unknown command hold"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "application/vnd.switchboard.command.v1+json",
        "Application/VND.Switchboard.Command.V1+JSON",
        "application/vnd.switchboard.command.v1+json;charset=utf-8",
        " application/vnd.switchboard.command.v1+json ; charset=\"UTF-8\""})
    void theCommandMediaTypeIsMatchedInAnyCaseWithParameters(String contentType) {
        assertThat(ConsoleMediaTypes.isCommand(contentType)).isTrue();
        assertThat(ConsoleMediaTypes.isUpdate(contentType)).isFalse();
        assertThat(codec.decodeCommand(contentType, "{\"command\":\"RESET\",\"seq\":4}".getBytes(UTF_8)))
                .isInstanceOf(Decoded.Ok.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/plain", ConsoleMediaTypes.UPDATE,
        "application/vnd.switchboard.command.v2+json", ""})
    void anotherContentTypeIsUnsupported(String contentType) {
        Decoded<ConsoleCommand> decoded = codec.decodeCommand(contentType, "{\"command\":\"RESET\",\"seq\":4}"
                .getBytes(UTF_8));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
            assertThat(invalid.problem()).isEqualTo(Problem.UNSUPPORTED_TYPE);
            assertThat(invalid.reason()).contains(ConsoleMediaTypes.COMMAND);
        });
        assertThat(codec.decodeCommand(null, new byte[0]))
                .isEqualTo(new Decoded.Invalid<>(Problem.UNSUPPORTED_TYPE,
                        "no content type; expected " + ConsoleMediaTypes.COMMAND));
    }

    @Test
    void eachBrokenRuleIsAMalformedBodyWithAReasonNamingTheField() {
        assertMalformed("{\"command\":\"HOLD\",\"seq\":1}", "line is missing");
        assertMalformed("{\"command\":\"HOLD\",\"seq\":1,\"line\":3}", "line must be 1 or 2, not 3");
        assertMalformed("{\"command\":\"HOLD\",\"seq\":1,\"line\":\"1\"}", "line must be a whole number, not a string");
        assertMalformed("{\"command\":\"HOLD\",\"seq\":-1,\"line\":1}", "seq must be a whole number from 0");
        assertMalformed("{\"command\":\"HOLD\",\"seq\":1.5,\"line\":1}", "seq must be a whole number");
        assertMalformed("{\"command\":\"HOLD\",\"seq\":1e2,\"line\":1}", "seq must be a whole number");
        assertMalformed("{\"command\":\"HOLD\",\"seq\":92233720368547758070,\"line\":1}", "seq must be a whole number");
        assertMalformed("{\"command\":\"HOLD\",\"line\":1}", "seq is missing");
        assertMalformed("{\"seq\":1}", "command is missing");
        assertMalformed("{\"command\":7,\"seq\":1}", "command must be a string, not a number");
        assertMalformed("{\"command\":null,\"seq\":1}", "command is missing");
        assertMalformed("{\"command\":\"DIAL\",\"seq\":1,\"line\":1,\"number\":\"204a\"}",
                "number must be 1 to 32 digits, +, * or #, not \"204a\"");
        assertMalformed("{\"command\":\"DIAL\",\"seq\":1,\"line\":1,\"number\":\"\"}", "number must be 1 to 32");
        assertMalformed("{\"command\":\"DIAL\",\"seq\":1,\"line\":1,\"number\":\"" + "1".repeat(33) + "\"}",
                "number must be 1 to 32");
        assertMalformed("{\"command\":\"NOTE\",\"seq\":1,\"callId\":\"1.2\",\"note\":\"" + "n".repeat(501) + "\"}",
                "note is longer than 500 characters");
        assertMalformed("{\"command\":\"NOTE\",\"seq\":1,\"callId\":\"1.2\",\"note\":\"bell\\u0007\"}",
                "note contains the control character U+0007");
        assertMalformed("{\"command\":\"TAKE_BACK\",\"seq\":1,\"callId\":\"a b\"}", "callId must be 1 to 64");
        assertMalformed("{\"command\":\"LOG_IN\",\"seq\":1,\"paused\":\"yes\"}", "paused must be true or false");
        assertMalformed("[{\"command\":\"RESET\",\"seq\":1}]", "the body must be a JSON object, not an array");
        assertMalformed("\"RESET\"", "the body must be a JSON object, not a string");
        assertMalformed("{\"command\":\"RESET\",\"seq\":1", "the body is not JSON");
        assertMalformed("{\"command\":\"RESET\",\"seq\":1} {}", "the body is not JSON");
        assertMalformed("", "the body is empty");
    }

    @Test
    void aNoteOfExactlyFiveHundredCharactersWithLineBreaksIsAccepted() {
        String note = "n".repeat(498) + "\n\t";

        assertThat(codec.decodeCommand(ConsoleMediaTypes.COMMAND, codec.encode(new Note(2, "1.2", note))))
                .isEqualTo(new Decoded.Ok<>(new Note(2, "1.2", note)));
    }

    @Test
    void aDuplicateKeyIsRefusedRatherThanGuessed() {
        assertMalformed("{\"command\":\"DIAL\",\"seq\":1,\"line\":1,\"number\":\"204\",\"number\":\"0900\"}",
                "the body is not JSON");
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsRefusedBeforeItIsParsed() {
        String padded = "{\"command\":\"RESET\",\"seq\":1,\"pad\":\"" + "x".repeat(Bounds.BODY_BYTES) + "\"}";

        assertMalformed(padded, "the body has " + padded.length() + " bytes, more than 65536");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"command\":\"NOTE\",\"seq\":1,\"callId\":\"1.2\",\"note\":\"caf\u00e9\"}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(codec.decodeCommand(ConsoleMediaTypes.COMMAND, latin1))
                .isEqualTo(new Decoded.Invalid<>(Problem.MALFORMED, "the body is not UTF-8"));
    }

    @Test
    void theRecordsRefuseWhatTheWireRefuses() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Dial(1, LineNo.ONE, "12 34")).withMessageContaining("number");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> LineNo.of(0)).withMessage("line must be 1 or 2, not 0");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hold(-1, LineNo.ONE)).withMessage("seq must be 0 or more, not -1");
    }

    private Decoded<ConsoleCommand> decode(String body) {
        return codec.decodeCommand(ConsoleMediaTypes.COMMAND, body.getBytes(UTF_8));
    }

    private void assertMalformed(String body, String reasonFragment) {
        assertThat(decode(body)).isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
            assertThat(invalid.problem()).as(body).isEqualTo(Problem.MALFORMED);
            assertThat(invalid.reason()).as(body).contains(reasonFragment);
        });
    }
}
