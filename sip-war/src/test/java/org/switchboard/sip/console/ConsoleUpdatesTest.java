package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.console.ClientLink;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.PresenceUpdate.UserPresence;
import org.switchboard.testkit.Await;

class ConsoleUpdatesTest {

    private static final Duration PATIENCE = ConsoleClient.PATIENCE;

    private final ConsoleEndpoint server = new ConsoleEndpoint();
    private ConsoleClient client;
    private ClientLink link;

    @BeforeEach
    void logIn() throws Exception {
        client = server.loggedIn("anna");
        link = server.desk.link("s-anna");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    private static ConsoleUpdate state(long seq) {
        return Updates.state("s-anna", seq);
    }

    @Test
    void whenTheSessionPushesUpdates_thenTheyArriveInOrderAsMessagesOverTheClientsOwnConnection() {
        for (long seq = 1; seq <= 25; seq++) {
            link.push(state(seq));
        }

        List<Long> seqs = new ArrayList<>();
        List<Long> cseqs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            SipText message = client.awaitRequest();
            assertThat(message.method()).isEqualTo("MESSAGE");
            assertThat(message.header("Content-Type")).hasValue(ConsoleMediaTypes.UPDATE);
            assertThat(message.header("Switchboard-Session")).hasValue("s-anna");
            assertThat(Updates.of(message)).isEqualTo(state(i + 1));
            seqs.add(Updates.of(message).seq());
            cseqs.add(message.cseq());
        }
        assertThat(seqs).isSortedAccordingTo(Long::compare).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 25).boxed().toList());
        assertThat(cseqs).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(server.desk.lost).isEmpty();
    }

    @Test
    void givenTheClientHasNotAnswered_thenNoSecondUpdateIsSent() {
        client.answering.set(false);
        link.push(state(1));
        link.push(state(2));

        SipText first = client.awaitRequest();
        client.options(); // a round trip on the connection: the server has had time to send more

        assertThat(Updates.of(first).seq()).isEqualTo(1);
        assertThat(client.receivedRequests()).isEmpty();
    }

    @Test
    void givenASlowClient_whenPhoneChangesPileUp_thenTheyWaitAsOneBatchWithTheNewestStatusPerExtension_numberedWithoutGap() {
        client.answering.set(false);
        link.push(state(1));
        SipText first = client.awaitRequest();
        long seq = 1;
        PhoneStatus[] statuses = PhoneStatus.values();
        for (int i = 0; i < 32; i++) {
            link.push(state(++seq));
            link.push(Updates.phones("s-anna", ++seq, false, "20" + (i % 3), statuses[i % statuses.length]));
        }

        client.answering.set(true);
        client.answer(first);
        List<ConsoleUpdate> received = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            received.add(Updates.of(client.awaitRequest()));
        }
        client.options(); // a round trip: anything else the server had queued would have come by now

        assertThat(received.get(0)).isEqualTo(state(2));
        assertThat(received.get(1)).isEqualTo(Updates.phones("s-anna", 3, false, "202", statuses[29 % statuses.length],
                "200", statuses[30 % statuses.length], "201", statuses[31 % statuses.length]));
        assertThat(received.subList(2, 33)).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(4, 34).mapToObj(n -> state(n)).toList());
        assertThat(client.receivedRequests()).isEmpty();
        assertThat(server.desk.lost).isEmpty();
    }

    @Test
    void givenTenThousandColleagues_whenTheirListingsAndThenABurstOfTheirChangesArePushed_thenTheClientKeepsUpWithoutAGap() {
        int colleagues = 10_000;
        long[] seq = {0};
        link.push(state(++seq[0]));
        PhonesUpdate.batches("s-anna", () -> ++seq[0], true, IntStream.range(0, colleagues)
                .mapToObj(i -> new PhonesUpdate.PhoneView(Integer.toString(10_000 + i), "PJSIP/" + (10_000 + i),
                        PhoneStatus.IDLE, true)).toList()).forEach(link::push);
        PresenceUpdate.batches("s-anna", () -> ++seq[0], true, presence(colleagues, 1, PresenceUpdate.Status.OFFLINE))
                .forEach(link::push);
        // the burst: every colleague changes twice, one change per update, as the desk pushes them
        for (int version = 2; version <= 3; version++) {
            for (UserPresence change : presence(colleagues, version, PresenceUpdate.Status.AVAILABLE)) {
                link.push(new PresenceUpdate("s-anna", ++seq[0], false, List.of(change)));
            }
        }

        List<ConsoleUpdate> received = new ArrayList<>();
        Map<String, UserPresence> known = new HashMap<>();
        Await.until("the newest presence of every colleague", () -> {
            for (SipText message = client.receivedRequests().isEmpty() ? null : client.awaitRequest(); message != null;
                    message = client.receivedRequests().isEmpty() ? null : client.awaitRequest()) {
                ConsoleUpdate update = Updates.of(message);
                received.add(update);
                if (update instanceof PresenceUpdate presence) {
                    if (presence.full()) {
                        known.clear();
                    }
                    presence.users().forEach(user -> known.put(user.user(), user));
                }
            }
            return known.size() == colleagues && known.values().stream().allMatch(user -> user.version() == 3);
        }, PATIENCE.multipliedBy(3));

        // numbered without a gap, so a client has no reason to send RESYNC
        assertThat(received).extracting(ConsoleUpdate::seq).containsExactlyElementsOf(
                LongStream.rangeClosed(1, received.size()).boxed().toList());
        assertThat(received.size()).isLessThan(colleagues);
        assertThat(server.desk.lost).isEmpty();
    }

    private static List<UserPresence> presence(int count, long version, PresenceUpdate.Status status) {
        return IntStream.range(0, count).mapToObj(i -> new UserPresence(Integer.toString(10_000 + i), status, "",
                false, version)).toList();
    }

    @Test
    void theUpdatesOfALink_shareItsCallIdAndFromTag_eachWithItsOwnBranchAndCSeq() {
        for (long seq = 1; seq <= 3; seq++) {
            link.push(state(seq));
        }

        List<SipText> messages = List.of(client.awaitRequest(), client.awaitRequest(), client.awaitRequest());

        assertThat(messages).extracting(message -> message.header("Call-ID").orElseThrow()).containsOnly(
                messages.get(0).header("Call-ID").orElseThrow());
        assertThat(messages).extracting(message -> message.header("From").orElseThrow()).containsOnly(
                messages.get(0).header("From").orElseThrow()).allMatch(from -> from.contains(";tag="));
        assertThat(messages).extracting(message -> message.header("To").orElseThrow()).containsOnly(
                "<sip:anna@127.0.0.1>");
        assertThat(messages).extracting(SipText::cseq).containsExactly(messages.get(0).cseq(),
                messages.get(0).cseq() + 1, messages.get(0).cseq() + 2);
        List<String> branches = messages.stream().map(message -> message.header("Via").orElseThrow()
                .replaceAll(".*;branch=([^;]+).*", "$1")).toList();
        assertThat(branches).doesNotHaveDuplicates().allMatch(branch -> branch.startsWith("z9hG4bK"));
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.startLine()).startsWith("MESSAGE sip:anna@127.0.0.1:" + client.localPort()
                    + ";transport=tcp ");
            assertThat(message.header("Via").orElseThrow()).startsWith("SIP/2.0/TCP 127.0.0.1:" + server.port);
            assertThat(message.header("Max-Forwards")).hasValue("70");
        });
    }

    @Test
    void givenAnAnswerWithAnotherCSeqOrCallId_thenTheUpdateStillWaits_untilItsOwnAnswerComes() {
        client.answering.set(false);
        link.push(state(1));
        link.push(state(2));
        SipText first = client.awaitRequest();

        client.write(answer(first, "200 OK", "Call-ID: " + first.header("Call-ID").orElseThrow(),
                "CSeq: " + (first.cseq() + 1) + " MESSAGE"));
        client.write(answer(first, "200 OK", "Call-ID: another-" + first.header("Call-ID").orElseThrow(),
                "CSeq: " + first.header("CSeq").orElseThrow()));
        client.write(answer(first, "200 OK", "Call-ID: " + first.header("Call-ID").orElseThrow(),
                "CSeq: " + first.cseq() + " OPTIONS"));
        client.options(); // a round trip: a wrongly matched answer would have let the second update go by now

        assertThat(client.receivedRequests()).isEmpty();
        client.answering.set(true);
        client.answer(first);
        assertThat(Updates.of(client.awaitRequest())).isEqualTo(state(2));
        assertThat(server.desk.lost).isEmpty();
    }

    /** A response to {@code request} with this status and these Call-ID and CSeq lines. */
    private static String answer(SipText request, String status, String callIdLine, String cseqLine) {
        return "SIP/2.0 " + status + "\r\n"
                + "Via: " + request.header("Via").orElseThrow() + "\r\n"
                + "From: " + request.header("From").orElseThrow() + "\r\n"
                + "To: " + request.header("To").orElseThrow() + ";tag=c\r\n"
                + callIdLine + "\r\n"
                + cseqLine + "\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    @Test
    void givenTheClientStopsAnswering_thenItsLinkIsReportedLostOnceAfterTheAnswerTimeout() {
        client.answering.set(false);
        link.push(state(1));
        client.awaitRequest();

        server.clock.advance(ConsoleEndpoint.SETTINGS.answerTimeout().plusSeconds(1));

        Await.until("the desk to hear the link is lost", () -> !server.desk.lost.isEmpty(), PATIENCE);
        assertThat(server.desk.lost).hasSize(1);
        assertThat(server.desk.lost.get(0).sessionId()).isEqualTo("s-anna");
        assertThat(server.desk.lost.get(0).reason()).isEqualTo("update 1 unanswered for 10 s");
        assertThat(server.transport.openLinks()).isZero();
    }

    @Test
    void givenTheClientAnswers481_thenItsLinkIsLost() {
        client.answering.set(false);
        link.push(state(1));
        SipText message = client.awaitRequest();

        client.write(answer(message, "481 Call/Transaction Does Not Exist",
                "Call-ID: " + message.header("Call-ID").orElseThrow(), "CSeq: " + message.header("CSeq").orElseThrow()));

        Await.until("the desk to hear the link is lost", () -> !server.desk.lost.isEmpty(), PATIENCE);
        assertThat(server.desk.lost.get(0).reason()).isEqualTo("the client answered update 1 with 481");
    }

    @Test
    void givenTheClientIsSilentForTwiceTheKeepAlive_thenItsLinkIsLost() {
        Duration keepAlive = ConsoleEndpoint.SETTINGS.keepAlive();

        server.clock.advance(keepAlive.multipliedBy(2).plusSeconds(1));

        Await.until("the desk to hear the link is lost", () -> !server.desk.lost.isEmpty(), PATIENCE);
        assertThat(server.desk.lost.get(0).reason()).isEqualTo("nothing heard for 60 s (a keep-alive is due every 30 s)");
    }

    @Test
    void givenKeepAliveOptionsOnTheConnection_thenTheLinkStays() {
        Duration keepAlive = ConsoleEndpoint.SETTINGS.keepAlive();
        server.stopScheduledChecks(); // the test runs the checks itself

        for (int i = 0; i < 4; i++) {
            server.clock.advance(keepAlive);
            assertThat(client.options().status()).isEqualTo(200);
            server.transport.links().check();
        }
        assertThat(server.desk.lost).isEmpty();

        server.clock.advance(keepAlive.multipliedBy(2).plusSeconds(1));
        server.transport.links().check();
        assertThat(server.desk.lost).hasSize(1);
    }

    @Test
    void givenAnOptionsFromAnotherConnection_thenItDoesNotKeepTheLinkAlive() throws Exception {
        server.stopScheduledChecks();
        try (ConsoleClient other = new ConsoleClient(server.port)) {
            server.clock.advance(ConsoleEndpoint.SETTINGS.keepAlive().multipliedBy(2).plusSeconds(1));
            assertThat(other.options().status()).isEqualTo(200);
            server.transport.links().check();

            assertThat(server.desk.lost).hasSize(1);
        }
    }

    @Test
    void whenTheClientClosesItsConnection_thenTheLinkIsLostAtOnce() throws Exception {
        client.close();

        Await.until("the desk to hear the link is lost", () -> !server.desk.lost.isEmpty(), PATIENCE);
        assertThat(server.desk.lost).containsExactly(new TestDesk.Lost("s-anna", "connection closed"));
        assertThat(server.transport.openLinks()).isZero();
    }

    @Test
    void whenTheDeskClosesTheLink_thenPushedUpdatesAreDeliveredFirstAndNoLossIsReported() {
        link.push(state(1));
        link.push(state(2));
        link.close("replaced by a newer log in");
        link.push(state(3));

        assertThat(Updates.of(client.awaitRequest()).seq()).isEqualTo(1);
        assertThat(Updates.of(client.awaitRequest()).seq()).isEqualTo(2);
        Await.until("the link to close", () -> server.transport.openLinks() == 0, PATIENCE);
        assertThat(client.receivedRequests()).isEmpty();
        assertThat(server.desk.lost).isEmpty();
    }

    @Test
    void givenTheDeskClosedTheLinkForALogInElsewhere_whenTheOldConnectionDies_thenNoLossIsReported() throws Exception {
        client.answering.set(false);
        link.push(state(1));
        client.awaitRequest();
        try (ConsoleClient elsewhere = new ConsoleClient(server.port)) {
            assertThat(elsewhere.logIn("anna", "secret", "SHA-256").status()).isEqualTo(200);

            client.close();

            Await.until("only the new link to be left", () -> server.transport.openLinks() == 1, PATIENCE);
            assertThat(server.desk.lost).isEmpty();
            assertThat(elsewhere.command("{\"command\":\"RESYNC\",\"seq\":2}").status()).isEqualTo(200);
        }
    }

    @Test
    void givenASecondLogInOnTheSameConnection_thenTheOldLinksLastUpdatesArriveBeforeTheNewLinksFirst() {
        client.answering.set(false);
        link.push(state(1));
        SipText first = client.awaitRequest();
        link.push(state(2));

        assertThat(client.logIn("anna", "secret", "SHA-256").status()).isEqualTo(200);
        server.desk.link("s-anna").push(state(3));
        client.options(); // a round trip: the new link would have sent by now, were it not waiting
        assertThat(client.receivedRequests()).isEmpty();
        client.answering.set(true);
        client.answer(first);

        assertThat(Updates.of(client.awaitRequest()).seq()).isEqualTo(2);
        assertThat(Updates.of(client.awaitRequest()).seq()).isEqualTo(3);
        assertThat(server.desk.lost).isEmpty();
    }

    @Test
    void givenASecondLogInOnTheSameConnection_thenTheNewLinkCarriesTheSessionAndCommandsStillWork() {
        SipText again = client.logIn("anna", "secret", "SHA-256");
        ClientLink newer = server.desk.link("s-anna");

        newer.push(state(9));

        assertThat(again.status()).isEqualTo(200);
        assertThat(newer).isNotSameAs(link);
        assertThat(Updates.of(client.awaitRequest()).seq()).isEqualTo(9);
        assertThat(client.command("{\"command\":\"RESYNC\",\"seq\":2}").status()).isEqualTo(200);
        assertThat(server.desk.lost).isEmpty();
    }
}
