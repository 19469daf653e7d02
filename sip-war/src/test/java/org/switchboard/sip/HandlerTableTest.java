package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletionStage;

import javax.sip.message.Request;

import org.junit.jupiter.api.Test;

class HandlerTableTest {

    private record Typed(String method, List<String> contentTypes) implements SipRequestHandler {
        @Override
        public CompletionStage<SipOutcome> handle(InboundRequest request) {
            return SipOutcome.now(new SipOutcome.Ok());
        }
    }

    private static Request message(String contentType) {
        Request request = TestRequests.request("MESSAGE");
        if (contentType != null) {
            String raw = request.toString().replace("Content-Length: 0", "Content-Type: " + contentType + "\r\nContent-Length: 0");
            return TestRequests.parse(raw);
        }
        return request;
    }

    private final Typed commands = new Typed("MESSAGE", List.of("application/vnd.switchboard.command.v1+json"));
    private final Typed chat = new Typed("MESSAGE", List.of("text/plain"));

    @Test
    void aRequestGoesToTheHandlerOfItsMethodAndBodyType_caseAndParametersAside() {
        HandlerTable table = new HandlerTable(List.of(commands, chat));

        assertThat(table.route(message("text/plain")).handler()).isSameAs(chat);
        assertThat(table.route(message("Application/Vnd.Switchboard.Command.V1+JSON;charset=utf-8")).handler())
                .isSameAs(commands);
    }

    @Test
    void aBodyTypeNoHandlerTakes_gets415ListingTheTypesTaken() {
        HandlerTable table = new HandlerTable(List.of(commands, chat));

        assertThat(table.route(message("image/png")).outcome()).isEqualTo(new SipOutcome.UnsupportedMediaType(
                List.of("application/vnd.switchboard.command.v1+json", "text/plain")));
        assertThat(table.route(message(null)).outcome()).isInstanceOf(SipOutcome.UnsupportedMediaType.class);
    }

    @Test
    void aHandlerWithoutTypesTakesEveryBodyOfItsMethodThatNoTypedHandlerTakes() {
        Typed any = new Typed("MESSAGE", List.of());
        HandlerTable table = new HandlerTable(List.of(commands, any));

        assertThat(table.route(message("image/png")).handler()).isSameAs(any);
        assertThat(table.route(message("application/vnd.switchboard.command.v1+json")).handler()).isSameAs(commands);
    }

    @Test
    void aMethodNobodyHandles_gets405_andCancel481() {
        HandlerTable table = new HandlerTable(List.of(commands));

        assertThat(table.route(TestRequests.request("INFO")).outcome()).isEqualTo(new SipOutcome.MethodNotAllowed());
        assertThat(table.route(TestRequests.request("CANCEL")).outcome()).isInstanceOf(SipOutcome.DoesNotExist.class);
    }

    @Test
    void twoHandlersForOneMethodAndType_areRefused() {
        assertThatThrownBy(() -> new HandlerTable(List.of(commands, new Typed("MESSAGE", commands.contentTypes()))))
                .hasMessage("two handlers for MESSAGE take the same body types");
        assertThatThrownBy(() -> new HandlerTable(List.of(new Typed("MESSAGE", List.of()), new Typed("MESSAGE", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
