package org.switchboard.pbx.scripted.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.scripted.AmiMessage;

class ScenariosTest {

    static Stream<Arguments> everyScenario() {
        return Stream.of(
                scenario("reception call answered, caller hangs up", s -> s.incomingAnswered("202", true)),
                scenario("reception call answered, desk hangs up", s -> s.incomingAnswered("201", false)),
                scenario("reception call abandoned", Scenarios::incomingAbandoned),
                scenario("internal call answered", s -> s.internalAnswered("203", "204", true)),
                scenario("internal call answered, callee hangs up", s -> s.internalAnswered("205", "201", false)),
                scenario("internal call unanswered", s -> s.internalUnanswered("206", "203")),
                scenario("internal call busy", s -> s.internalBusy("204", "202")),
                scenario("internal call held and resumed", s -> s.holdAndResume("201", "204")),
                scenario("parked and picked up", s -> s.parkAndPickUp("202", "203")),
                scenario("parked until the timeout", s -> s.parkTimeout("201")),
                scenario("blind transfer", s -> s.blindTransfer("202", "204")),
                scenario("call out through the trunk", s -> s.outbound("205")));
    }

    private static Arguments scenario(String name, Function<Scenarios, Scenario> factory) {
        return Arguments.of(name, factory);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScenario")
    @DisplayName("Every scripted call, played to its end, leaves the PBX at rest")
    void everyScenario_whenPlayedToTheEnd_thenNothingOfTheCallIsLeft(String name, Function<Scenarios, Scenario> factory) {
        DemoDesk desk = new DemoDesk();

        List<AmiMessage> events = desk.play(factory.apply(desk.scenarios));

        assertThat(events).extracting(AmiMessage::type).contains("Newchannel", "Hangup");
        PbxAtRest.assertAtRest(desk.state, desk.office);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScenario")
    @DisplayName("Every scripted call has fresh unique ids, one linked id and timestamps that never go back")
    void everyScenario_whenPlayed_thenIdsAreFreshAndLinkedToTheFirstChannel(String name,
                                                                             Function<Scenarios, Scenario> factory) {
        DemoDesk desk = new DemoDesk();

        List<AmiMessage> events = desk.play(factory.apply(desk.scenarios));

        List<AmiMessage> created = events.stream().filter(event -> event.type().equals("Newchannel")).toList();
        List<String> uniqueIds = created.stream().map(event -> event.getOr("Uniqueid", "")).toList();
        assertThat(uniqueIds).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d{10}\\.\\d+"));
        assertThat(created).extracting(event -> event.getOr("Channel", "")).doesNotHaveDuplicates()
                .allMatch(channel -> channel.matches("PJSIP/[a-z0-9]+-[0-9a-f]{8}"));
        String callId = uniqueIds.get(0);
        assertThat(events).filteredOn(event -> event.type().equals("Hangup"))
                .extracting(event -> event.getOr("Linkedid", "")).containsOnly(callId);
        List<BigDecimal> stamps = events.stream().map(event -> new BigDecimal(event.getOr("Timestamp", ""))).toList();
        assertThat(stamps).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void givenTwoCallsOneAfterTheOther_thenTheSecondCarriesLaterIdsAndChannelNumbers() {
        DemoDesk desk = new DemoDesk();

        List<AmiMessage> first = desk.play(desk.scenarios.internalAnswered("203", "204", true));
        List<AmiMessage> second = desk.play(desk.scenarios.internalAnswered("203", "204", true));

        List<Long> firstIds = first.stream().filter(event -> event.type().equals("Newchannel"))
                .map(ScenariosTest::sequence).toList();
        assertThat(sequence(second.get(0))).isGreaterThan(firstIds.get(firstIds.size() - 1));
        assertThat(second.get(0).getOr("Channel", "")).isEqualTo("PJSIP/203-00000002");
        Set<String> bridges = new HashSet<>();
        Stream.concat(first.stream(), second.stream()).filter(event -> event.type().equals("BridgeCreate"))
                .forEach(event -> bridges.add(event.getOr("BridgeUniqueid", "")));
        assertThat(bridges).hasSize(2).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab].*"));
    }

    @Test
    void givenAnInternalCall_thenTheDevicesRingTalkHoldAndGoIdleWithIt() {
        DemoDesk desk = new DemoDesk();
        Scenario call = desk.scenarios.holdAndResume("203", "204");

        desk.playStep(call, 0);
        desk.playStep(call, 1);
        assertThat(desk.state.deviceState("PJSIP/203")).isEqualTo("INUSE");
        assertThat(desk.state.deviceState("PJSIP/204")).isEqualTo("RINGING");
        desk.playStep(call, 2);
        assertThat(desk.state.deviceState("PJSIP/204")).isEqualTo("INUSE");
        assertThat(desk.state.bridges("basic")).hasSize(1);
        desk.playStep(call, 3);
        assertThat(desk.state.deviceState("PJSIP/204")).isEqualTo("ONHOLD");
        desk.playStep(call, 4);
        assertThat(desk.state.deviceState("PJSIP/204")).isEqualTo("INUSE");
        desk.playStep(call, 5);
        assertThat(desk.state.deviceState("PJSIP/203")).isEqualTo("NOT_INUSE");
        assertThat(desk.state.deviceState("PJSIP/204")).isEqualTo("NOT_INUSE");
    }

    @Test
    void givenAReceptionCallAnsweredBy202_thenTheDeskIsInCallUntilTheEndAndThenCountsOneCallTaken() {
        DemoDesk desk = new DemoDesk();
        Scenario call = desk.scenarios.incomingAnswered("202", true);

        desk.playStep(call, 0);
        desk.playStep(call, 1);
        assertThat(desk.member("GeneralQueue", "PJSIP/201", "Status")).isEqualTo("6");
        assertThat(desk.state.queueStatus("GeneralQueue", "")).extracting(AmiMessage::type).contains("QueueEntry");
        desk.playStep(call, 2);
        assertThat(desk.member("GeneralQueue", "PJSIP/202", "InCall")).isEqualTo("1");
        assertThat(desk.member("GeneralQueue", "PJSIP/202", "Status")).isEqualTo("2");
        assertThat(desk.member("GeneralQueue", "PJSIP/201", "Status")).isEqualTo("1");
        desk.playStep(call, 3);
        assertThat(desk.member("GeneralQueue", "PJSIP/202", "CallsTaken")).isEqualTo("1");
        assertThat(desk.member("PersonalQueue202", "PJSIP/202", "CallsTaken")).isEqualTo("1");
        assertThat(desk.member("GeneralQueue", "PJSIP/201", "CallsTaken")).isEqualTo("0");
    }

    @Test
    void givenTwoCallsParkedAtOnce_thenTheyTakeTheFirstTwoSpacesAndShareTheLotsBridge() {
        DemoDesk desk = new DemoDesk();
        Scenario first = desk.scenarios.parkAndPickUp("202", "203");
        Scenario second = desk.scenarios.parkAndPickUp("201", "204");
        for (int step = 0; step < 4; step++) {
            desk.playStep(first, step);
            desk.playStep(second, step);
        }

        assertThat(desk.state.parkedCalls("default")).extracting(parked -> parked.getOr("ParkingSpace", ""))
                .containsExactly("701", "702");
        assertThat(desk.sent).filteredOn(event -> event.type().equals("BridgeCreate"))
                .filteredOn(event -> event.getOr("BridgeType", "").equals("parking")).hasSize(1);

        for (int step = 4; step < first.steps().size(); step++) {
            desk.playStep(first, step);
            desk.playStep(second, step);
        }
        assertThat(desk.state.parkedCalls("")).isEmpty();
        assertThat(desk.state.coreShowChannels()).isEmpty();
    }

    @Test
    void givenACallParkedUntilTheTimeout_thenItRingsTheParkingDeskAgain() {
        DemoDesk desk = new DemoDesk();

        List<AmiMessage> events = desk.play(desk.scenarios.parkTimeout("201"));

        AmiMessage timedOut = events.stream().filter(event -> event.type().equals("ParkedCallTimeOut")).findFirst()
                .orElseThrow();
        assertThat(timedOut.getOr("ParkerDialString", "")).isEqualTo("PJSIP/201");
        assertThat(timedOut.getOr("ParkingDuration", "")).isEqualTo("120");
        assertThat(events).filteredOn(event -> event.type().equals("DialBegin"))
                .extracting(event -> event.getOr("DestChannel", "")).last().asString().startsWith("PJSIP/201-");
    }

    private static long sequence(AmiMessage event) {
        String uniqueId = event.getOr("Uniqueid", "");
        return Long.parseLong(uniqueId.substring(uniqueId.indexOf('.') + 1));
    }
}
