package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Property: for any valid message, decoding its body gives it back, and encoding that gives the same bytes. */
class RandomRoundTripTest {

    private static final long SEED = 8_2026_1126L;

    private final ConsoleCodec codec = new ConsoleCodec();

    @Test
    void anyCommandSurvivesTheRoundTrip() {
        RandomMessages messages = new RandomMessages(SEED);
        for (int i = 0; i < 3_000; i++) {
            ConsoleCommand command = messages.command();
            byte[] body = codec.encode(command);

            Decoded<ConsoleCommand> decoded = codec.decodeCommand(ConsoleMediaTypes.COMMAND, body);

            assertThat(decoded).as("seed %d, command %d", SEED, i).isEqualTo(new Decoded.Ok<>(command));
            assertThat(codec.encode(((Decoded.Ok<ConsoleCommand>) decoded).value())).isEqualTo(body);
        }
    }

    @Test
    void anyUpdateSurvivesTheRoundTrip() {
        RandomMessages messages = new RandomMessages(SEED);
        for (int i = 0; i < 300; i++) {
            ConsoleUpdate update = messages.update();
            byte[] body = codec.encode(update);

            Decoded<ConsoleUpdate> decoded = codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body);

            assertThat(decoded).as("seed %d, update %d", SEED, i).isEqualTo(new Decoded.Ok<>(update));
            assertThat(codec.encode(((Decoded.Ok<ConsoleUpdate>) decoded).value())).isEqualTo(body);
        }
    }
}
