package org.switchboard.pbx.scripted.demo;

import org.switchboard.pbx.scripted.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.PbxState;

class DemoOfficeTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final DemoOffice office = DemoOffice.standard();

    @Test
    void givenTheStartupSync_whenSeeded_thenThePbxStateKnowsTheEndpointsQueuesAndParkingLot() {
        PbxState state = new PbxState(clock);

        state.seed(office.startupSync(clock));

        assertThat(state.endpoints()).extracting(endpoint -> endpoint.getOr("ObjectName", ""))
                .containsExactly("201", "202", "203", "204", "205", "206", "npa10001", "trunk");
        assertThat(state.contacts()).extracting(contact -> contact.getOr("Uri", ""))
                .contains("sip:201@127.0.0.1:5061", "sip:206@127.0.0.1:5066");
        assertThat(state.queueStatus("GeneralQueue", "")).filteredOn(item -> item.type().equals("QueueMember"))
                .extracting(member -> member.getOr("Location", "")).containsExactly("PJSIP/201", "PJSIP/202");
        assertThat(state.queueStatus("GeneralQueue", "")).first().extracting(params -> params.getOr("Strategy", ""))
                .isEqualTo("ringall");
        assertThat(state.parkingLots()).singleElement().satisfies(lot -> {
            assertThat(lot.getOr("StartSpace", "")).isEqualTo("701");
            assertThat(lot.getOr("StopSpace", "")).isEqualTo("720");
            assertThat(lot.getOr("Timeout", "")).isEqualTo("120");
        });
        assertThat(state.deviceState("PJSIP/204")).isEqualTo("NOT_INUSE");
    }

    @Test
    void givenTheBootEvents_thenEveryContactIsReachableAndEveryNameSaysDemo() {
        PbxState state = new PbxState(clock);
        state.seed(office.startupSync(clock));
        List<AmiMessage> boot = office.bootEvents(clock);

        boot.forEach(state::apply);

        assertThat(boot).filteredOn(event -> event.type().equals("ContactStatus"))
                .extracting(event -> event.getOr("ContactStatus", "")).containsOnly("Created", "Reachable");
        assertThat(state.contacts()).extracting(contact -> contact.getOr("Status", "")).containsOnly("Reachable");
        assertThat(boot).filteredOn(event -> event.type().equals("QueueMemberAdded"))
                .extracting(event -> event.getOr("MemberName", "")).hasSize(4).allMatch(name -> name.startsWith("Demo "));
        assertThat(office.phones()).allMatch(phone -> phone.name().startsWith("Demo "));
        assertThat(office.callers()).allMatch(caller -> caller.name().startsWith("Demo caller "));
        assertThat(boot).allMatch(event -> event.has("Timestamp") && event.has("Privilege"));
    }
}
