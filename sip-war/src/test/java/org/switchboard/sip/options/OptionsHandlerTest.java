package org.switchboard.sip.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.sip.message.Request;

import org.junit.jupiter.api.Test;
import org.switchboard.health.model.Availability;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.shared.model.InvalidSetting;
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
    void givenTheServerDoesNotTakeCalls_thenThePbxQualifyGetsNoAnswer() {
        availability.set(Availability.unavailable("SMITH: deactivated by the operator"));

        assertThat(outcomeOf(TestRequests.request("OPTIONS", "sip:npa10001@127.0.0.1:5070")))
                .isEqualTo(new SipOutcome.Unanswered("the PBX's qualify while refusing calls: SMITH: deactivated by the operator"));
        assertThat(outcomeOf(TestRequests.request("OPTIONS", "sip:NPA10001@127.0.0.1:5070")))
                .isInstanceOf(SipOutcome.Unanswered.class);
    }

    @Test
    void givenTheServerTakesCalls_thenThePbxQualifyGets200LikeEveryoneElse() {
        assertThat(outcomeOf(TestRequests.request("OPTIONS", "sip:npa10001@127.0.0.1:5070")))
                .isInstanceOf(SipOutcome.Capabilities.class);
    }

    @Test
    void theQualifyUserIsASetting() {
        OptionsHandler configured = new OptionsHandler(availability::get,
                OptionsSettings.from(Map.of(OptionsSettings.QUALIFY_USER, "console-a")::get));
        availability.set(Availability.unavailable("starting"));

        assertThat(configured.handle(inbound(TestRequests.request("OPTIONS", "sip:console-a@127.0.0.1")))
                .toCompletableFuture().join()).isInstanceOf(SipOutcome.Unanswered.class);
        assertThat(configured.handle(inbound(TestRequests.request("OPTIONS", "sip:npa10001@127.0.0.1")))
                .toCompletableFuture().join()).isInstanceOf(SipOutcome.Unavailable.class);
        assertThatThrownBy(() -> OptionsSettings.from(Map.of(OptionsSettings.QUALIFY_USER, "not a user")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(OptionsSettings.QUALIFY_USER);
    }

    @Test
    void readsTheAvailabilityOnEveryRequest() {
        availability.set(Availability.unavailable("starting"));
        outcomeOf(TestRequests.request("OPTIONS"));
        availability.set(Availability.AVAILABLE);

        assertThat(outcomeOf(TestRequests.request("OPTIONS"))).isInstanceOf(SipOutcome.Capabilities.class);
    }

    private SipOutcome outcomeOf(Request request) {
        return handler.handle(inbound(request)).toCompletableFuture().join();
    }

    private static InboundRequest inbound(Request request) {
        return new InboundRequest(request, new Peer("UDP", "127.0.0.1", 5070));
    }

    @Test
    void handlesOptions() {
        assertThat(handler.method()).isEqualTo("OPTIONS");
    }
}
