package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AmiFrameReaderTest {

    private static AmiFrameReader reader(String text) {
        return new AmiFrameReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenBareLfAndExtraEmptyLines_whenRead_thenFramesWithOffsets() throws IOException {
        AmiFrameReader reader = reader("Greeting/1\r\nResponse: Success\r\nMessage: Park successful\n\r\n\r\n"
                + "Event: VarSet\r\n\r\n");

        assertThat(reader.readLine()).contains("Greeting/1");
        AmiFrame first = reader.next().orElseThrow();
        AmiFrame second = reader.next().orElseThrow();

        assertThat(first.offset()).isEqualTo(12);
        assertThat(first.message().get("Message")).contains("Park successful");
        assertThat(second.message().type()).isEqualTo("VarSet");
        assertThat(second.offset()).isEqualTo(12 + 19 + 25 + 2 + 2);
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void givenLinesWithoutColon_whenRead_thenReportedAsMalformed() throws IOException {
        AmiFrameReader reader = reader("Action: Ping\r\nthis is junk\r\n\r\n");

        AmiFrame frame = reader.next().orElseThrow();

        assertThat(frame.isMalformed()).isTrue();
        assertThat(frame.malformedLines()).containsExactly("this is junk");
        assertThat(frame.message().type()).isEqualTo("Ping");
    }

    @Test
    void givenStreamEndingMidFrame_whenRead_thenPartialFrameReturned() throws IOException {
        AmiFrameReader reader = reader("Event: Newchannel\r\nChannel: PJSIP/201-0");

        assertThat(reader.next().orElseThrow().message().get("Channel")).contains("PJSIP/201-0");
        assertThat(reader.next()).isEmpty();
    }
}
