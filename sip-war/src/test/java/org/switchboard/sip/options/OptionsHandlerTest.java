package org.switchboard.sip.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.switchboard.health.model.Availability;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.Peer;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.TestRequests;

class OptionsHandlerTest {

    private final AtomicReference<Availability> availability = new AtomicReference<>(Availability.AVAILABLE);
    private final OptionsHandler handler = new OptionsHandler(availability::get);

    @Test
    void givenTheServerTakesCalls_thenItListsTheConsoleCommandTypeAsAccepted() {
        SipOutcome outcome = outcomeOf(TestRequests.request("OPTIONS"));

        assertThat(outcome).isEqualTo(new SipOutcome.Capabilities(List.of(ConsoleMediaTypes.COMMAND)));
    }

    @Test
    void givenTheServerDoesNotTakeCalls_thenItIsUnavailableWithTheReason() {
        availability.set(Availability.unavailable("PBX unreachable"));

        assertThat(outcomeOf(TestRequests.request("OPTIONS"))).isEqualTo(new SipOutcome.Unavailable("PBX unreachable"));
    }

    @Test
    void readsTheAvailabilityOnEveryRequest() {
        availability.set(Availability.unavailable("starting"));
        outcomeOf(TestRequests.request("OPTIONS"));
        availability.set(Availability.AVAILABLE);

        assertThat(outcomeOf(TestRequests.request("OPTIONS"))).isInstanceOf(SipOutcome.Capabilities.class);
    }

    private SipOutcome outcomeOf(Request request) {
        return handler.handle(new InboundRequest(request, new Peer("UDP", "127.0.0.1", 5070))).toCompletableFuture().join();
    }

    @Test
    void handlesOptions() {
        assertThat(handler.method()).isEqualTo("OPTIONS");
    }
}
