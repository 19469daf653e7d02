package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden bodies under {@code org/switchboard/protocol/golden} (shipped in the tests jar for other clients'
 * tests) are what the codec reads and writes: each valid one decodes, and encodes back to the same JSON value;
 * each invalid one is refused with the problem and reason its index ({@code invalid.json}) says.
 */
class GoldenBodiesTest {

    private static final Path GOLDEN = golden();

    private final ConsoleCodec codec = new ConsoleCodec();

    static Stream<Path> commands() {
        return files("commands");
    }

    static Stream<Path> updates() {
        return files("updates");
    }

    static Stream<JsonObject> invalidBodies() {
        return json(GOLDEN.resolve("invalid.json")).asJsonArray().stream().map(JsonValue::asJsonObject);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aGoldenCommandDecodesAndEncodesToTheSameJson(Path file) {
        Decoded<ConsoleCommand> decoded = codec.decodeCommand(ConsoleMediaTypes.COMMAND, bytes(file));

        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        ConsoleCommand command = ((Decoded.Ok<ConsoleCommand>) decoded).value();
        assertThat(file.getFileName().toString()).as("a golden body is named after its command, maybe with a variant")
                .matches(stem(command.name()) + "(-[a-z]+)?\\.json");
        assertThat(json(codec.encode(command))).isEqualTo(json(file));
    }

    @Test
    void everyCommandHasAGoldenBody() {
        for (CommandName name : CommandName.values()) {
            assertThat(GOLDEN.resolve("commands").resolve(fileName(name))).as(name.wireName()).exists();
        }
    }

    @ParameterizedTest
    @MethodSource("updates")
    void aGoldenUpdateDecodesAndEncodesToTheSameJson(Path file) {
        Decoded<ConsoleUpdate> decoded = codec.decodeUpdate(ConsoleMediaTypes.UPDATE, bytes(file));

        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        assertThat(json(codec.encode(((Decoded.Ok<ConsoleUpdate>) decoded).value()))).isEqualTo(json(file));
    }

    @Test
    void theGoldenUpdatesShowTheSamples() {
        Map<String, ConsoleUpdate> samples = Map.of(
                "state-busy-two-lines.json", Samples.busyTwoLines(),
                "state-error-refused-hold.json", Samples.refusedHold(),
                "state-logged-out-replaced.json", Samples.replaced(),
                "phones-full.json", Samples.fullPhones(),
                "phones-partial.json", Samples.partialPhones(),
                "presence-full.json", Samples.fullPresence(),
                "presence-partial.json", Samples.partialPresence(),
                "site-active.json", Samples.siteActive(),
                "state-worst-case-bounded.json", Samples.worstCase(60, 60));

        assertThat(updates().map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(samples.keySet());
        samples.forEach((file, sample) -> assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE,
                bytes(GOLDEN.resolve("updates").resolve(file)))).as(file).isEqualTo(new Decoded.Ok<>(sample)));
    }

    @Test
    void theWorstCaseGoldenIsCutToFitABody() {
        byte[] body = bytes(GOLDEN.resolve("updates/state-worst-case-bounded.json"));
        StateUpdate worst = (StateUpdate) ((Decoded.Ok<ConsoleUpdate>) codec.decodeUpdate(ConsoleMediaTypes.UPDATE,
                body)).value();

        assertThat(body.length).isLessThanOrEqualTo(Bounds.BODY_BYTES);
        assertThat(worst.waitingOmitted()).isPositive();
        assertThat(worst.supervisedOmitted() + worst.supervised().size()).isEqualTo(60);
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void aGoldenInvalidBodyIsRefusedWithItsProblemAndReason(JsonObject expected) {
        byte[] body = bytes(GOLDEN.resolve("invalid").resolve(expected.getString("file")));
        String contentType = expected.getString("contentType");

        Decoded<?> decoded = expected.getString("decode").equals("command")
                ? codec.decodeCommand(contentType, body) : codec.decodeUpdate(contentType, body);

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
            assertThat(invalid.problem()).isEqualTo(Problem.valueOf(expected.getString("problem")));
            assertThat(invalid.reason()).contains(expected.getString("reason"));
        });
    }

    @Test
    void everyInvalidBodyIsInTheIndex() {
        assertThat(files("invalid").map(file -> file.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(invalidBodies().map(entry -> entry.getString("file")).toList());
    }

    private static String fileName(CommandName name) {
        return stem(name) + ".json";
    }

    private static String stem(CommandName name) {
        return name.wireName().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Stream<Path> files(String directory) {
        try (Stream<Path> files = Files.list(GOLDEN.resolve(directory))) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue json(Path file) {
        return json(bytes(file));
    }

    private static JsonValue json(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        }
    }

    private static Path golden() {
        try {
            return Path.of(GoldenBodiesTest.class.getResource("golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
