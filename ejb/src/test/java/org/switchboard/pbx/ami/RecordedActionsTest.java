package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.model.CommandAnswered;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * Each recorded console action, sent through the command port of the real adapter (asterisk-java over TCP) to
 * the scripted AMI server put in the recorded situation: the adapter sends what the console sent, gets the
 * result Asterisk gave (success or error, and its message), and the simulator emits what Asterisk emitted, in
 * the same order for each channel, up to the marks named for each action (ids it makes are matched to
 * Asterisk's). Across channels Asterisk's own order varies between runs (its channel threads race: after a
 * Redirect to music on hold the old bridge's BridgeDestroy comes before MusicOnHoldStart in one recording and
 * after it in another), so only each channel's own sequence, and the whole set, must match.
 */
class RecordedActionsTest {

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("actions/park-slot-timeout-returns", "park-2", "BridgeEnter@PJSIP/trunk#2"),
                Arguments.of("actions/couple-bridge-two-calls", "redirect-2", "Hangup@PJSIP/202, MusicOnHoldStart@PJSIP/trunk"),
                Arguments.of("actions/couple-bridge-two-calls", "originate-3", "BridgeEnter@PJSIP/202"),
                Arguments.of("actions/couple-bridge-two-calls", "bridge-4", "BridgeDestroy@"),
                Arguments.of("actions/hold-by-redirect-and-back", "redirect-2", "Hangup@PJSIP/202, MusicOnHoldStart@PJSIP/trunk"),
                Arguments.of("actions/hold-by-redirect-and-back", "redirect-3", "BridgeEnter@PJSIP/trunk"),
                Arguments.of("actions/takeback-from-personal-queue", "queuepause-2", "QueueMemberPause@"),
                Arguments.of("actions/takeback-from-personal-queue", "redirect-3", "BridgeEnter@PJSIP/trunk"),
                Arguments.of("actions/takeback-from-personal-queue", "queuepause-4", "QueueMemberPause@"),
                Arguments.of("actions/hangup-queued-caller", "hangup-2", "Hangup@PJSIP/trunk, Hangup@PJSIP/201, Hangup@PJSIP/202"),
                Arguments.of("actions/redirect-after-caller-left", "redirect-2", ""),
                Arguments.of("actions/originate-to-busy-then-free", "originate-2", "Hangup@PJSIP/201"),
                Arguments.of("actions/originate-to-busy-then-free", "originate-3", "BridgeEnter@PJSIP/201"),
                Arguments.of("actions/blind-transfer-by-redirect", "redirect-2", "BridgeEnter@PJSIP/trunk"),
                Arguments.of("park-ami-and-pickup", "park-2", "Hangup@PJSIP/202"),
                Arguments.of("originate-201-to-204", "originate-2", "BridgeEnter@PJSIP/201"),
                Arguments.of("transfer-blind-202-to-204", "blindtransfer-2", "Hangup@PJSIP/202, Newstate@PJSIP/204"),
                Arguments.of("transfer-attended-202-to-204", "atxfer-2", "BridgeEnter@Local/204#2, Newstate@Local/204#3"),
                Arguments.of("queue-member-pause", "queuepause-2", "QueueMemberPause@"),
                Arguments.of("queue-member-pause", "queuepause-4", "QueueMemberPause@"),
                Arguments.of("queue-member-pause", "queuepause-5", "QueueMemberPause@#2"),
                Arguments.of("queue-member-pause", "queuepause-6", "QueueMemberPause@#2"),
                Arguments.of("queue-member-pause", "queuepause-7", ""),
                Arguments.of("queue-member-add-remove", "queueadd-2", "QueueMemberAdded@"),
                Arguments.of("queue-member-add-remove", "queuepause-3", "QueueMemberPause@"),
                Arguments.of("queue-member-add-remove", "queueremove-5", "QueueMemberRemoved@"),
                Arguments.of("queue-member-add-remove", "queueremove-6", ""),
                Arguments.of("chan_sip/originate-201-to-204", "originate-2", "BridgeEnter@SIP/201"),
                Arguments.of("chan_sip/park-ami-and-pickup", "park-2",
                        "Hangup@SIP/202, MusicOnHoldStart@SIP/trunk, BridgeDestroy@"),
                Arguments.of("chan_sip/transfer-blind-202-to-204", "blindtransfer-2", "Hangup@SIP/202, Newstate@SIP/204"),
                Arguments.of("chan_sip/queue-member-pause", "queuepause-2", "QueueMemberPause@"),
                Arguments.of("chan_sip/queue-member-add-remove", "queueadd-2", "QueueMemberAdded@"),
                Arguments.of("chan_sip/queue-member-add-remove", "queueremove-5", "QueueMemberRemoved@"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("actions")
    void recordedAction_throughTheAdapter_getsAsterisksAnswerAndTheSimulatorEmitsWhatAsteriskEmitted(
            String trace, String actionId, String until) throws Exception {
        try (ActionReplay replay = ActionReplay.at(trace, actionId)) {
            CommandResult result = replay.connection.commands().send(RecordedCommands.of(replay.action.action()))
                    .toCompletableFuture().get(ActionReplay.WAIT.toSeconds(), TimeUnit.SECONDS);

            AmiMessage sent = replay.server.actions(replay.action.name()).get(0);
            assertThat(RecordedCommands.mismatch(replay.action.action(), sent)).isEmpty();
            assertAnswer(replay, result);
            assertThat(replay.handed).filteredOn(CommandAnswered.class::isInstance)
                    .extracting(event -> ((CommandAnswered) event).result()).containsExactly(result);
            List<ActionReplay.Mark> marks = ActionReplay.Mark.parse(until);
            if (!marks.isEmpty()) {
                List<AmiMessage> recorded = replay.recordedUntil(marks);
                List<AmiMessage> simulated = replay.simulatedUntil(marks);
                List<List<String>> both = replay.described(recorded, simulated);
                assertThat(both.get(1)).containsExactlyInAnyOrderElementsOf(both.get(0));
                assertThat(ActionReplay.byChannel(both.get(1))).isEqualTo(ActionReplay.byChannel(both.get(0)));
            }
        }
    }

    @Test
    void attendedTransfer_whenTheTransfererHangsUp_thenTheSimulatorCompletesItAsAsteriskDid() throws Exception {
        try (ActionReplay replay = ActionReplay.at("transfer-attended-202-to-204", "atxfer-2")) {
            List<ActionReplay.Mark> consulting = ActionReplay.Mark.parse("BridgeEnter@Local/204#2, Newstate@Local/204#3");
            List<ActionReplay.Mark> completed = ActionReplay.Mark.parse("Hangup@PJSIP/202");
            CommandResult result = replay.connection.commands().send(RecordedCommands.of(replay.action.action()))
                    .toCompletableFuture().get(ActionReplay.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(result.succeeded()).isTrue();
            replay.simulatedUntil(consulting);
            int from = replay.emittedCount();

            replay.server.phoneHangsUp(replay.action.action().getOr("Channel", ""));

            List<List<String>> both = replay.described(replay.recordedBetween(consulting, completed),
                    replay.simulatedSince(from, completed));
            assertThat(both.get(0)).anyMatch(event -> event.startsWith("AttendedTransfer"));
            assertThat(both.get(1)).containsExactlyInAnyOrderElementsOf(both.get(0));
            assertThat(ActionReplay.byChannel(both.get(1))).isEqualTo(ActionReplay.byChannel(both.get(0)));
        }
    }

    private static void assertAnswer(ActionReplay replay, CommandResult result) {
        AmiMessage response = replay.recordedResponse();
        String message = response.getOr("Message", "").strip();
        if (response.getOr("Response", "").equals("Error")) {
            assertThat(result).isInstanceOfSatisfying(CommandResult.Rejection.class,
                    rejection -> assertThat(rejection.message()).isEqualTo(message));
        } else if (replay.action.name().equalsIgnoreCase("Originate")) {
            AmiMessage originated = replay.recordedOriginateResponse();
            assertThat(result).isInstanceOfSatisfying(CommandResult.Originated.class, done -> {
                assertThat(done.answered()).isEqualTo(originated.getOr("Response", "").equals("Success"));
                assertThat(done.reason()).isEqualTo(Integer.parseInt(originated.getOr("Reason", "0")));
            });
        } else {
            assertThat(result).isInstanceOfSatisfying(CommandResult.Done.class,
                    done -> assertThat(done.message()).isEqualTo(message));
        }
    }
}
