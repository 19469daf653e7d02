package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.AsteriskVersion;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real client library (MD5 login by default) logs in, gets events, pings and reads lists. */
class AsteriskJavaCompatibilityTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private final ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT).seed(AmiTrace.recorded("startup-sync"));
    private final BlockingQueue<ManagerEvent> events = new LinkedBlockingQueue<>();
    private DefaultManagerConnection connection;

    @BeforeEach
    void login() throws Exception {
        connection = new DefaultManagerConnection("127.0.0.1", server.port(), "console", "console-secret");
        connection.addEventListener(events::add);
        connection.login();
    }

    @AfterEach
    void close() {
        connection.logoff();
        server.close();
    }

    @Test
    void givenAsteriskJava_whenLoggedIn_thenMd5ChallengeUsedAndVersion20Detected() {
        assertThat(server.actions("Challenge")).hasSize(1);
        assertThat(server.actions("Login")).singleElement().satisfies(l -> assertThat(l.has("Key")).isTrue());
        assertThat(connection.getVersion()).isEqualTo(AsteriskVersion.ASTERISK_20);
    }

    @Test
    void givenAsteriskJava_whenPing_thenPong() throws Exception {
        ManagerResponse response = connection.sendAction(new PingAction());

        assertThat(response.getResponse()).isEqualTo("Success");
        assertThat(response.getAttribute("ping")).isEqualTo("Pong");
    }

    @Test
    void givenReplayedTrace_whenReceived_thenManagerEventsInOrder() throws Exception {
        AmiTrace trace = AmiTrace.recorded("internal-203-to-204");
        long hangups = trace.events().stream().filter(e -> e.type().equals("Hangup")).count();

        server.emit(trace.events());

        List<ManagerEvent> received = new ArrayList<>();
        while (received.stream().filter(HangupEvent.class::isInstance).count() < hangups) {
            ManagerEvent event = events.poll(AmiClient.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("event %d of the replay", received.size()).isNotNull();
            received.add(event);
        }
        assertThat(received).filteredOn(NewChannelEvent.class::isInstance).first()
                .satisfies(e -> assertThat(((NewChannelEvent) e).getChannel()).startsWith("PJSIP/203-"));
    }

    @Test
    void givenLiveCall_whenCoreShowChannels_thenOneItemPerChannel() throws Exception {
        List<AmiMessage> trace = AmiTrace.recorded("internal-203-to-204").events();
        server.emit(trace.subList(0, trace.size() / 2));
        int live = server.state().coreShowChannels().size();

        ResponseEvents answer = connection.sendEventGeneratingAction(new CoreShowChannelsAction());

        assertThat(live).isPositive();
        assertThat(answer.getEvents()).filteredOn(CoreShowChannelEvent.class::isInstance).hasSize(live);
    }

    @Test
    void givenSeededQueues_whenQueueStatus_thenParamsAndMembers() throws Exception {
        ResponseEvents answer = connection.sendEventGeneratingAction(new QueueStatusAction());

        assertThat(answer.getEvents()).filteredOn(QueueParamsEvent.class::isInstance)
                .extracting(e -> ((QueueParamsEvent) e).getQueue())
                .containsExactly("GeneralQueue", "PersonalQueue202", "PersonalQueue201");
        assertThat(answer.getEvents()).filteredOn(QueueMemberEvent.class::isInstance).hasSize(4);
    }
}
