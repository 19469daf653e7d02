package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;
import org.switchboard.pbx.scripted.demo.ReceptionLine;
import org.switchboard.pbx.scripted.state.ChannelView;

/**
 * The demo PBX of {@code ./start.sh}: a console logs a desk in with QueueAdd, the reception callers the PBX
 * carries ring it and its phone answers, and the day's own scripts leave the desk and the consoles' calls alone.
 */
class ConsoleReceptionDemoTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AmiAccount ACCOUNT = AmiAccount.of("demo", "demo-secret");
    private static final double SPEED = 100;

    private final Clock clock = Clock.systemUTC();
    private final DemoOffice office = DemoOffice.consoleReception();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2);
    private ScriptedAmiServer server;
    private EmittedEvents emitted;
    private DemoOfficeDay day;
    private AmiClient console;

    @BeforeEach
    void startDemo() throws IOException {
        server = ScriptedAmiServer.start(ACCOUNT, clock);
        server.seed(office.startupSync(clock));
        server.emit(office.bootEvents(clock));
        emitted = EmittedEvents.of(server, WAIT);
        server.pace(SPEED);
        day = new DemoOfficeDay(office, clock, executor, server.daySink(), 20261126L, SPEED)
                .reception(ReceptionLine.of(server.office()));
        server.onControl(day::release);
        console = AmiClient.loggedIn(server, ACCOUNT);
    }

    @AfterEach
    void stopDemo() throws IOException {
        console.close();
        day.stop();
        server.close();
        executor.shutdownNow();
    }

    @Test
    void givenADeskLoggedInByAConsole_thenReceptionCallsRingItItsPhoneAnswersAndTheDayScriptsNothingOnIt()
            throws IOException {
        assertThat(server.state().queueStatus("GeneralQueue", "")).noneMatch(item -> item.type().equals("QueueMember"));
        AmiMessage added = console.ask(AmiMessage.of("Action", "QueueAdd", "Queue", "GeneralQueue",
                "Interface", "PJSIP/201", "MemberName", "Desk 1", "Paused", "false"));
        assertThat(added.get("Message")).contains("Added interface to queue");
        int loggedInAt = emitted.all().size();
        day.start();

        emitted.until("a reception call answered at 201", () -> after(loggedInAt).stream().anyMatch(event ->
                event.type().equals("AgentConnect") && event.getOr("Interface", "").equals("PJSIP/201")));

        List<AmiMessage> since = after(loggedInAt);
        Set<String> receptionCalls = since.stream().filter(event -> event.type().equals("QueueCallerJoin"))
                .map(event -> event.getOr("Linkedid", "")).collect(java.util.stream.Collectors.toSet());
        assertThat(since).filteredOn(event -> event.type().equals("Newchannel")
                        && event.getOr("Channel", "").startsWith("PJSIP/201-"))
                .isNotEmpty()
                .allSatisfy(desk -> assertThat(receptionCalls).contains(desk.getOr("Linkedid", "")));
    }

    @Test
    void givenNobodyLoggedIn_thenReceptionCallersWaitAndGiveUpButNotOnceAConsoleTookThemElsewhere()
            throws IOException {
        day.start();
        // the events heard, not the PBX state: the state has an event applied before its watchers hear it
        emitted.until("a caller waiting", () -> !emitted.ofType("QueueCallerJoin").isEmpty());
        AmiMessage join = emitted.ofType("QueueCallerJoin").get(0);
        String caller = join.getOr("Channel", "");

        AmiMessage held = console.ask(AmiMessage.of("Action", "Redirect", "Channel", caller, "Context", "internal",
                "Exten", "8002", "Priority", "1"));
        assertThat(held.get("Message")).contains("Redirect successful");
        emitted.until("the caller on music", () -> server.state().channel(caller).filter(ChannelView::music).isPresent());

        assertThat(server.office().giveUpIfWaiting(caller)).isFalse();
        assertThat(server.state().channel(caller)).isPresent();
        emitted.until("another caller gave up", () -> emitted.ofType("QueueCallerAbandon").stream()
                .anyMatch(abandon -> !abandon.getOr("Channel", "").equals(caller)));
        assertThat(server.state().channel(caller)).as("the held caller").isPresent();
    }

    private List<AmiMessage> after(int index) {
        List<AmiMessage> all = emitted.all();
        return all.subList(Math.min(index, all.size()), all.size());
    }
}
