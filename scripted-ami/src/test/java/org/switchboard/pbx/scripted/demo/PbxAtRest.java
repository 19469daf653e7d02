package org.switchboard.pbx.scripted.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.PbxState;

/** The check that a PBX state holds nothing of any call: what every finished or stopped demo call must leave. */
final class PbxAtRest {

    private PbxAtRest() {
    }

    static void assertAtRest(PbxState state, DemoOffice office) {
        assertThat(state.coreShowChannels()).as("live channels").isEmpty();
        assertThat(state.bridges("basic")).as("basic bridges").isEmpty();
        assertThat(state.bridges("parking")).allSatisfy(bridge ->
                assertThat(bridge.getOr("BridgeNumChannels", "")).as("calls in the lot's bridge").isEqualTo("0"));
        assertThat(state.queueStatus("", "")).extracting(AmiMessage::type).as("queue callers")
                .doesNotContain("QueueEntry");
        assertThat(state.parkedCalls("")).as("parked calls").isEmpty();
        office.phones().forEach(phone -> assertThat(state.deviceState("PJSIP/" + phone.extension()))
                .as("device state of " + phone.extension()).isEqualTo("NOT_INUSE"));
        assertThat(state.deviceState("PJSIP/trunk")).as("device state of the trunk").isEqualTo("NOT_INUSE");
        assertThat(state.queueStatus("", "")).filteredOn(item -> item.type().equals("QueueMember"))
                .allSatisfy(member -> {
                    assertThat(member.getOr("Status", "")).as("member status").isEqualTo("1");
                    assertThat(member.getOr("InCall", "")).as("member in call").isEqualTo("0");
                });
    }
}
