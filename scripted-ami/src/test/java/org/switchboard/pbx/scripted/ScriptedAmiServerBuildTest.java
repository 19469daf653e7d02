package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server answers as the Asterisk its seed recorded: chan_sip's Asterisk 20 does not know the PJSIP actions
 * and lists its peers; Asterisk 22 greets with AMI 11.0.0, has no chan_sip, and reports no contact as an error.
 */
class ScriptedAmiServerBuildTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private static final AmiTrace CHAN_SIP = AmiTrace.recorded("chan_sip/startup-sync");
    private static final AmiTrace CHAN_SIP_SNAPSHOT = AmiTrace.recorded("chan_sip/startup-sync-snapshot");
    private static final AmiTrace ASTERISK_22 = AmiTrace.recorded("actions/snapshot-no-registrations");

    private ScriptedAmiServer server;

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void givenChanSipSeed_whenPjsipActions_thenUnknownCommandWordForWordAsRecorded() throws IOException {
        server = ScriptedAmiServer.start(ACCOUNT).seed(CHAN_SIP);
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            for (String action : List.of("PJSIPShowContacts", "PJSIPShowEndpoints")) {
                AmiMessage answer = client.ask(AmiMessage.of("Action", action));

                assertThat(answer.without("ActionID")).isEqualTo(CHAN_SIP_SNAPSHOT.responseTo(action).orElseThrow()
                        .without("ActionID"));
            }
            assertThat(client.greeting()).isEqualTo("Asterisk Call Manager/9.0.0");
        }
    }

    @Test
    void givenChanSipSeed_whenSipPeers_thenTheRecordedPeersAndTheirCompletion() throws IOException {
        server = ScriptedAmiServer.start(ACCOUNT).seed(CHAN_SIP);
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            List<AmiMessage> answer = client.list(AmiMessage.of("Action", "SIPpeers"));

            assertThat(answer.get(0).without("ActionID"))
                    .isEqualTo(CHAN_SIP.responseTo("SIPpeers").orElseThrow().without("ActionID"));
            assertThat(answer.subList(1, answer.size() - 1)).map(item -> item.without("ActionID"))
                    .containsExactlyElementsOf(CHAN_SIP.listItems("SIPpeers").stream()
                            .map(item -> item.without("ActionID")).toList());
            assertThat(answer.get(answer.size() - 1).type()).isEqualTo("PeerlistComplete");
            assertThat(answer.get(answer.size() - 1).get("ListItems"))
                    .contains(Integer.toString(answer.size() - 2));
        }
    }

    @Test
    void givenChanSipSeed_whenAPeerRegistersAndUnregisters_thenSipPeersAndSipShowPeerFollow() throws IOException {
        server = ScriptedAmiServer.start(ACCOUNT).seed(CHAN_SIP);
        server.emit(AmiMessage.of("Event", "PeerStatus", "Privilege", "system,all", "ChannelType", "SIP",
                "Peer", "SIP/205", "PeerStatus", "Registered", "Address", "127.0.0.1:5065"));
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            assertThat(peer(client, "205").get("IPaddress")).contains("127.0.0.1");
            assertThat(peer(client, "205").get("IPport")).contains("5065");
            AmiMessage shown = client.ask(AmiMessage.of("Action", "SIPshowpeer", "Peer", "205"));
            assertThat(shown.get("Address-IP")).contains("127.0.0.1");
            assertThat(shown.get("Address-Port")).contains("5065");

            server.emit(AmiMessage.of("Event", "PeerStatus", "Privilege", "system,all", "ChannelType", "SIP",
                    "Peer", "SIP/205", "PeerStatus", "Unregistered", "Cause", "Expired"));

            assertThat(peer(client, "205").get("IPaddress")).contains("-none-");
            assertThat(peer(client, "205").get("IPport")).contains("0");
            assertThat(client.ask(AmiMessage.of("Action", "SIPshowpeer", "Peer", "299")).get("Message"))
                    .contains("Peer not found");
        }
    }

    @Test
    void givenAsterisk22Seed_thenAmi11GreetingVersionsAndNoChanSip() throws IOException {
        server = ScriptedAmiServer.start(ACCOUNT).seed(ASTERISK_22);
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage settings = client.ask(AmiMessage.of("Action", "CoreSettings"));
            AmiMessage sipPeers = client.ask(AmiMessage.of("Action", "SIPpeers"));

            assertThat(client.greeting()).isEqualTo(ASTERISK_22.greeting()).isEqualTo("Asterisk Call Manager/11.0.0");
            assertThat(settings.get("AsteriskVersion")).contains("22.10.1");
            assertThat(settings.get("AMIversion")).contains("11.0.0");
            assertThat(sipPeers.without("ActionID"))
                    .isEqualTo(ASTERISK_22.responseTo("SIPpeers").orElseThrow().without("ActionID"));
        }
    }

    @Test
    void givenNoContactRegistered_whenPjsipShowContacts_thenErrorNoContactsFoundAsRecorded() throws IOException {
        server = ScriptedAmiServer.start(ACCOUNT).seed(ASTERISK_22);
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage answer = client.ask(AmiMessage.of("Action", "PJSIPShowContacts"));

            assertThat(answer.without("ActionID"))
                    .isEqualTo(ASTERISK_22.responseTo("PJSIPShowContacts").orElseThrow().without("ActionID"));
            assertThat(answer.get("Message")).contains("No Contacts found");
        }
    }

    @Test
    void givenPjsipSeed_whenSipPeers_thenUnknownAndTheContactsStillListed() throws IOException {
        server = ScriptedAmiServer.start(ACCOUNT).seed(AmiTrace.recorded("startup-sync"));
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage sipPeers = client.ask(AmiMessage.of("Action", "SIPpeers"));
            List<AmiMessage> contacts = client.list(AmiMessage.of("Action", "PJSIPShowContacts"));

            assertThat(sipPeers.get("Message")).contains(
                    "Invalid/unknown command: SIPpeers. Use Action: ListCommands to show available commands.");
            assertThat(contacts).extracting(AmiMessage::type).contains("ContactList");
        }
    }

    private static AmiMessage peer(AmiClient client, String name) throws IOException {
        return client.list(AmiMessage.of("Action", "SIPpeers")).stream()
                .filter(item -> item.getOr("ObjectName", "").equals(name)).findFirst().orElseThrow();
    }
}
