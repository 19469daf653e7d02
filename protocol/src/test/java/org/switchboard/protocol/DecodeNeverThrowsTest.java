package org.switchboard.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever arrives, decoding answers with a message or a reason: never an exception, never null. */
class DecodeNeverThrowsTest {

    private static final long SEED = 20261126L;

    /** Bytes that break JSON, or its strings, numbers, names and UTF-8 in interesting ways. */
    private static final byte[] DAMAGE = {'{', '}', '[', ']', '"', ',', ':', '0', '1', '-', '.', 'e', '\\', 'n',
        't', 'f', 'u', 0, 'x', (byte) 0xff, (byte) 0xc3, (byte) 0x80};

    private final ConsoleCodec codec = new ConsoleCodec();

    @Test
    void randomBytesAreAnsweredWithAReason() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            byte[] garbage = new byte[random.nextInt(300)];
            random.nextBytes(garbage);
            assertAnswered(garbage);
        }
    }

    @Test
    void damagedValidBodiesAreAnsweredWithAMessageOrAReason() {
        Random random = new Random(SEED);
        List<byte[]> valid = new ArrayList<>();
        Samples.everyCommand().forEach(command -> valid.add(codec.encode(command)));
        UpdateCodecTest.richUpdates().stream().limit(5).forEach(update -> valid.add(codec.encode(update)));
        for (int i = 0; i < 6_000; i++) {
            byte[] body = valid.get(random.nextInt(valid.size())).clone();
            int damage = 1 + random.nextInt(4);
            for (int d = 0; d < damage; d++) {
                body[random.nextInt(body.length)] = DAMAGE[random.nextInt(DAMAGE.length)];
            }
            int length = random.nextInt(4) == 0 ? random.nextInt(body.length + 1) : body.length;
            assertAnswered(java.util.Arrays.copyOf(body, length));
        }
    }

    @Test
    void deepNestingIsMalformed() {
        String deep = "{\"command\":\"RESET\",\"seq\":1,\"x\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}";
        String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

        assertThat(reasonFor(deep)).isNotEmpty();
        assertThat(reasonFor(deepObjects)).isNotEmpty();
        assertThat(reasonFor("[".repeat(60_000))).isNotEmpty();
    }

    @Test
    void hugeAndOddNumbersAreMalformedNotOverflowed() {
        for (String seq : List.of("1e999999999", "-1e999999999", "1" + "0".repeat(5_000), "9223372036854775808",
                "-9223372036854775809", "0.0000001", "1E400", "-0.5", "NaN", "Infinity", "0x10", "01")) {
            assertThat(reasonFor("{\"command\":\"RESET\",\"seq\":" + seq + "}")).as(seq).isNotEmpty();
        }
        assertThat(codec.decodeCommand(ConsoleMediaTypes.COMMAND,
                "{\"command\":\"RESET\",\"seq\":9223372036854775807}".getBytes(UTF_8)))
                .isEqualTo(new Decoded.Ok<>(new ConsoleCommand.Reset(Long.MAX_VALUE)));
    }

    @Test
    void wrongTypesAndNullsInEveryFieldAreMalformed() {
        for (ConsoleCommand command : Samples.everyCommand()) {
            String body = new String(codec.encode(command), UTF_8);
            for (String wrong : List.of("null", "true", "[]", "{}", "1.5", "\"\"", "-3", "\"\\ud800\"")) {
                String broken = body.replaceAll(":(\"[^\"]*\"|[0-9]+|true|false)", ":" + java.util.regex.Matcher
                        .quoteReplacement(wrong));
                assertAnswered(broken.getBytes(UTF_8));
                assertThat(codec.decodeCommand(ConsoleMediaTypes.COMMAND, broken.getBytes(UTF_8)))
                        .as(broken).isInstanceOf(Decoded.Invalid.class);
            }
        }
    }

    @Test
    void oddTextsAreAnsweredWithAReason() {
        for (String body : List.of("", " ", "null", "{}", "[]", "0", "\"\"", "{\"command\":{}}", "\uFEFF{}",
                "{\"command\":\"RESET\",\"seq\":1,\"seq\":2}", "{\"command\":\"NOTE\",\"seq\":1,\"callId\":\"1.2\","
                        + "\"note\":\"\\ud800\"}", "{\"command\":\"RESET\",\"seq\":1}\u0000", "{'command':'RESET'}")) {
            assertThat(reasonFor(body)).as(body).isNotEmpty();
        }
        assertThat(codec.decodeCommand(ConsoleMediaTypes.COMMAND, null)).isInstanceOf(Decoded.Invalid.class);
        assertThat(codec.decodeUpdate(null, null)).isInstanceOf(Decoded.Invalid.class);
    }

    private String reasonFor(String body) {
        Decoded<ConsoleCommand> decoded = codec.decodeCommand(ConsoleMediaTypes.COMMAND, body.getBytes(UTF_8));
        assertThat(decoded).as(body.length() > 200 ? body.substring(0, 200) : body).isInstanceOf(Decoded.Invalid.class);
        return ((Decoded.Invalid<ConsoleCommand>) decoded).reason();
    }

    private void assertAnswered(byte[] body) {
        Decoded<ConsoleCommand> command = codec.decodeCommand(ConsoleMediaTypes.COMMAND, body);
        Decoded<ConsoleUpdate> update = codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body);
        assertThat(command).isNotNull();
        assertThat(update).isNotNull();
        for (Decoded<?> decoded : List.of(command, update)) {
            if (decoded instanceof Decoded.Invalid<?> invalid) {
                assertThat(invalid.problem()).isNotEqualTo(Problem.UNSUPPORTED_TYPE);
                assertThat(invalid.reason()).isNotBlank().doesNotContain("cannot be read");
            }
        }
    }
}
