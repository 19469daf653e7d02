package org.switchboard.sip.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RawMessageTest {

    @Test
    void readsStartLineAndUnfoldsContinuationLines() {
        RawMessage message = of("\r\nOPTIONS sip:x SIP/2.0\nVia: SIP/2.0/UDP a;branch=z9hG4bK1,\r\n SIP/2.0/UDP b\r\n\r\n");

        assertThat(message.startLine()).isEqualTo("OPTIONS sip:x SIP/2.0");
        assertThat(message.values("Via")).containsExactly("SIP/2.0/UDP a;branch=z9hG4bK1, SIP/2.0/UDP b");
    }

    @Test
    void aStreamReaderCanFindTheNextMessageOnlyWhenNoBodyFollows() {
        assertThat(of("OPTIONS sip:x SIP/2.0\r\n\r\n").endsAtHeaders()).isTrue();
        assertThat(of("OPTIONS sip:x SIP/2.0\r\nl: 0\r\n\r\n").endsAtHeaders()).isTrue();
        assertThat(of("OPTIONS sip:x SIP/2.0\r\nContent-Length: 5\r\n\r\n").endsAtHeaders()).isFalse();
        assertThat(of("OPTIONS sip:x SIP/2.0\r\nContent-Length: five\r\n\r\n").endsAtHeaders()).isFalse();
    }

    @Test
    void measuresTheBodyAfterTheBlankLine() {
        assertThat(of("OPTIONS sip:x SIP/2.0\r\nContent-Length: 5\r\n\r\nhello").bodyLength()).isEqualTo(5);
        assertThat(of("OPTIONS sip:x SIP/2.0\r\nContent-Length: 5\r\n").bodyLength()).isZero();
    }

    private static RawMessage of(String text) {
        return RawMessage.of(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
