package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.shared.model.Effect;
import org.switchboard.shared.model.Outcome;

/**
 * Walks every state, trigger and kind of newest presence (online or offline) of the location machine against a
 * specification written apart from the table. Every pair moves: nothing a watched user does is refused.
 */
class LocationTransitionsTest {

    /** from, trigger, her newest presence, to, effects. */
    private static final String SPEC = """
            FOUND USER_OFFLINE online OFFLINE NOTIFY,REQUEST_ALERT
            FOUND USER_OFFLINE offline OFFLINE NOTIFY,REQUEST_ALERT
            OFFLINE USER_OFFLINE online OFFLINE NOTIFY,REQUEST_ALERT
            OFFLINE USER_OFFLINE offline OFFLINE NOTIFY,REQUEST_ALERT
            FOUND LOGIN_ALERTED online FOUND FETCH
            FOUND LOGIN_ALERTED offline OFFLINE FETCH,REQUEST_ALERT
            OFFLINE LOGIN_ALERTED online FOUND FETCH
            OFFLINE LOGIN_ALERTED offline OFFLINE FETCH,REQUEST_ALERT
            FOUND PRESENCE_CHANGED online FOUND NOTIFY
            FOUND PRESENCE_CHANGED offline OFFLINE NOTIFY,REQUEST_ALERT
            OFFLINE PRESENCE_CHANGED online FOUND NOTIFY
            OFFLINE PRESENCE_CHANGED offline OFFLINE NOTIFY
            FOUND WATCH online FOUND FETCH
            FOUND WATCH offline OFFLINE FETCH,REQUEST_ALERT
            OFFLINE WATCH online FOUND FETCH
            OFFLINE WATCH offline OFFLINE FETCH,REQUEST_ALERT
            FOUND RESTARTED online FOUND FETCH
            FOUND RESTARTED offline OFFLINE FETCH,REQUEST_ALERT
            OFFLINE RESTARTED online FOUND FETCH
            OFFLINE RESTARTED offline OFFLINE FETCH,REQUEST_ALERT
            """;

    private static final Map<String, String[]> MOVES = parse();
    private static final UserId ANNA = new UserId("201");

    static Stream<Arguments> everyPairAndContext() {
        return Arrays.stream(LocationState.values()).flatMap(state -> Arrays.stream(LocationTrigger.values())
                .flatMap(trigger -> Stream.of("online", "offline").map(ctx -> Arguments.of(state, trigger, ctx))));
    }

    @ParameterizedTest(name = "{0} x {1} ({2})")
    @MethodSource("everyPairAndContext")
    void everyPair_movesAsSpecified(LocationState state, LocationTrigger trigger, String context) {
        String[] expected = MOVES.get(state + " " + trigger + " " + context);
        Presence newest = new Presence(ANNA, context.equals("online") ? PresenceStatus.AWAY : PresenceStatus.OFFLINE,
                "", Map.of(), false, 3, Instant.EPOCH);

        Outcome<LocationState, LocationTrigger> outcome = LocationTransitions.fire(state, trigger, newest);

        assertThat(expected).as("specified").isNotNull();
        List<Effect> effects = Arrays.stream(expected[1].split(",")).map(LocationEffect::valueOf)
                .map(Effect.class::cast).toList();
        assertThat(outcome).isEqualTo(new Outcome.Moved<>(state, trigger, LocationState.valueOf(expected[0]),
                effects));
    }

    @ParameterizedTest
    @EnumSource(LocationState.class)
    void everyTrigger_isAllowedInEveryState(LocationState state) {
        assertThat(LocationTransitions.TABLE.allowed(state)).containsExactlyInAnyOrder(LocationTrigger.values());
    }

    private static Map<String, String[]> parse() {
        Map<String, String[]> moves = new HashMap<>();
        SPEC.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] words = line.split(" ");
            LocationState.valueOf(words[0]);
            LocationTrigger.valueOf(words[1]);
            moves.put(words[0] + " " + words[1] + " " + words[2], new String[] {words[3], words[4]});
        });
        return moves;
    }
}
