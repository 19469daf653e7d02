package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Emitting and replaying events keeps the PBX state, and so the list answers, current. */
class ScriptedAmiServerReplayTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private final ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT).seed(AmiTrace.recorded("startup-sync"));

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void givenAnsweredQueueCall_whenHalfReplayed_thenLiveChannelsAndWhenAllReplayed_thenNone() throws IOException {
        List<AmiMessage> events = AmiTrace.recorded("incoming-queue-answered-202").events();
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            server.emit(events.subList(0, events.size() / 2));
            List<AmiMessage> during = client.list(AmiMessage.of("Action", "CoreShowChannels"));

            server.emit(events.subList(events.size() / 2, events.size()));
            List<AmiMessage> after = client.list(AmiMessage.of("Action", "CoreShowChannels"));

            assertThat(during.subList(1, during.size() - 1)).isNotEmpty().allSatisfy(item -> {
                assertThat(item.type()).isEqualTo("CoreShowChannel");
                assertThat(item.get("Channel")).hasValueSatisfying(c -> assertThat(c).startsWith("PJSIP/"));
            });
            assertThat(after).extracting(AmiMessage::type).containsExactly("Success", "CoreShowChannelsComplete");
            assertThat(server.state().queueSummary("GeneralQueue").get(0).get("Callers")).contains("0");
        }
    }

    @Test
    void givenConnectedClient_whenReplay_thenEveryEventArrivesInOrder() throws IOException {
        AmiTrace trace = AmiTrace.recorded("internal-203-to-204");
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            server.emit(trace.events());

            for (AmiMessage expected : trace.events()) {
                assertThat(client.next()).isEqualTo(expected);
            }
        }
    }

    @Test
    void givenNoClient_whenEmitted_thenStateStillChanges() {
        server.emit(AmiMessage.of("Event", "Newchannel", "Channel", "PJSIP/203-00000001", "ChannelState", "4",
                "ChannelStateDesc", "Ring", "Uniqueid", "1.1", "Linkedid", "1.1"));
        server.emit(AmiMessage.of("Event", "Newexten", "Channel", "PJSIP/203-00000001", "ChannelState", "4",
                "Uniqueid", "1.1", "Application", "Dial", "AppData", "PJSIP/204,30"));

        assertThat(server.state().coreShowChannels()).singleElement().satisfies(channel -> {
            assertThat(channel.get("Application")).contains("Dial");
            assertThat(channel.get("ApplicationData")).contains("PJSIP/204,30");
        });
        assertThat(server.state().status()).singleElement()
                .satisfies(status -> assertThat(status.get("Type")).contains("PJSIP"));
    }

    @Test
    void givenParkTrace_whenReplayedUpToTheParking_thenParkedCallsAndBridgeListShowIt() throws IOException {
        List<AmiMessage> events = AmiTrace.recorded("park-ami-and-pickup").events();
        int parked = indexOf(events, "ParkedCall");
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            server.emit(events.subList(0, parked + 1));
            List<AmiMessage> parkedCalls = client.list(AmiMessage.of("Action", "ParkedCalls"));
            List<AmiMessage> bridges = client.list(AmiMessage.of("Action", "BridgeList", "BridgeType", "parking"));

            server.emit(events.subList(parked + 1, events.size()));

            assertThat(parkedCalls.get(1).get("ParkingSpace")).contains("701");
            assertThat(parkedCalls.get(1).get("ParkeeChannel")).contains("PJSIP/trunk-0000000e");
            assertThat(parkedCalls.get(2).get("Total")).contains("1");
            assertThat(bridges.get(1).get("BridgeName")).contains("default");
            assertThat(server.state().parkedCalls("")).isEmpty();
            assertThat(server.state().coreShowChannels()).isEmpty();
        }
    }

    @Test
    void givenAbandonedQueueCall_whenCallerWaits_thenQueueEntryAndWhenAbandoned_thenCounted() {
        List<AmiMessage> events = AmiTrace.recorded("incoming-queue-abandoned").events();
        int joined = indexOf(events, "QueueCallerJoin");

        server.emit(events.subList(0, joined + 1));
        List<AmiMessage> waiting = server.state().queueStatus("GeneralQueue", "");
        server.emit(events.subList(joined + 1, events.size()));

        assertThat(waiting).filteredOn(item -> item.type().equals("QueueEntry")).singleElement()
                .satisfies(entry -> assertThat(entry.get("Position")).contains("1"));
        assertThat(waiting.get(0).get("Calls")).contains("1");
        assertThat(server.state().queueStatus("GeneralQueue", "").get(0).get("Abandoned")).contains("1");
    }

    @Test
    void givenPauseTrace_whenReplayedHalfway_thenMemberPausedWithReason() {
        List<AmiMessage> events = AmiTrace.recorded("queue-member-pause").events();

        server.emit(events.subList(0, 2));

        assertThat(server.state().queueStatus("GeneralQueue", "PJSIP/201")).filteredOn(i -> i.type().equals("QueueMember"))
                .singleElement().satisfies(member -> {
                    assertThat(member.get("Paused")).contains("1");
                    assertThat(member.get("PausedReason")).contains("Lunch");
                });
        assertThat(server.state().deviceState("Queue:GeneralQueue_pause_PJSIP/201")).isEqualTo("INUSE");
    }

    @Test
    void givenUnregisterTrace_whenReplayed_thenContactGoneAndEndpointUnavailable() {
        server.emit(AmiTrace.recorded("phone-unregister").events());

        assertThat(server.state().contacts()).extracting(c -> c.getOr("Endpoint", "")).doesNotContain("205");
        assertThat(server.state().endpoints()).filteredOn(e -> e.getOr("ObjectName", "").equals("205"))
                .singleElement().satisfies(endpoint -> {
                    assertThat(endpoint.get("DeviceState")).contains("Unavailable");
                    assertThat(endpoint.get("Contacts")).contains("");
                });
    }

    @Test
    void givenRegistrationHalf_whenReplayed_thenContactAppears() {
        List<AmiMessage> events = AmiTrace.recorded("phone-unregister").events();

        server.emit(events.subList(0, indexOf(events, "ContactStatus") + 1));

        assertThat(server.state().contacts()).extracting(c -> c.getOr("Uri", ""))
                .contains("sip:205@127.0.0.1:5065");
        assertThat(server.state().endpoints()).filteredOn(e -> e.getOr("ObjectName", "").equals("205"))
                .singleElement().satisfies(endpoint -> assertThat(endpoint.get("Contacts"))
                        .contains("205/sip:205@127.0.0.1:5065,"));
    }

    private static int indexOf(List<AmiMessage> events, String type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in the trace");
    }
}
