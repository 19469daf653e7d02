package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallParked;
import org.switchboard.call.model.CallUnparked;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.model.PbxCommand.DialplanTarget;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.shared.model.CallId;
import org.switchboard.testkit.Await;

/**
 * A console's journeys through the real pipeline: the console's commands go through asterisk-java to the
 * scripted PBX, whose phones and callers the test drives ({@link LiveOffice}), and the call model follows every
 * call from the events the PBX sends back, without an anomaly.
 */
class ConsoleJourneysTest {

    private static final Duration WAIT = Pipeline.WAIT;

    private final Pipeline pipeline = Pipeline.connected();
    private final LiveOffice office = pipeline.server.office().answerOnCommand();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void givenAnOriginateWithAChosenChannelId_thenTheCallModelKnowsTheCallUnderThatId() throws Exception {
        String id = "swb-console-" + System.nanoTime();
        PbxCommand originate = new PbxCommand.Originate("PJSIP/202", DialplanTarget.of("internal", "204"), "",
                Duration.ofSeconds(30), Map.of()).withChannelId(id);

        var result = pipeline.connection.commands().send(originate).toCompletableFuture();
        office.phone("202").answer();
        office.phone("204").answer();
        CommandResult answered = result.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(pipeline.server.actions("Originate")).singleElement()
                .satisfies(sent -> assertThat(sent.get("ChannelId")).contains(id));
        assertThat(answered).isInstanceOfSatisfying(CommandResult.Originated.class, done -> {
            assertThat(done.answered()).isTrue();
            assertThat(done.uniqueId()).isEqualTo(id);
        });
        pipeline.flush();
        assertThat(pipeline.mirror.call(new CallId(id))).isPresent();
        assertThat(pipeline.events(CallAnswered.class)).filteredOn(answer -> answer.call().equals(new CallId(id)))
                .extracting(CallAnswered::device).contains("PJSIP/204");
        assertThat(pipeline.anomalies()).isEmpty();
    }

