package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.CommandAnswered;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.runtime.LogContext;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.logging.CapturedLog;
import org.switchboard.testkit.logging.LogCapture;

/** The command port over TCP against the scripted AMI server: order, refusals, a link that is down, timeouts. */
class AmiCommandsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(800);
    private static final String SECRET = "console-secret";

    private final List<PbxEvent> handed = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private ScriptedAmiServer server;
    private AmiConnection connection;

    @BeforeEach
    void start() {
        server = ScriptedAmiServer.start(AmiAccount.of("console", SECRET));
        server.seed(AmiTrace.recorded("startup-sync"));
        AmiSettings settings = new AmiSettings("127.0.0.1", server.port(), "console", SECRET, Duration.ofSeconds(2),
                READ_TIMEOUT, Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofMillis(400), 10_000);
        connection = new AmiConnection(settings, handed::add, Clock.systemUTC(), Thread::new, scheduler);
    }

    @AfterEach
    void stop() {
        connection.close();
        server.close();
        scheduler.shutdownNow();
    }

    private void connect() {
        connection.start();
        Await.until("synchronised", () -> handed.stream().anyMatch(PbxSynchronized.class::isInstance), WAIT);
    }

    private static CommandResult resultOf(java.util.concurrent.CompletionStage<CommandResult> stage)
            throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static AmiMessage newchannel(String name, String uniqueId) {
        return AmiMessage.of("Event", "Newchannel", "Privilege", "call,all", "Channel", name, "ChannelState", "6",
                "ChannelStateDesc", "Up", "CallerIDNum", "203", "CallerIDName", "Ann", "ConnectedLineNum", "204",
                "ConnectedLineName", "Ben", "Language", "en", "AccountCode", "", "Context", "internal",
                "Exten", "204", "Priority", "2", "Uniqueid", uniqueId, "Linkedid", uniqueId);
    }

    @Test
    void givenEventsSentBeforeTheAnswer_whenAnswered_thenTheResultFollowsThemAndPrecedesWhatTheCommandCaused()
            throws Exception {
        connect();
        server.emit(newchannel("PJSIP/203-00000001", "1795000000.1"));
        server.onAction("Hangup", (action, standard) -> {
            server.emit(newchannel("PJSIP/205-00000002", "1795000000.2"));
            return standard;
        });

        CommandResult result = resultOf(connection.commands().send(new PbxCommand.Hangup("PJSIP/203-00000001", 16)));

        assertThat(result).isInstanceOfSatisfying(CommandResult.Done.class,
                done -> assertThat(done.message()).isEqualTo("Channel Hungup"));
        Await.until("the hang-up handed on", () -> handed.stream().anyMatch(ChannelEvent.ChannelHungUp.class::isInstance),
                WAIT);
        List<String> order = handed.stream().map(AmiCommandsTest::label).filter(label -> !label.isEmpty()).toList();
        assertThat(order).containsSubsequence("ChannelCreated 1795000000.1", "ChannelCreated 1795000000.2",
                "CommandAnswered Done", "ChannelHungUp 1795000000.1");
    }

    private static String label(PbxEvent event) {
        if (event instanceof CommandAnswered answered) {
            return "CommandAnswered " + answered.result().getClass().getSimpleName();
        }
        if (event instanceof ChannelEvent channel) {
            return event.getClass().getSimpleName() + " " + channel.channel().id().value();
        }
        return "";
    }

    @Test
    void givenAChannelThatLeft_whenRedirected_thenUnknownChannelWithAsterisksMessage() throws Exception {
        connect();

        CommandResult result = resultOf(connection.commands().send(new PbxCommand.Redirect("PJSIP/trunk-00000017",
                PbxCommand.DialplanTarget.of("internal", "203"))));

        assertThat(result).isInstanceOfSatisfying(CommandResult.UnknownChannel.class, unknown ->
                assertThat(unknown.message()).isEqualTo("Channel does not exist: PJSIP/trunk-00000017"));
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void givenNoLink_whenCommandSent_thenLinkDownAtOnce() throws Exception {
        CommandResult result = resultOf(connection.commands().send(new PbxCommand.QueuePause(Optional.empty(),
                "PJSIP/201", true, "Lunch")));

        assertThat(result).isInstanceOf(CommandResult.LinkDown.class);
    }

    @Test
    void givenAPbxThatNeverAnswersTheAction_whenCommandSent_thenTimedOutAfterTheReadTimeout() throws Exception {
        connect();
        server.onAction("QueuePause", (action, standard) -> new Reaction(List.of(), List.of()));

        CommandResult result = resultOf(connection.commands().send(new PbxCommand.QueuePause(
                Optional.of("GeneralQueue"), "PJSIP/201", true, "Lunch")));

        assertThat(result).isInstanceOfSatisfying(CommandResult.TimedOut.class,
                timedOut -> assertThat(timedOut.after()).isEqualTo(READ_TIMEOUT));
        assertThat(handed).filteredOn(CommandAnswered.class::isInstance).hasSize(1);
    }

    @Test
    void givenACommandWaitingForItsAnswer_whenTheLinkDrops_thenLinkDownAfterTheDisconnect() throws Exception {
        connect();
        server.onAction("QueuePause", (action, standard) -> new Reaction(List.of(), List.of()));
        CompletableFuture<CommandResult> waiting = connection.commands().send(new PbxCommand.QueuePause(
                Optional.of("GeneralQueue"), "PJSIP/201", true, "Lunch")).toCompletableFuture();
        server.awaitAction("QueuePause", WAIT);
        AmiFaults.of(server).dropConnections();

        assertThat(resultOf(waiting)).isInstanceOfSatisfying(CommandResult.LinkDown.class,
                down -> assertThat(down.reason()).startsWith("link lost before the answer"));
    }

    @Test
    void givenASenderWithACallInItsLogContext_whenCommandAnswered_thenBothLogLinesCarryItAndTheStageCompletesOffThePump()
            throws Exception {
        connect();
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        server.onAction("QueuePause", (action, standard) -> {
            try {
                answer.await(WAIT.toSeconds(), TimeUnit.SECONDS); // the answer waits until the test listens
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return standard;
        });
        try (LogCapture logs = LogCapture.of("org.switchboard.pbx.ami.commands")) {
            CompletableFuture<String> thread;
            try (LogContext ids = LogContext.with(LogContext.CALL, "1795000000.9")) {
                thread = connection.commands().send(new PbxCommand.QueuePause(Optional.of("GeneralQueue"),
                        "PJSIP/201", true, "Lunch")).thenApply(result -> Thread.currentThread().getName())
                        .toCompletableFuture();
            }
            answer.countDown();

            assertThat(thread.get(WAIT.toSeconds(), TimeUnit.SECONDS)).startsWith("pool-");
            assertThat(logs.records()).extracting(CapturedLog::message)
                    .anyMatch(message -> message.startsWith("SWB1050"))
                    .anyMatch(message -> message.startsWith("SWB1051") && message.contains("paused successfully"));
            assertThat(logs.records()).allSatisfy(log -> assertThat(log.mdc(LogContext.CALL)).isEqualTo("1795000000.9"));
        }
    }
}
