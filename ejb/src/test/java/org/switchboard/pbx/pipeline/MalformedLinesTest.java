package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.pipeline.TraceCut.event;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.call.model.CallEnded;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;

/**
 * Malformed AMI in the middle of a call: the pipeline skips it, the link stays up, and the call comes out
 * exactly as from a clean replay of the same session.
 */
class MalformedLinesTest {

    private final Pipeline clean = Pipeline.connected();
    private final Pipeline pipeline = Pipeline.connected();

    @AfterEach
    void close() {
        pipeline.close();
        clean.close();
    }

    static List<Named<String>> malformed() {
        return List.of(
                Named.of("a line that is no AMI at all", "this is no AMI at all\r\n\r\n"),
                Named.of("a frame with lines without ':'",
                        "Event: VarSet\r\nthis line has no colon\r\nnor this one\r\nVariable: X\r\nValue: 1\r\n\r\n"),
                Named.of("half a frame, then a valid one", "Event: UserEvent\r\nUserEvent: half a frame\r\n"),
                Named.of("an unknown event type", "Event: NoSuchEventAnywhere\r\nFoo: bar\r\n\r\n"),
                Named.of("a response to no action",
                        "Response: Success\r\nActionID: nobody-asked\r\nMessage: an answer to no action\r\n\r\n"),
                Named.of("empty lines only", "\r\n\r\n\r\n"),
                Named.of("an empty key and an empty event name", ": no key\r\nEvent:\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void givenMalformedLinesMidCall_thenTheLinkStaysUpAndTheCallEndsAsInACleanReplay(String raw) {
        List<AmiMessage> events = AmiTrace.recorded("incoming-queue-answered-202").events();
        clean.play(events);
        TraceCut talking = TraceCut.after(events, event("BridgeEnter", "Channel", "PJSIP/trunk-"));
        pipeline.play(talking.before());

        AmiFaults.of(pipeline.server).sendRaw(raw);
        pipeline.server.emit(AmiMessage.of("Event", "VarSet", "Privilege", "dialplan,all", "Variable", "AFTER_RAW",
                "Value", "1"));
        pipeline.play(talking.rest());

        assertThat(pipeline.connection.stats().disconnects()).isZero();
        assertThat(pipeline.connection.state()).isEqualTo(AmiConnection.State.CONNECTED);
        assertThat(pipeline.events(CallEnded.class)).extracting(CallDetailRecords::of)
                .containsExactlyElementsOf(clean.events(CallEnded.class).stream().map(CallDetailRecords::of).toList());
        AtRest.assertQuietAndClean(pipeline);
    }
}
