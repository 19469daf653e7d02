package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The faults a test can inject, and a close that leaves nothing running. */
class ScriptedAmiServerFaultTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private static final Duration SILENCE = Duration.ofMillis(300);

    private static AmiMessage newchannel(String uniqueId) {
        return AmiMessage.of("Event", "Newchannel", "Channel", "PJSIP/201-" + uniqueId, "ChannelState", "4",
                "Uniqueid", uniqueId, "Linkedid", uniqueId);
    }

    @Test
    void givenLoggedInClient_whenDropConnections_thenSocketClosedAndStateKept() throws IOException {
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT);
             AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            server.emit(newchannel("1.1"));

            server.dropConnections();

            assertThat(client.closedByServer()).isTrue();
            assertThat(server.connections()).isZero();
            assertThat(server.state().coreShowChannels()).hasSize(1);
            try (AmiClient again = AmiClient.loggedIn(server, ACCOUNT)) {
                assertThat(again.list(AmiMessage.of("Action", "CoreShowChannels"))).hasSize(3);
            }
        }
    }

    @Test
    void givenCallsAndUptime_whenRestartPbx_thenCallsGoneAndNextLoginSeesSmallUptime() throws IOException {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-21T22:38:26Z"));
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT, clock).seed(AmiTrace.recorded("startup-sync"));
             AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            server.emit(newchannel("1.1"));
            clock.advance(Duration.ofHours(5));

            server.restartPbx();
            clock.advance(Duration.ofSeconds(2));

            assertThat(client.closedByServer()).isTrue();
            try (AmiClient again = AmiClient.connect(server)) {
                again.ask(AmiMessage.of("Action", "Login", "Username", "console", "Secret", "console-secret"));
                assertThat(again.nextEvent("FullyBooted").get("Uptime")).contains("2");
            }
            assertThat(server.state().coreShowChannels()).isEmpty();
            assertThat(server.state().queueStatus("", "")).isNotEmpty();
        }
    }

    @Test
    void givenFrozenServer_whenPing_thenSilenceUntilThaw() throws IOException {
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT);
             AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            server.freeze();
            String id = client.send(AmiMessage.of("Action", "Ping"));
            server.emit(newchannel("1.1"));

            assertThat(client.nextWithin(SILENCE)).isEmpty();
            assertThat(server.connections()).isEqualTo(1);

            server.thaw();
            assertThat(client.responseTo(id).get("Ping")).contains("Pong");
        }
    }

    @Test
    void givenRefusing_whenConnect_thenClosedBeforeGreetingAndLaterAccepted() throws IOException {
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT)) {
            server.refuseConnections(true);
            try (AmiClient refused = AmiClient.connect(server)) {
                assertThat(refused.greeting()).isEmpty();
            }

            server.refuseConnections(false);
            try (AmiClient accepted = AmiClient.connect(server)) {
                assertThat(accepted.greeting()).isEqualTo("Asterisk Call Manager/9.0.0");
            }
        }
    }

    @Test
    void givenConnectedClient_whenSendRaw_thenBytesArriveAsWritten() throws IOException {
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT);
             AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            server.sendRaw("Event: SomethingNew\r\nbroken line\r\n\r\n");

            assertThat(client.next().type()).isEqualTo("SomethingNew");
        }
    }

    @Test
    void givenClientsAndPacedReplay_whenClose_thenNoServerThreadLeft() throws Exception {
        ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT);
        AmiClient first = AmiClient.loggedIn(server, ACCOUNT);
        AmiClient second = AmiClient.connect(server);
        java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
        Thread replay = new Thread(() -> new Pacing(0.001, stop).play(AmiTrace.recorded("hold-resume").events(),
                server::emit), "paced-replay");
        replay.start();
        String prefix = ScriptedAmiServer.THREAD_PREFIX + server.port() + "-";
        assertThat(threadsNamed(prefix)).hasSize(3);

        server.close();
        stop.countDown();
        replay.join(AmiClient.PATIENCE.toMillis());

        assertThat(threadsNamed(prefix)).isEmpty();
        assertThat(replay.isAlive()).isFalse();
        assertThat(first.closedByServer()).isTrue();
        second.close();
        first.close();
    }

    private static java.util.List<String> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith(prefix))
                .toList();
    }
}
