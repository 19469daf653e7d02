package org.switchboard.call.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.shared.model.Outcome;

/**
 * Walks every state and trigger pair of the party machine against a specification written apart from
 * the table: the listed moves must happen, everything else must be rejected with a reason.
 */
class PartyTransitionsTest {

    /** from, trigger, to: the legal moves, one per line. */
    private static final String SPEC = """
            NULL CREATED_INBOUND INITIATED
            NULL CREATED_OUTBOUND NULL
            NULL CALLING_IN INITIATED
            NULL DIALLED ALERTING
            NULL RINGING ALERTING
            NULL ANSWERED ESTABLISHED
            NULL DIAL_STARTED DELIVERED
            NULL BRIDGE_ENTERED ESTABLISHED
            NULL BRIDGED_BEFORE_ANSWER ALERTING
            NULL HANGUP CLEARED
            INITIATED DIAL_STARTED DELIVERED
            INITIATED ANSWERED ESTABLISHED
            INITIATED REFUSED FAILED
            INITIATED QUEUE_JOINED QUEUED
            INITIATED BRIDGE_ENTERED ESTABLISHED
            INITIATED BRIDGE_LEFT INITIATED
            INITIATED HANGUP CLEARED
            ALERTING RINGING ALERTING
            ALERTING ANSWERED ESTABLISHED
            ALERTING DIAL_FAILED FAILED
            ALERTING REFUSED FAILED
            ALERTING BRIDGE_ENTERED ESTABLISHED
            ALERTING HANGUP CLEARED
            DELIVERED DIAL_STARTED DELIVERED
            DELIVERED DIAL_ANSWERED ESTABLISHED
            DELIVERED DIAL_UNANSWERED INITIATED
            DELIVERED ANSWERED DELIVERED
            DELIVERED REFUSED FAILED
            DELIVERED BRIDGE_ENTERED ESTABLISHED
            DELIVERED MUSIC_ON_HOLD DELIVERED
            DELIVERED MUSIC_OFF DELIVERED
            DELIVERED HANGUP CLEARED
            ESTABLISHED ANSWERED ESTABLISHED
            ESTABLISHED DIAL_STARTED DELIVERED
            ESTABLISHED BRIDGE_ENTERED ESTABLISHED
            ESTABLISHED BRIDGE_LEFT ESTABLISHED
            ESTABLISHED HOLD HELD
            ESTABLISHED MUSIC_ON_HOLD HELD
            ESTABLISHED UNHOLD ESTABLISHED
            ESTABLISHED QUEUE_JOINED QUEUED
            ESTABLISHED QUEUE_LEFT ESTABLISHED
            ESTABLISHED PARK PARKED
            ESTABLISHED HANGUP CLEARED
            HELD UNHOLD ESTABLISHED
            HELD MUSIC_OFF ESTABLISHED
            HELD BRIDGE_ENTERED HELD
            HELD BRIDGE_LEFT HELD
            HELD PARK PARKED
            HELD HANGUP CLEARED
            QUEUED DIAL_STARTED QUEUED
            QUEUED DIAL_ANSWERED ESTABLISHED
            QUEUED DIAL_UNANSWERED QUEUED
            QUEUED ANSWERED QUEUED
            QUEUED QUEUE_LEFT INITIATED
            QUEUED BRIDGE_ENTERED ESTABLISHED
            QUEUED MUSIC_ON_HOLD QUEUED
            QUEUED MUSIC_OFF QUEUED
            QUEUED HANGUP CLEARED
            PARKED PARK PARKED
            PARKED PICKUP ESTABLISHED
            PARKED PARK_TIMEOUT INITIATED
            PARKED PARK_GIVE_UP INITIATED
            PARKED BRIDGE_ENTERED PARKED
            PARKED BRIDGE_LEFT PARKED
            PARKED HANGUP CLEARED
            FAILED DIAL_FAILED FAILED
            FAILED HANGUP CLEARED
            """;

    private static final Map<String, PartyState> MOVES = parse();

    static Stream<Arguments> everyPair() {
        return Arrays.stream(PartyState.values()).flatMap(state -> Arrays.stream(PartyTrigger.values())
                .map(trigger -> Arguments.of(state, trigger)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyPair")
    void everyPair_movesAsSpecifiedOrIsRejectedWithAReason(PartyState state, PartyTrigger trigger) {
        PartyState expected = MOVES.get(state + " " + trigger);

        Outcome<PartyState, PartyTrigger> outcome = PartyTransitions.fire(state, trigger);

        if (expected != null) {
            assertThat(outcome).isEqualTo(new Outcome.Moved<>(state, trigger, expected));
        } else {
            assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
                assertThat(rejected.state()).isEqualTo(state);
                assertThat(rejected.trigger()).isEqualTo(trigger);
                assertThat(rejected.reason()).contains(state.name()).contains(trigger.name());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(PartyState.class)
    void allowed_listsExactlyTheSpecifiedTriggers(PartyState state) {
        Set<PartyTrigger> specified = Arrays.stream(PartyTrigger.values())
                .filter(trigger -> MOVES.containsKey(state + " " + trigger)).collect(Collectors.toSet());

        assertThat(PartyTransitions.TABLE.allowed(state)).containsExactlyInAnyOrderElementsOf(specified);
    }

    @ParameterizedTest
    @EnumSource(value = PartyTrigger.class)
    void cleared_isFinal(PartyTrigger trigger) {
        assertThat(PartyTransitions.fire(PartyState.CLEARED, trigger)).isInstanceOf(Outcome.Rejected.class);
    }

    private static Map<String, PartyState> parse() {
        Map<String, PartyState> moves = new HashMap<>();
        SPEC.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] words = line.split(" ");
            PartyState.valueOf(words[0]);
            PartyTrigger.valueOf(words[1]);
            moves.put(words[0] + " " + words[1], PartyState.valueOf(words[2]));
        });
        return moves;
    }
}
