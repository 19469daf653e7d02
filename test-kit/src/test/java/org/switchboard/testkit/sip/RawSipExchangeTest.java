package org.switchboard.testkit.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RawSipExchangeTest {

    @Test
    void parsesStatusReasonHeadersAndBody() {
        SipReply reply = RawSipExchange.parse("SIP/2.0 400 Missing Call-ID header\r\n"
                + "v: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\n"
                + "Allow: OPTIONS,\r\n MESSAGE\r\n"
                + "Content-Length: 2\r\n\r\nhi");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.reason()).isEqualTo("Missing Call-ID header");
        assertThat(reply.header("Via")).hasValue("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1");
        assertThat(reply.items("Allow")).containsExactly("OPTIONS", "MESSAGE");
        assertThat(reply.body()).isEqualTo("hi");
    }

    @Test
    void givenSomethingThatIsNotAResponse_thenParsingFails() {
        assertThatThrownBy(() -> RawSipExchange.parse("OPTIONS sip:x SIP/2.0\r\n\r\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not a SIP response");
    }
}
