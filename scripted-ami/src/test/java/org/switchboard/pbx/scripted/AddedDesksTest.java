package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/** The demo office with desks added for benchmarks of many consoles: each desk's personal queue is reachable. */
class AddedDesksTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");

    private final Clock clock = Clock.systemUTC();
    private final DemoOffice office = DemoOffice.consoleReception().withDesks(3);
    private final ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT, clock).seed(office.startupSync(clock));

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void givenThreeAddedDesks_thenTheirPhonesAndEmptyPersonalQueuesFollowTheOffice() {
        assertThat(office.phone("303").name()).isEqualTo("Demo Desk 303");
        assertThat(office.queue("PersonalQueue303").members()).isEmpty();
        assertThat(office.phones()).hasSize(DemoOffice.consoleReception().phones().size() + 3);
        assertThat(server.state().queueExists("PersonalQueue301")).isTrue();
    }

    @Test
    void givenAnAddedDesk_whenATrunkCallDialsNineAndItsExtension_thenTheCallWaitsInItsPersonalQueue() {
        LiveOffice.Caller caller = server.office().trunkCalls("9302", "+3225550199", "Demo caller");

        assertThat(server.state().queueCallers("PersonalQueue302")).containsExactly(caller.uniqueId());
    }

    @Test
    void givenNoDeskWithThatExtension_whenATrunkCallDialsNineAndIt_thenTheCallWaitsInTheGeneralQueue() {
        LiveOffice.Caller caller = server.office().trunkCalls("9309", "+3225550199", "Demo caller");

        assertThat(server.state().queueCallers(DemoOffice.GENERAL_QUEUE)).containsExactly(caller.uniqueId());
    }
}
