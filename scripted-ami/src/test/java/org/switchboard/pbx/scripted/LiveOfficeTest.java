package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journeys of a console, driven on the recorded office (GeneralQueue rings desks 201 and 202; personal queues
 * 201 and 202): callers from the trunk, phones that answer when the test says so, and the console's actions
 * over AMI, with the event sequences of the recordings.
 */
class LiveOfficeTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT).seed(AmiTrace.recorded("startup-sync"));
    private final EmittedEvents emitted = EmittedEvents.of(server, WAIT);
    private LiveOffice office;
    private AmiClient console;

    @BeforeEach
    void start() throws IOException {
        server.pace(50);
        office = server.office().answerOnCommand();
        console = AmiClient.loggedIn(server, ACCOUNT);
    }

    @AfterEach
    void close() throws IOException {
        console.close();
        server.close();
    }

    @Test
    void givenATrunkCallToTheReception_whenADeskAnswers_thenTheOtherStopsRingingAndCallerAndDeskAreBridged() {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");

        assertThat(office.phone("201").ringing()).isTrue();
        assertThat(office.phone("202").ringing()).isTrue();
        assertThat(events("QueueCallerJoin")).singleElement()
                .satisfies(join -> assertThat(join.get("Queue")).contains("GeneralQueue"));
        assertThat(events("Hangup")).singleElement().satisfies(probe -> {
            assertThat(probe.getOr("Channel", "")).startsWith("PJSIP/npa10001-");
            assertThat(probe.get("Cause")).contains("21");
            assertThat(probe.get("Linkedid")).contains(caller.callId());
        });

        String desk = office.phone("202").answer();

        assertThat(events("DialEnd")).filteredOn(end -> end.getOr("DestChannel", "").equals(desk))
                .singleElement().satisfies(end -> assertThat(end.get("DialStatus")).contains("ANSWER"));
        assertThat(events("DialEnd")).filteredOn(end -> end.getOr("DestChannel", "").startsWith("PJSIP/201-"))
                .hasSize(2).allSatisfy(end -> assertThat(end.get("DialStatus")).contains("CANCEL"));
        assertThat(events("Hangup")).filteredOn(channelStarts("PJSIP/201-")).singleElement()
                .satisfies(hangup -> assertThat(hangup.get("Cause")).contains("26"));
        assertThat(types()).containsSubsequence("QueueCallerLeave", "AgentConnect", "BridgeCreate", "BridgeEnter",
                "BridgeEnter");
        assertThat(server.state().channel(caller.channel()).orElseThrow().bridgeId())
                .isEqualTo(server.state().channel(desk).orElseThrow().bridgeId()).isNotEmpty();
        assertThat(office.phone("201").busy()).isFalse();
    }

    @Test
    void givenDesk202PausedInItsQueue_whenATrunkCallWaitsThere_thenNoPhoneRingsUntilRedirectedToTheDesk()
            throws IOException {
        assertThat(ask(AmiMessage.of("Action", "QueuePause", "Queue", "PersonalQueue202",
                "Interface", "PJSIP/202", "Paused", "true", "Reason", "Takeback")).get("Message"))
                .contains("Interface paused successfully");
        LiveOffice.Caller caller = office.trunkCallsQueue("9202");
        assertThat(events("QueueCallerJoin")).singleElement()
                .satisfies(join -> assertThat(join.get("Queue")).contains("PersonalQueue202"));
        assertThat(office.phone("202").ringing()).isFalse();
        assertThat(events("AgentCalled")).isEmpty();

        assertThat(redirect(caller.channel(), "202").get("Message")).contains("Redirect successful");
        office.phone("202").answer();

        assertThat(types()).containsSubsequence("QueueCallerAbandon", "QueueCallerLeave", "DialBegin", "DialEnd",
                "BridgeEnter");
        assertThat(server.state().channel(caller.channel()).orElseThrow().bridgeId()).isNotEmpty();
    }

    @Test
    void givenAColleagueAddedToTheQueueUnpaused_whenACallerWaits_thenItsPhoneRingsAndAPausedOneDoesNot()
            throws IOException {
        ask(AmiMessage.of("Action", "QueuePause", "Interface", "PJSIP/201", "Paused", "true"));
        ask(AmiMessage.of("Action", "QueuePause", "Interface", "PJSIP/202", "Paused", "true"));
        office.trunkCallsQueue("9000");
        assertThat(office.phone("201").ringing() || office.phone("202").ringing()).isFalse();

        assertThat(ask(AmiMessage.of("Action", "QueueAdd", "Queue", "GeneralQueue", "Interface", "PJSIP/203",
                "MemberName", "Alice Martin", "Paused", "false")).get("Message")).contains("Added interface to queue");

        emitted.until("203 rings", () -> office.phone("203").ringing());
        assertThat(events("AgentCalled")).singleElement()
                .satisfies(called -> assertThat(called.get("MemberName")).contains("Alice Martin"));
        office.phone("203").answer();
        assertThat(types()).contains("AgentConnect");
    }

    @Test
    void givenAWaitingCaller_whenItHangsUp_thenItAbandonsAsRecordedAndARedirectOfItIsRefused() throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");

        office.hangUp(caller);

        assertThat(events("HangupRequest")).filteredOn(channelStarts(caller.channel())).singleElement()
                .satisfies(request -> assertThat(request.get("Cause")).contains("127"));
        assertThat(types()).containsSubsequence("QueueCallerAbandon", "QueueCallerLeave", "Hangup");
        assertThat(events("Hangup")).filteredOn(channelStarts(caller.channel())).singleElement()
                .satisfies(hangup -> assertThat(hangup.get("Cause")).contains("127"));
        assertThat(office.phone("201").busy() || office.phone("202").busy()).isFalse();
        assertThat(redirect(caller.channel(), "203").get("Message")).contains("Channel does not exist: " + caller.channel());
        assertThat(ask(AmiMessage.of("Action", "Hangup", "Channel", caller.channel())).get("Message"))
                .contains("No such channel");
    }

    @Test
    void givenAParkedCaller_whenRedirectedToADeskBeforeTheTimeout_thenItGivesUpItsSpaceAndTheDeskRings()
            throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        String desk = office.phone("202").answer();
        assertThat(ask(AmiMessage.of("Action", "Park", "Channel", caller.channel(), "TimeoutChannel", desk,
                "Timeout", "600000")).get("Message")).contains("Park successful");
        assertThat(server.state().parkedCalls("")).hasSize(1);

        redirect(caller.channel(), "201");

        assertThat(types()).containsSubsequence("ParkedCall", "MusicOnHoldStop", "ParkedCallGiveUp", "BridgeLeave");
        assertThat(server.state().parkedCalls("")).isEmpty();
        office.phone("201").answer();
        assertThat(server.state().channel(caller.channel()).orElseThrow().bridgeId()).isNotEmpty();
    }

    @Test
    void givenAQueueCallAnswered_whenTheDeskHoldsItOnMusicAndTheCallerHangsUp_thenAgentCompleteComesBeforeItsHangup()
            throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        office.phone("202").answer();
        redirect(caller.channel(), "8002");
        assertThat(events("AgentComplete")).isEmpty();

        office.hangUp(caller);

        assertThat(events("AgentComplete")).singleElement().satisfies(complete -> {
            assertThat(complete.get("Channel")).contains(caller.channel());
            assertThat(complete.get("Interface")).contains("PJSIP/202");
            assertThat(complete.get("Reason")).contains("caller");
            assertThat(complete.has("DestChannel")).isFalse();
        });
        List<String> order = emitted.all().stream().filter(event -> event.getOr("Channel", "").equals(caller.channel()))
                .map(AmiMessage::type).toList();
        assertThat(order.subList(order.size() - 2, order.size())).containsExactly("AgentComplete", "Hangup");
    }

    @Test
    void givenAQueueCallCoupledByTheBridgeAction_whenItEnds_thenNoAgentComplete() throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        office.phone("202").answer();
        redirect(caller.channel(), "8002");
        LiveOffice.Caller colleague = office.phone("203").dials("204");
        office.phone("204").answer();
        ask(AmiMessage.of("Action", "Bridge", "Channel1", caller.channel(), "Channel2", colleague.channel()));

        office.hangUp(caller);

        assertThat(events("AgentComplete")).isEmpty();
        assertThat(office.alive(caller.channel())).isFalse();
    }

    @Test
    void givenAParkedCaller_whenRedirectedToTheReceptionNumber_thenItQueuesAgainAndTheDesksRing() throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9201");
        String desk = office.phone("201").answer();
        ask(AmiMessage.of("Action", "Park", "Channel", caller.channel(), "TimeoutChannel", desk));

        redirect(caller.channel(), "9000");

        assertThat(events("QueueCallerJoin")).extracting(join -> join.getOr("Queue", ""))
                .containsExactly("PersonalQueue201", "GeneralQueue");
        assertThat(office.phone("201").ringing()).isTrue();
        assertThat(office.phone("202").ringing()).isTrue();
        office.phone("202").answer();
        assertThat(server.state().channel(caller.channel()).orElseThrow().bridgeId()).isNotEmpty();
    }

    @Test
    void givenACallerRedirectedToAColleagueWhoDoesNotAnswer_thenAfterTheDialTimeTheCallEnds() throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        office.phone("202").answer();

        redirect(caller.channel(), "204");
        assertThat(office.phone("204").ringing()).isTrue();

        emitted.until("the caller's end", () -> !office.alive(caller.channel()));
        assertThat(events("DialEnd")).extracting(end -> end.getOr("DialStatus", "")).contains("NOANSWER");
        assertThat(office.phone("204").busy()).isFalse();
    }

    @Test
    void givenTwoParkedCallers_whenOneIsHungUpAndTheOtherBridgedToADesk_thenEachLeavesAloneAndTheLotStays()
            throws IOException {
        LiveOffice.Caller first = office.trunkCallsQueue("9201");
        String desk1 = office.phone("201").answer();
        ask(AmiMessage.of("Action", "Park", "Channel", first.channel(), "TimeoutChannel", desk1));
        LiveOffice.Caller second = office.trunkCallsQueue("9202");
        String desk2 = office.phone("202").answer();
        ask(AmiMessage.of("Action", "Park", "Channel", second.channel(), "TimeoutChannel", desk2));
        assertThat(server.state().parkedCalls("")).hasSize(2);

        assertThat(ask(AmiMessage.of("Action", "Hangup", "Channel", first.channel())).get("Message"))
                .contains("Channel Hungup");
        assertThat(office.alive(second.channel())).isTrue();
        assertThat(server.state().bridges("parking")).hasSize(1);

        LiveOffice.Caller desk = office.phone("201").dials("205");
        office.phone("205").answer();
        assertThat(ask(AmiMessage.of("Action", "Bridge", "Channel1", second.channel(), "Channel2", desk.channel()))
                .get("Message")).contains("Channels have been bridged");

        assertThat(events("ParkedCallGiveUp")).hasSize(2);
        assertThat(server.state().parkedCalls("")).isEmpty();
        assertThat(server.state().channel(second.channel()).orElseThrow().bridgeId())
                .isEqualTo(server.state().channel(desk.channel()).orElseThrow().bridgeId());
        assertThat(server.state().bridges("parking")).hasSize(1);
    }

    @Test
    void givenARingingPhone_whenItsUserRejectsTheCall_thenAQueueRingsOnAndATransferEndsBusy() throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");

        office.phone("201").hangUp();

        assertThat(events("DialEnd")).filteredOn(end -> end.getOr("DestChannel", "").startsWith("PJSIP/201-"))
                .singleElement().satisfies(end -> assertThat(end.get("DialStatus")).contains("BUSY"));
        assertThat(office.phone("202").ringing()).isTrue();
        office.phone("202").answer();

        redirect(caller.channel(), "204");
        office.phone("204").hangUp();

        assertThat(events("Hangup")).filteredOn(channelStarts(caller.channel())).singleElement()
                .satisfies(hangup -> assertThat(hangup.get("Cause")).contains("17"));
        assertThat(office.phone("204").busy()).isFalse();
    }

    @Test
    void givenAParkedCaller_whenItHangsUp_thenItGivesUpItsSpace() throws IOException {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        String desk = office.phone("201").answer();
        ask(AmiMessage.of("Action", "Park", "Channel", caller.channel(), "TimeoutChannel", desk));

        office.hangUp(caller);

        assertThat(types()).containsSubsequence("ParkedCall", "HangupRequest", "ParkedCallGiveUp", "BridgeLeave",
                "Hangup");
        assertThat(server.state().parkedCalls("")).isEmpty();
        assertThat(office.alive(caller.channel())).isFalse();
    }

    @Test
    void givenABusyColleague_whenADeskIsOriginatedToIt_thenBusyAndWhenTheColleagueIsFree_thenItRingsAndAnswers()
            throws IOException {
        office.phone("203").dials("204");
        office.phone("204").answer();
        assertThat(office.phone("204").busy()).isTrue();

        ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201", "Context", "internal", "Exten", "204",
                "Priority", "1", "Async", "true"));
        office.phone("201").answer();
        emitted.until("201's leg ends busy", () -> !office.phone("201").busy());
        assertThat(events("DialEnd")).anySatisfy(end -> assertThat(end.get("DialStatus")).contains("BUSY"));

        office.phone("203").hangUp();
        assertThat(events("DeviceStateChange")).anySatisfy(change -> {
            assertThat(change.get("Device")).contains("PJSIP/204");
            assertThat(change.get("State")).contains("NOT_INUSE");
        });
        ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201", "Context", "internal", "Exten", "204",
                "Priority", "1", "Async", "true"));
        office.phone("201").answer();
        office.phone("204").answer();
        assertThat(office.phone("201").channel()).hasValueSatisfying(leg ->
                assertThat(server.state().channel(leg).orElseThrow().bridgeId()).isNotEmpty());
    }

    @Test
    void givenAnOriginateNobodyAnswers_whenItsTimeoutIsOver_thenItFailsAsRingingAndTheLegIsGone() throws IOException {
        ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201", "Context", "internal", "Exten", "204",
                "Priority", "1", "Async", "true", "Timeout", "20000"));
        assertThat(office.phone("201").ringing()).isTrue();

        emitted.until("the OriginateResponse", () -> !events("OriginateResponse").isEmpty());

        assertThat(events("OriginateResponse")).singleElement().satisfies(response -> {
            assertThat(response.get("Response")).contains("Failure");
            assertThat(response.get("Reason")).contains("3");
        });
        assertThat(office.phone("201").busy()).isFalse();
        assertThat(office.phone("201").ringing()).isFalse();
    }

    @Test
    void givenAnOriginatedPhoneRinging_whenItsUserRejectsTheCall_thenTheOriginateFailsAsBusy() throws IOException {
        ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201", "Context", "internal", "Exten", "204",
                "Priority", "1", "Async", "true"));
        assertThat(office.phone("201").ringing()).isTrue();

        office.phone("201").hangUp();

        assertThat(events("OriginateResponse")).singleElement().satisfies(response -> {
            assertThat(response.get("Response")).contains("Failure");
            assertThat(response.get("Reason")).contains("5");
        });
        assertThat(office.phone("201").busy()).isFalse();
    }

    @Test
    void givenPhonesAnsweringOnCommand_whenNothingRings_thenAnswerFailsClearly() {
        assertThatThrownBy(() -> server.office().phone("205").answer())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PJSIP/205 to ring");
        try (ScriptedAmiServer selfAnswering = ScriptedAmiServer.start(ACCOUNT)) {
            assertThatThrownBy(() -> selfAnswering.office().phone("201").answer())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("answerOnCommand()");
        }
    }

    @Test
    void givenAnOriginateWithAChannelId_thenTheDialledLegHasItAsUniqueAndLinkedIdAndAnsweringKeepsIt()
            throws IOException {
        String id = "console-1764151234.88";
        assertThat(ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/202", "Context", "internal",
                "Exten", "204", "Priority", "1", "Async", "true", "ChannelId", id)).get("Message"))
                .contains("Originate successfully queued");
        assertThat(events("Newchannel")).first().satisfies(created -> {
            assertThat(created.get("Uniqueid")).contains(id);
            assertThat(created.get("Linkedid")).contains(id);
        });

        office.phone("202").answer();
        office.phone("204").answer();

        assertThat(events("OriginateResponse")).singleElement().satisfies(response -> {
            assertThat(response.get("Uniqueid")).contains(id);
            assertThat(response.get("Response")).contains("Success");
        });
        assertThat(events("Newchannel")).filteredOn(channelStarts("PJSIP/204-")).singleElement()
                .satisfies(callee -> assertThat(callee.get("Linkedid")).contains(id));
    }

    @Test
    void givenAChannelIdInUseOrTooLong_whenOriginated_thenRefusedAsAsteriskRefusesIt() throws IOException {
        String id = "taken-1";
        ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/202", "Context", "internal", "Exten", "204",
                "Priority", "1", "Async", "true", "ChannelId", id));
        assertThat(ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201", "Context", "internal",
                "Exten", "204", "Priority", "1", "Async", "true", "ChannelId", id)).get("Message"))
                .contains("Originate successfully queued");
        emitted.until("the failure", () -> !events("OriginateResponse").isEmpty());
        assertThat(events("OriginateResponse")).singleElement()
                .satisfies(response -> assertThat(response.get("Response")).contains("Failure"));
        assertThat(events("Newchannel")).hasSize(1);

        AmiMessage tooLong = ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201",
                "Context", "internal", "Exten", "204", "Priority", "1", "Async", "true", "ChannelId", "x".repeat(150)));
        assertThat(tooLong.get("Response")).contains("Error");
        assertThat(tooLong.getOr("Message", "").strip()).isEqualTo("Uniqueid length exceeds maximum of 149");
    }

    /** Redirects the channel to an extension of the internal context, as a console does; returns the response. */
    private AmiMessage redirect(String channel, String exten) throws IOException {
        return ask(AmiMessage.of("Action", "Redirect", "Channel", channel, "Context", "internal", "Exten", exten,
                "Priority", "1"));
    }

    /** Sends the action and returns its response once the events it causes have been emitted. */
    private AmiMessage ask(AmiMessage action) throws IOException {
        long before = server.reactions();
        AmiMessage response = console.ask(action);
        assertThat(server.awaitReactions(before + 1, WAIT)).as("the events of " + action.type()).isTrue();
        return response;
    }

    private List<AmiMessage> events(String type) {
        return emitted.ofType(type);
    }

    private List<String> types() {
        return emitted.all().stream().map(AmiMessage::type).toList();
    }

    private static Predicate<AmiMessage> channelStarts(String prefix) {
        return event -> event.getOr("Channel", "").startsWith(prefix);
    }
}
