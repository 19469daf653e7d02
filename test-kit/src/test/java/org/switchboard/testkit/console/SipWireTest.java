package org.switchboard.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SipWireTest {

    @Test
    void messagesOnAStream_areFramedByTheirContentLength_keepAliveLineBreaksSkipped() throws IOException {
        String stream = "\r\n\r\nMESSAGE sip:desk1@127.0.0.1 SIP/2.0\r\nCSeq: 7 MESSAGE\r\nl: 4\r\n\r\n{}\r\n"
                + "SIP/2.0 200 OK\r\nCSeq: 3 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        ByteArrayInputStream in = new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8));

        SipMessage request = SipWire.next(in);
        SipMessage response = SipWire.next(in);

        assertThat(request.method()).isEqualTo("MESSAGE");
        assertThat(request.bodyText()).isEqualTo("{}\r\n");
        assertThat(request.cseq()).isEqualTo(7);
        assertThat(response.isResponse()).isTrue();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.cseq()).isEqualTo(3);
        assertThat(SipWire.next(in)).isNull();
    }

    @Test
    void anAnswer_copiesTheRequestsViasAndIds() throws IOException {
        SipMessage request = SipWire.next(new ByteArrayInputStream(SipWire.request("MESSAGE", "sip:s@127.0.0.1",
                "TCP 127.0.0.1:5999", "call-1", 4, "application/x", "hi".getBytes(StandardCharsets.UTF_8), List.of("X-Test: yes"))));

        SipMessage answer = SipWire.next(new ByteArrayInputStream(SipWire.answer(request, 200, "OK")));

        assertThat(request.header("X-Test")).contains("yes");
        assertThat(request.bodyText()).isEqualTo("hi");
        assertThat(answer.all("Via")).isEqualTo(request.all("Via"));
        assertThat(answer.header("Call-ID")).contains("call-1");
        assertThat(answer.header("CSeq")).contains("4 MESSAGE");
    }
}
