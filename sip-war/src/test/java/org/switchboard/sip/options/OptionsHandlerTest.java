package org.switchboard.sip.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.switchboard.health.model.Availability;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.TestRequests;

class OptionsHandlerTest {

    private final AtomicReference<Availability> availability = new AtomicReference<>(Availability.AVAILABLE);
    private final OptionsHandler handler = new OptionsHandler(availability::get);

    @Test
    void givenTheServerTakesCalls_thenItListsTheConsoleCommandTypeAsAccepted() {
        SipOutcome outcome = handler.handle(TestRequests.request("OPTIONS"));

        assertThat(outcome).isEqualTo(new SipOutcome.Capabilities(List.of(ConsoleMediaTypes.COMMAND)));
    }

    @Test
    void givenTheServerDoesNotTakeCalls_thenItIsUnavailableWithTheReason() {
        availability.set(Availability.unavailable("PBX unreachable"));

        assertThat(handler.handle(TestRequests.request("OPTIONS"))).isEqualTo(new SipOutcome.Unavailable("PBX unreachable"));
    }

    @Test
    void readsTheAvailabilityOnEveryRequest() {
        availability.set(Availability.unavailable("starting"));
        handler.handle(TestRequests.request("OPTIONS"));
        availability.set(Availability.AVAILABLE);

        assertThat(handler.handle(TestRequests.request("OPTIONS"))).isInstanceOf(SipOutcome.Capabilities.class);
    }

    @Test
    void handlesOptions() {
        assertThat(handler.method()).isEqualTo("OPTIONS");
    }
}
