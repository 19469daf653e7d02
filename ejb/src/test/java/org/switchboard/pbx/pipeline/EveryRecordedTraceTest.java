package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallOffered;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.shared.model.CallId;

/**
 * Every recorded session, replayed over TCP through asterisk-java, the pump and the models against a scripted
 * server seeded from the start-up session of the same PBX (chan_sip, Asterisk 22 or Asterisk 20), leaves the office
 * quiet and the models without a single anomaly; every call that was offered also ended, exactly once.
 */
class EveryRecordedTraceTest {

    static List<String> recorded() {
        return AmiTrace.RECORDED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void givenARecordedSession_whenReplayed_thenTheOfficeIsQuietAndEveryEventFitsTheModels(String name) {
        try (Pipeline pipeline = Pipeline.connected(startupOfItsPbx(name), server -> { })) {
            pipeline.play(AmiTrace.recorded(name).events());

            AtRest.assertQuietAndClean(pipeline);
            List<CallId> offered = pipeline.events(CallOffered.class).stream().map(CallOffered::call).distinct()
                    .toList();
            assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::call)
                    .doesNotHaveDuplicates().containsAll(offered);
            assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::ending)
                    .doesNotContain(CallEnded.Ending.VANISHED);
            assertThat(pipeline.connection.state()).isEqualTo(AmiConnection.State.CONNECTED);
            assertThat(pipeline.connection.stats().disconnects()).isZero();
        }
    }

    /** The start-up session of the PBX that recorded the session: its build, peers or contacts, queues. */
    private static String startupOfItsPbx(String name) {
        if (name.startsWith("chan_sip/")) {
            return "chan_sip/startup-sync";
        }
        return name.startsWith("actions/") ? "actions/snapshot-no-registrations" : "startup-sync";
    }
}
