package org.switchboard.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.PresenceUpdate.Status;
import org.switchboard.protocol.PresenceUpdate.UserPresence;

/** The presence part of the protocol: the opt-in at log in, SET_PRESENCE, and the PRESENCE batches and bounds. */
class PresenceCodecTest {

    private final ConsoleCodec codec = new ConsoleCodec();

    @Test
    void aLogInAsksForPresenceOnlyWhenItSaysSoAndOneThatDoesNotKeepsTheBodyOfBefore() {
        String asking = new String(codec.encode(new ConsoleCommand.LogIn(1, false, Optional.empty(), true)), UTF_8);
        String notAsking = new String(codec.encode(new ConsoleCommand.LogIn(1, false, Optional.empty())), UTF_8);

        assertThat(asking).isEqualTo("{\"command\":\"LOG_IN\",\"seq\":1,\"paused\":false,\"presence\":true}");
        assertThat(notAsking).isEqualTo("{\"command\":\"LOG_IN\",\"seq\":1,\"paused\":false}");
        assertThat(command("{\"command\":\"LOG_IN\",\"seq\":1}")).isEqualTo(new ConsoleCommand.LogIn(1, false,
                Optional.empty(), false));
        assertThat(command("{\"command\":\"LOG_IN\",\"seq\":1,\"presence\":null}"))
                .isEqualTo(new ConsoleCommand.LogIn(1, false, Optional.empty(), false));
        assertMalformedCommand("{\"command\":\"LOG_IN\",\"seq\":1,\"presence\":\"yes\"}",
                "presence must be true or false, not a string");
    }

    @Test
    void aLogInAgainStatesTheStatusSheHadSet_oneSheMayState_andALogInWithoutItKeepsItsBody() {
        ConsoleCommand.LogIn again = new ConsoleCommand.LogIn(2, false, Optional.empty(), true,
                Optional.of(Status.DO_NOT_DISTURB));

        assertThat(new String(codec.encode(again), UTF_8)).isEqualTo(
                "{\"command\":\"LOG_IN\",\"seq\":2,\"paused\":false,\"presence\":true,\"status\":\"do-not-disturb\"}");
        assertThat(command("{\"command\":\"LOG_IN\",\"seq\":2,\"presence\":true,\"status\":\"do-not-disturb\"}"))
                .isEqualTo(again);
        assertThat(command("{\"command\":\"LOG_IN\",\"seq\":2,\"status\":null}"))
                .isEqualTo(new ConsoleCommand.LogIn(2, false, Optional.empty(), false, Optional.empty()));
        assertMalformedCommand("{\"command\":\"LOG_IN\",\"seq\":2,\"status\":\"on-the-phone\"}",
                "status must be one of [available, away, busy, do-not-disturb], not \"on-the-phone\"");
        assertMalformedCommand("{\"command\":\"LOG_IN\",\"seq\":2,\"status\":\"gone\"}",
                "status must be one of [available, away, busy, do-not-disturb, on-the-phone, offline], not \"gone\"");
    }

    @Test
    void setPresenceTakesTheFourStatusesAReceptionistMayStateAndAnOptionalNote() {
        assertThat(command("{\"command\":\"SET_PRESENCE\",\"seq\":3,\"status\":\"do-not-disturb\"}"))
                .isEqualTo(new ConsoleCommand.SetPresence(3, Status.DO_NOT_DISTURB, Optional.empty()));
        assertThat(command("{\"command\":\"SET_PRESENCE\",\"seq\":4,\"status\":\"available\",\"note\":\"\"}"))
                .isEqualTo(new ConsoleCommand.SetPresence(4, Status.AVAILABLE, Optional.of("")));
        assertMalformedCommand("{\"command\":\"SET_PRESENCE\",\"seq\":5,\"status\":\"on-the-phone\"}",
                "status must be one of [available, away, busy, do-not-disturb], not \"on-the-phone\"");
        assertMalformedCommand("{\"command\":\"SET_PRESENCE\",\"seq\":5}", "status is missing");
        assertMalformedCommand("{\"command\":\"SET_PRESENCE\",\"seq\":5,\"status\":\"away\",\"note\":\"a\\u0007b\"}",
                "note contains the control character U+0007");
        assertThatIllegalArgumentException().isThrownBy(() -> new ConsoleCommand.SetPresence(1, Status.OFFLINE,
                Optional.empty())).withMessageContaining("not \"offline\"");
    }

    @Test
    void everyStatusHasItsLowerCaseWireNameAndReadsBackFromIt() {
        assertThat(List.of(Status.values())).extracting(Status::wireName).containsExactly("available", "away",
                "busy", "do-not-disturb", "on-the-phone", "offline");
        for (Status status : Status.values()) {
            assertThat(Status.fromWire(status.wireName())).contains(status);
        }
        assertThat(Status.fromWire("DO_NOT_DISTURB")).isEmpty();
        assertThat(Status.fromWire("Away")).isEmpty();
    }

