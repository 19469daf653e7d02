package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every list action against the seeded PBX, compared with what the real Asterisk answered in startup-sync. */
class ScriptedAmiServerListTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private static final AmiTrace STARTUP = AmiTrace.recorded("startup-sync");
    private final ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT).seed(STARTUP);

    @AfterEach
    void close() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PJSIPShowEndpoints", "PJSIPShowContacts", "QueueStatus", "QueueSummary", "Parkinglots",
        "ExtensionStateList", "DeviceStateList", "ParkedCalls", "Status", "CoreShowChannels"})
    void givenSeededPbx_whenListAction_thenSameItemsAsRecordedAsterisk(String action) throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            List<AmiMessage> answer = client.list(AmiMessage.of("Action", action));

            String recordedId = STARTUP.actions().stream().filter(a -> a.name().equals(action)).findFirst()
                    .orElseThrow().actionId();
            AmiMessage recordedResponse = STARTUP.response(recordedId).orElseThrow();
            List<AmiMessage> items = answer.subList(1, answer.size() - 1);
            assertThat(withoutActionId(answer.get(0))).isEqualTo(withoutActionId(recordedResponse));
            assertThat(items).map(ScriptedAmiServerListTest::withoutActionId)
                    .containsExactlyElementsOf(STARTUP.listItems(action).stream()
                            .map(ScriptedAmiServerListTest::withoutActionId).toList());
            AmiMessage complete = answer.get(answer.size() - 1);
            assertThat(complete.get("EventList")).contains("Complete");
            assertThat(complete.get("ListItems")).contains(Integer.toString(items.size()));
        }
    }

    @Test
    void givenEmptyPbx_whenBridgeList_thenStartAndCompleteWithNoItems() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            List<AmiMessage> answer = client.list(AmiMessage.of("Action", "BridgeList"));

            assertThat(answer).extracting(AmiMessage::type).containsExactly("Success", "BridgeListComplete");
            assertThat(answer.get(1).get("ListItems")).contains("0");
        }
    }

    @Test
    void givenQueueFilter_whenQueueStatus_thenOnlyThatQueue() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            List<AmiMessage> answer = client.list(AmiMessage.of("Action", "QueueStatus", "Queue", "GeneralQueue"));

            assertThat(answer).extracting(AmiMessage::type)
                    .containsExactly("Success", "QueueParams", "QueueMember", "QueueMember", "QueueStatusComplete");
            assertThat(answer.subList(1, 4)).allSatisfy(item -> assertThat(item.get("Queue")).contains("GeneralQueue"));
        }
    }

    @Test
    void givenUnknownMember_whenQueuePause_thenInterfaceNotFoundLikeAsterisk() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage known = client.ask(AmiMessage.of("Action", "QueuePause", "Queue", "GeneralQueue",
                    "Interface", "PJSIP/201", "Paused", "true"));
            AmiMessage unknown = client.ask(AmiMessage.of("Action", "QueuePause", "Queue", "GeneralQueue",
                    "Interface", "PJSIP/209", "Paused", "true"));

            assertThat(known.get("Message")).contains("Interface paused successfully");
            assertThat(unknown.get("Response")).contains("Error");
            assertThat(unknown.get("Message")).contains("Interface not found");
        }
    }

    private static AmiMessage withoutActionId(AmiMessage message) {
        return message.without("ActionID");
    }
}
