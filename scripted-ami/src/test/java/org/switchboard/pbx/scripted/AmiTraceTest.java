package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class AmiTraceTest {

    static final java.util.List<String> TRACES = AmiTrace.RECORDED;

    @ParameterizedTest
    @FieldSource("TRACES")
    void givenRecordedSession_whenParsed_thenGreetingActionsAndOnlyUnsolicitedEvents(String name) {
        AmiTrace trace = AmiTrace.recorded(name);

        // Asterisk 20 speaks AMI 9.0.0, Asterisk 22 (the actions/ sessions) AMI 11.0.0
        assertThat(trace.greeting()).isEqualTo(name.startsWith("actions/")
                ? "Asterisk Call Manager/11.0.0" : "Asterisk Call Manager/9.0.0");
        assertThat(trace.actions()).isNotEmpty().allSatisfy(action -> assertThat(action.name()).isNotEmpty());
        assertThat(trace.actions().get(trace.actions().size() - 1).name()).isEqualTo("Logoff");
        assertThat(trace.frames()).allSatisfy(frame -> assertThat(frame.message().headers()).isNotEmpty());
        assertThat(trace.events()).allSatisfy(event -> {
            assertThat(event.isEvent()).isTrue();
            assertThat(event.has("EventList")).isFalse();
            assertThat(event.type()).isNotEqualTo("FullyBooted");
        });
        trace.actions().forEach(action -> assertThat(action.rxOffset()).isLessThanOrEqualTo(
                trace.frames().get(trace.frames().size() - 1).offset()));
    }

    @Test
    void givenStartupSync_whenParsed_thenListAnswersAreNotEvents() {
        AmiTrace trace = AmiTrace.recorded("startup-sync");

        assertThat(trace.actions()).hasSize(19);
        assertThat(trace.events()).isEmpty();
        assertThat(trace.listItems("QueueStatus")).hasSize(7);
        assertThat(trace.listItems("DeviceStateList")).hasSize(15);
        assertThat(trace.response("ping-18").flatMap(r -> r.get("Ping"))).contains("Pong");
    }

    @Test
    void givenOriginate_whenParsed_thenAsyncOriginateResponseIsKept() {
        AmiTrace trace = AmiTrace.recorded("originate-201-to-204");

        assertThat(trace.eventTypes()).contains("OriginateResponse", "Newchannel", "Hangup");
        assertThat(trace.actions().get(1).name()).isEqualTo("Originate");
        assertThat(trace.actions().get(1).at()).isPositive();
    }

    @Test
    void givenLogOnDisk_whenLoaded_thenSentLogBesideItIsRead(@TempDir Path dir) throws IOException {
        for (String file : new String[] {"queue-member-pause.log", "queue-member-pause.sent.log"}) {
            Files.copy(AmiTrace.recordedDirectory().resolve(file), dir.resolve(file));
        }

        AmiTrace trace = AmiTrace.load(dir.resolve("queue-member-pause.log"));

        assertThat(trace.name()).isEqualTo("queue-member-pause");
        assertThat(trace.actions()).extracting(RecordedAction::name).containsExactly("Login", "QueuePause",
                "QueueStatus", "QueuePause", "QueuePause", "QueuePause", "QueuePause", "Logoff");
        assertThat(trace.actions().get(2).rxOffset()).isEqualTo(1151);
        assertThat(trace.events()).extracting(AmiMessage::type).contains("QueueMemberPause", "DeviceStateChange")
                .doesNotContain("QueueParams", "QueueMember");
    }
}
