package org.switchboard.pbx.scripted.demo;

import org.switchboard.pbx.scripted.AmiTrace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.scripted.AmiMessage;

@DisplayName("A scripted call with a recorded twin tells the call-model events in the real Asterisk's order, per role")
class RecordedTwinsTest {

    static Stream<Arguments> twins() {
        return Stream.of(
                twin("incoming-queue-answered-202", s -> s.incomingAnswered("202", true)),
                twin("incoming-queue-abandoned", Scenarios::incomingAbandoned),
                twin("internal-203-to-204", s -> s.internalAnswered("203", "204", true)),
                twin("hold-resume", s -> s.holdAndResume("201", "204")),
                twin("park-ami-and-pickup", s -> s.parkAndPickUp("202", "203")),
                twin("transfer-blind-202-to-204", s -> s.blindTransfer("202", "204")));
    }

    private static Arguments twin(String trace, Function<Scenarios, Scenario> factory) {
        return Arguments.of(trace, factory);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void givenARecordedTwin_whenTheScenarioIsPlayed_thenEveryRoleSeesTheRecordedSequence(
            String trace, Function<Scenarios, Scenario> factory) {
        Map<String, List<String>> recorded = CallRoles.of(AmiTrace.recorded(trace).events());
        DemoDesk desk = new DemoDesk();

        List<AmiMessage> generated = desk.play(factory.apply(desk.scenarios));

        assertThat(recorded).isNotEmpty();
        assertThat(CallRoles.of(generated)).isEqualTo(recorded);
    }
}
