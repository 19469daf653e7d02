package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ConsoleMediaTypes;

class SipResponsesTest {

    private final SipResponses responses = new SipResponses(List.of("options", "MESSAGE"));
    private final Request request = TestRequests.request("OPTIONS");

    @Test
    void capabilitiesAre200WithAllowAndAccept() {
        Response response = responses.answer(request, new SipOutcome.Capabilities(List.of(ConsoleMediaTypes.COMMAND)));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(values(response, "Allow")).containsExactly("MESSAGE", "OPTIONS");
        assertThat(values(response, "Accept")).containsExactly(ConsoleMediaTypes.COMMAND);
    }

    @Test
    void methodNotAllowedIs405WithAllow() {
        Response response = responses.answer(request, new SipOutcome.MethodNotAllowed());

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(values(response, "Allow")).containsExactly("MESSAGE", "OPTIONS");
    }

    @Test
    void unavailableIs503WithTheReasonAsReasonPhrase() {
        Response response = responses.answer(request, new SipOutcome.Unavailable("Failing over to site-b"));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getReasonPhrase()).isEqualTo("Failing over to site-b");
    }

    @Test
    void eachRejectionMapsToItsStatusWithItsReason() {
        assertThat(statusAndReason(new SipOutcome.BadRequest("Unreadable body"))).isEqualTo("400 Unreadable body");
        assertThat(statusAndReason(new SipOutcome.Forbidden("HOLD not allowed in IDLE"))).isEqualTo("403 HOLD not allowed in IDLE");
        assertThat(statusAndReason(new SipOutcome.DoesNotExist("Unknown session"))).isEqualTo("481 Unknown session");
        assertThat(statusAndReason(new SipOutcome.ServerError("Server error handling OPTIONS")))
                .isEqualTo("500 Server error handling OPTIONS");
        assertThat(statusAndReason(new SipOutcome.Ok())).isEqualTo("200 OK");
    }

    @Test
    void subscribedIs200WithTheDialogsTag_Expires_andContact() {
        Response response = responses.answer(request, new SipOutcome.Subscribed("srv1", 600,
                "sip:201@127.0.0.1:5060;transport=tcp"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(((ToHeader) response.getHeader(ToHeader.NAME)).getTag()).isEqualTo("srv1");
        assertThat(values(response, "Expires")).containsExactly("600");
        assertThat(values(response, "Contact")).containsExactly("<sip:201@127.0.0.1:5060;transport=tcp>");
    }

    @Test
    void thePresenceOutcomes_mapToTheirStatusesAndHeaders() {
        Response published = responses.answer(request, new SipOutcome.Published("e1", 3600));
        Response brief = responses.answer(request, new SipOutcome.IntervalTooBrief(60));
        Response badEvent = responses.answer(request, new SipOutcome.BadEvent("dialog", List.of("presence")));
        Response notAcceptable = responses.answer(request, new SipOutcome.NotAcceptable("PIDF only",
                List.of("application/pidf+xml")));

        assertThat(values(published, "SIP-ETag")).containsExactly("e1");
        assertThat(values(published, "Expires")).containsExactly("3600");
        assertThat(brief.getStatusCode()).isEqualTo(423);
        assertThat(values(brief, "Min-Expires")).containsExactly("60");
        assertThat(badEvent.getStatusCode()).isEqualTo(489);
        assertThat(values(badEvent, "Allow-Events")).containsExactly("presence");
        assertThat(notAcceptable.getStatusCode()).isEqualTo(406);
        assertThat(values(notAcceptable, "Accept")).containsExactly("application/pidf+xml");
        assertThat(statusAndReason(new SipOutcome.NotFound("No user x here"))).isEqualTo("404 No user x here");
        assertThat(statusAndReason(new SipOutcome.ConditionalRequestFailed("No publication with entity tag e9")))
                .isEqualTo("412 No publication with entity tag e9");
    }

    @Test
    void unsupportedMediaTypeIs415WithAccept() {
        Response response = responses.answer(request, new SipOutcome.UnsupportedMediaType(List.of(ConsoleMediaTypes.COMMAND)));

        assertThat(response.getStatusCode()).isEqualTo(415);
        assertThat(values(response, "Accept")).containsExactly(ConsoleMediaTypes.COMMAND);
    }

    @Test
    void everyResponseCarriesAToTagAndTheRequestsCallId() {
        Response response = responses.answer(request, new SipOutcome.Ok());

        assertThat(((ToHeader) response.getHeader(ToHeader.NAME)).getTag()).isNotBlank();
        assertThat(response.getHeader("Call-ID")).isEqualTo(request.getHeader("Call-ID"));
    }

    @Test
    void givenAReasonWithLineBreaks_thenTheReasonPhraseStaysOnOneLine() {
        Response response = responses.answer(request, new SipOutcome.Unavailable("down\r\nX-Evil: 1"));

        assertThat(response.toString()).doesNotContain("\r\nX-Evil");
        assertThat(response.getReasonPhrase()).isEqualTo("down X-Evil: 1");
    }

    private String statusAndReason(SipOutcome outcome) {
        Response response = responses.answer(request, outcome);
        return response.getStatusCode() + " " + response.getReasonPhrase();
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Response response, String name) {
        List<String> values = new ArrayList<>();
        for (ListIterator<Header> it = response.getHeaders(name); it.hasNext();) {
            String field = it.next().toString();
            for (String item : field.substring(field.indexOf(':') + 1).split(",")) {
                values.add(item.trim());
            }
        }
        return values;
    }
}