    @Test
    void givenAQueuedCallAnsweredByADesk_whenHeldOnMusicAndBroughtBackToTheOtherDesk_thenTheModelFollowsItToItsEnd()
            throws Exception {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        CallId call = new CallId(caller.callId());
        pipeline.flush();
        assertThat(pipeline.events(CallOffered.class)).filteredOn(offer -> offer.call().equals(call))
                .extracting(CallOffered::target).contains(new CallOffered.ToQueue("GeneralQueue"));

        office.phone("202").answer();
        send(new PbxCommand.Redirect(caller.channel(), DialplanTarget.of("internal", "8002")));
        send(new PbxCommand.Redirect(caller.channel(), DialplanTarget.of("internal", "201")));
        office.phone("201").answer();
        office.hangUp(caller);
        pipeline.flush();

        assertThat(pipeline.events(CallAnswered.class)).filteredOn(answer -> answer.call().equals(call))
                .extracting(CallAnswered::device).containsExactly("PJSIP/202", "PJSIP/201");
        assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::call).contains(call);
        assertThat(pipeline.mirror.call(call)).isEmpty();
        assertThat(pipeline.anomalies()).isEmpty();
    }

    @Test
    void givenACallerOnHold_whenTheDeskDialsAColleagueAndCouplesThem_thenTheColleagueTalksWithTheCaller()
            throws Exception {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        office.phone("202").answer();
        send(new PbxCommand.Redirect(caller.channel(), DialplanTarget.of("internal", "8002")));
        String consultation = "swb-couple-" + System.nanoTime();
        var dialled = pipeline.connection.commands().send(new PbxCommand.Originate("PJSIP/202",
                DialplanTarget.of("internal", "204"), "", Duration.ofSeconds(30), Map.of()).withChannelId(consultation))
                .toCompletableFuture();
        office.phone("202").answer();
        String colleague = office.phone("204").answer();
        assertThat(dialled.get(WAIT.toSeconds(), TimeUnit.SECONDS).succeeded()).isTrue();

        send(new PbxCommand.Bridge(caller.channel(), colleague, false));
        pipeline.flush();

        CallId call = new CallId(caller.callId());
        assertThat(pipeline.mirror.call(call)).hasValueSatisfying(live -> assertThat(live.activeParties())
                .extracting(party -> party.device()).contains("PJSIP/204"));
        assertThat(office.phone("202").busy()).isFalse();
        office.phone("204").hangUp();
        pipeline.flush();
        assertThat(pipeline.mirror.calls()).isEmpty();
        assertThat(pipeline.anomalies()).isEmpty();
    }

    @Test
    void givenAnAnsweredCaller_whenRedirectedToAColleague_thenTheColleagueRingsAnswersAndTheDeskIsFree()
            throws Exception {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        office.phone("201").answer();

        send(new PbxCommand.Redirect(caller.channel(), DialplanTarget.of("internal", "204")));
        pipeline.flush();
        CallId call = new CallId(caller.callId());
        assertThat(pipeline.events(CallOffered.class)).filteredOn(offer -> offer.call().equals(call))
                .extracting(CallOffered::target).anySatisfy(target ->
                        assertThat(target).isInstanceOfSatisfying(CallOffered.ToDevice.class,
                                device -> assertThat(device.device()).isEqualTo("PJSIP/204")));
        office.phone("204").answer();
        pipeline.flush();

        assertThat(pipeline.events(CallAnswered.class)).filteredOn(answer -> answer.call().equals(call))
                .extracting(CallAnswered::device).containsExactly("PJSIP/201", "PJSIP/204");
        assertThat(office.phone("201").busy()).isFalse();
        assertThat(pipeline.anomalies()).isEmpty();
    }

    @Test
    void givenAParkedCall_whenTakenBackToADeskBeforeItsTimeout_thenItLeavesTheLotAndTheDeskAnswersIt()
            throws Exception {
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        String desk = office.phone("202").answer();
        send(new PbxCommand.Park(caller.channel(), Optional.of(desk), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofMinutes(10))));
        pipeline.flush();
        assertThat(pipeline.mirror.parked()).hasSize(1);

        send(new PbxCommand.Redirect(caller.channel(), DialplanTarget.of("internal", "201")));
        office.phone("201").answer();
        pipeline.flush();

        CallId call = new CallId(caller.callId());
        assertThat(pipeline.events(CallParked.class)).extracting(CallParked::call).containsExactly(call);
        assertThat(pipeline.events(CallUnparked.class)).singleElement()
                .satisfies(left -> assertThat(left.call()).isEqualTo(call));
        assertThat(pipeline.mirror.parked()).isEmpty();
        assertThat(pipeline.events(CallAnswered.class)).filteredOn(answer -> answer.call().equals(call))
                .extracting(CallAnswered::device).contains("PJSIP/201");
        assertThat(pipeline.anomalies()).isEmpty();
    }

    @Test
    void givenACallerWhoHangsUpWhileWaitingParkedOrOnHold_thenTheModelEndsTheCallEachTime() throws Exception {
        LiveOffice.Caller waiting = office.trunkCallsQueue("9000");
        office.hangUp(waiting);

        LiveOffice.Caller parked = office.trunkCallsQueue("9202");
        String desk = office.phone("202").answer();
        send(new PbxCommand.Park(parked.channel(), Optional.of(desk), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofMinutes(10))));
        office.hangUp(parked);

        LiveOffice.Caller held = office.trunkCallsQueue("9201");
        office.phone("201").answer();
        send(new PbxCommand.Redirect(held.channel(), DialplanTarget.of("internal", "8002")));
        office.hangUp(held);
        pipeline.flush();

        assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::call).contains(
                new CallId(waiting.callId()), new CallId(parked.callId()), new CallId(held.callId()));
        assertThat(pipeline.events(CallUnparked.class)).singleElement()
                .satisfies(left -> assertThat(left.how()).isEqualTo(CallUnparked.How.GAVE_UP));
        assertThat(pipeline.mirror.calls()).isEmpty();
        assertThat(pipeline.anomalies()).isEmpty();
    }

    @Test
    void givenAColleagueBusyOnACall_whenItHangsUp_thenItsPhoneIsIdleAgainForACampOn() {
        office.phone("203").dials("204");
        office.phone("204").answer();
        pipeline.flush();
        assertThat(pipeline.mirror.phone("PJSIP/204")).map(Phone::status).contains(PhoneStatus.BUSY_INTERNAL);

        office.phone("203").hangUp();
        pipeline.flush();

        assertThat(pipeline.mirror.phone("PJSIP/204")).map(Phone::status).contains(PhoneStatus.IDLE);
        assertThat(pipeline.anomalies()).isEmpty();
    }

    private void send(PbxCommand command) throws Exception {
        long before = pipeline.server.reactions();
        CommandResult result = pipeline.connection.commands().send(command).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(result).as(command.action()).isInstanceOf(CommandResult.Done.class);
        Await.until("the events of " + command.action(), () -> pipeline.server.reactions() > before, WAIT);
    }
}