    @Test
    void aPresenceUpdateIsWrittenInTheDocumentedOrder() {
        assertThat(new String(codec.encode(Samples.partialPresence()), UTF_8)).isEqualTo("{\"update\":\"PRESENCE\","
                + "\"session\":\"" + Samples.SESSION + "\",\"seq\":18,\"full\":false,\"users\":[{\"user\":\"202\","
                + "\"status\":\"do-not-disturb\",\"note\":\"In a meeting\",\"onPhone\":false,\"version\":5}]}");
    }

    @Test
    void aPresenceUpdateWithBrokenFieldsIsMalformed() {
        String body = new String(codec.encode(Samples.partialPresence()), UTF_8);

        assertMalformedUpdate(body.replace("\"do-not-disturb\"", "\"asleep\""), "users[0].status must be one of "
                + "[available, away, busy, do-not-disturb, on-the-phone, offline], not \"asleep\"");
        assertMalformedUpdate(body.replace("\"version\":5", "\"version\":-5"), "users[0].version must be a whole");
        assertMalformedUpdate(body.replace("\"onPhone\":false", "\"onPhone\":0"), "users[0].onPhone must be true or false");
        assertMalformedUpdate(body.replace("\"users\":[", "\"people\":["), "users is missing");
        assertMalformedUpdate(body.replace("\"note\":\"In a meeting\"", "\"note\":\"" + "n".repeat(201) + "\""),
                "users[0]: note is longer than 200 characters");
    }

    @Test
    void presenceGoesOutInBatchesNumberedInTurnWithFullOnTheFirstOnly() {
        List<UserPresence> users = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            users.add(new UserPresence(String.valueOf(1000 + i), Status.AVAILABLE, "", false, i));
        }
        AtomicLong seq = new AtomicLong(40);

        List<PresenceUpdate> batches = PresenceUpdate.batches(Samples.SESSION, seq::incrementAndGet, true, users);

        assertThat(batches).extracting(PresenceUpdate::seq).containsExactly(41L, 42L, 43L);
        assertThat(batches).extracting(PresenceUpdate::full).containsExactly(true, false, false);
        assertThat(batches).extracting(batch -> batch.users().size()).containsExactly(64, 64, 22);
        assertThat(batches.stream().flatMap(batch -> batch.users().stream()).toList()).isEqualTo(users);
        assertThat(PresenceUpdate.batches(Samples.SESSION, seq::incrementAndGet, false, List.of())).isEmpty();
        assertThat(PresenceUpdate.batches(Samples.SESSION, seq::incrementAndGet, true, List.of()))
                .containsExactly(new PresenceUpdate(Samples.SESSION, 44, true, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new PresenceUpdate(Samples.SESSION, 1, false, users))
                .withMessage("users has 150 entries, more than 64");
    }

    @Test
    void theLargestPresenceBodyStaysWithinABody() {
        List<UserPresence> users = IntStream.range(0, Bounds.PRESENCE).mapToObj(i -> new UserPresence("9".repeat(32),
                Status.DO_NOT_DISTURB, Samples.widest(Bounds.PRESENCE_NOTE_CHARS), true, Long.MAX_VALUE)).toList();

        byte[] body = codec.encode(new PresenceUpdate("s".repeat(64), Long.MAX_VALUE, true, users));

        assertThat(body.length).isLessThan(Bounds.BODY_BYTES);
        assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body)).isInstanceOf(Decoded.Ok.class);
    }

    private ConsoleCommand command(String body) {
        Decoded<ConsoleCommand> decoded = codec.decodeCommand(ConsoleMediaTypes.COMMAND, body.getBytes(UTF_8));
        assertThat(decoded).as(body).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok<ConsoleCommand>) decoded).value();
    }

    private void assertMalformedCommand(String body, String reasonFragment) {
        assertMalformed(codec.decodeCommand(ConsoleMediaTypes.COMMAND, body.getBytes(UTF_8)), body, reasonFragment);
    }

    private void assertMalformedUpdate(String body, String reasonFragment) {
        assertMalformed(codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body.getBytes(UTF_8)), body, reasonFragment);
    }

    private static void assertMalformed(Decoded<?> decoded, String body, String reasonFragment) {
        assertThat(decoded).isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
            assertThat(invalid.problem()).as(body).isEqualTo(Problem.MALFORMED);
            assertThat(invalid.reason()).as(body).contains(reasonFragment);
        });
    }
}
