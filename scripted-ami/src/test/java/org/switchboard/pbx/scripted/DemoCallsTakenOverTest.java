package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;

/** The demo PBX reacts to a console's commands: the call leaves the day's script and the PBX carries it on. */
class DemoCallsTakenOverTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AmiAccount ACCOUNT = AmiAccount.of("demo", "demo-secret");
    private static final double SPEED = 50;

    private final Clock clock = Clock.systemUTC();
    private final DemoOffice office = DemoOffice.standard();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2);
    private EmittedEvents emitted;
    private ScriptedAmiServer server;
    private DemoOfficeDay day;

    @BeforeEach
    void startDemo() {
        server = ScriptedAmiServer.start(ACCOUNT, clock);
        server.seed(office.startupSync(clock));
        server.emit(office.bootEvents(clock));
        emitted = EmittedEvents.of(server, WAIT);
        day = new DemoOfficeDay(office, clock, executor, server.daySink(), 20261125L, SPEED);
        server.pace(SPEED);
        server.onControl(day::release);
        day.start();
    }

    @AfterEach
    void stopDemo() {
        day.stop();
        server.close();
        executor.shutdownNow();
    }

    /** The first external caller the day bridges with a desk. */
    private AmiMessage answeredExternalCaller() {
        Predicate<AmiMessage> answered = event -> event.type().equals("BridgeEnter")
                && event.getOr("Channel", "").startsWith("PJSIP/trunk-") && event.getOr("Context", "").equals("reception");
        java.util.concurrent.atomic.AtomicReference<AmiMessage> found = new java.util.concurrent.atomic.AtomicReference<>();
        emitted.until("a reception call answered", () -> {
            emitted.all().stream().filter(answered)
                    .filter(event -> server.state().channel(event.getOr("Channel", "")).isPresent())
                    .findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    @Test
    void givenAnAnsweredDemoCall_whenTheConsoleHangsItUp_thenItEndsOnceAndTheDayGoesOnWithoutIt() throws IOException {
        AmiMessage caller = answeredExternalCaller();
        String channel = caller.getOr("Channel", "");
        String call = caller.getOr("Linkedid", "");
        long finished = day.callsFinished();

        try (AmiClient console = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage response = console.ask(AmiMessage.of("Action", "Hangup", "Channel", channel, "Cause", "16"));

            assertThat(response.getOr("Message", "")).isEqualTo("Channel Hungup");
        }
        emitted.until("the call's channels gone", () -> server.state().channelsOfCall(call).isEmpty());
        emitted.until("five more demo calls finished", () -> day.callsFinished() >= finished + 6);
        assertThat(emitted.all()).filteredOn(event -> event.type().equals("Hangup")
                && event.getOr("Channel", "").equals(channel)).hasSize(1);
        assertThat(emitted.all()).filteredOn(event -> event.getOr("Linkedid", "").equals(call)
                && event.type().equals("BridgeEnter")).hasSize(2);
    }

    @Test
    void givenADemoCallerPutOnHoldByRedirect_whenRedirectedToAPhone_thenThePhoneRingsAndAnswers() throws IOException {
        AmiMessage caller = answeredExternalCaller();
        String channel = caller.getOr("Channel", "");
        try (AmiClient console = AmiClient.loggedIn(server, ACCOUNT)) {
            assertThat(console.ask(AmiMessage.of("Action", "Redirect", "Channel", channel, "Context", "internal",
                    "Exten", "8002", "Priority", "1")).getOr("Message", "")).isEqualTo("Redirect successful");
            emitted.until("the caller on music on hold, out of the bridge", () -> server.state().channel(channel)
                    .map(held -> held.music() && held.bridgeId().isEmpty()).orElse(false));
            day.stop();

            assertThat(console.ask(AmiMessage.of("Action", "Redirect", "Channel", channel, "Context", "internal",
                    "Exten", "204", "Priority", "1")).getOr("Message", "")).isEqualTo("Redirect successful");
        }
        emitted.until("204 answered and bridged with the caller, music off", () -> server.state().channel(channel)
                .map(back -> !back.music() && !back.bridgeId().isEmpty() && server.state()
                        .channelsInBridge(back.bridgeId()).stream().anyMatch(peer -> peer.name().startsWith("PJSIP/204-")))
                .orElse(false));
        emitted.until("204 hangs up after talking, and the caller's channel goes",
                () -> server.state().channel(channel).isEmpty());
    }
}
