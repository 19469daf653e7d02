package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.switchboard.pbx.pipeline.TraceCut.event;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallRetrieved;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.phone.model.Registration;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.queue.model.QueueMember;
import org.switchboard.shared.model.DomainEvent;

/** The office's own sessions: startup, internal calls, hold, originate, registrations and queue pauses. */
class OfficeTracesTest {

    private final Pipeline pipeline = Pipeline.connected();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void startupSync_showsEveryPhoneAndQueueWithItsMembers() {
        pipeline.play(AmiTrace.recorded("startup-sync").events());

        // npa10001 is the console server's own SIP peer: the production trunk rule says it is no phone.
        assertThat(pipeline.mirror.phones()).extracting(Phone::device).containsExactly("PJSIP/201", "PJSIP/202",
                "PJSIP/203", "PJSIP/204", "PJSIP/205", "PJSIP/206");
        assertThat(pipeline.mirror.phones()).filteredOn(phone -> phone.device().matches("PJSIP/20[12346]"))
                .allSatisfy(phone -> {
                    assertThat(phone.registration()).isEqualTo(Registration.REGISTERED);
                    assertThat(phone.deviceState()).isEqualTo(DeviceState.NOT_INUSE);
                    assertThat(phone.contact().orElseThrow().host()).isEqualTo("127.0.0.1");
                    assertThat(phone.contact().orElseThrow().port())
                            .isEqualTo(5060 + Integer.parseInt(phone.device().substring(6)) - 200);
                });
        assertThat(pipeline.mirror.phone("PJSIP/205").orElseThrow()).satisfies(phone -> {
            assertThat(phone.registration()).isEqualTo(Registration.UNREGISTERED);
            assertThat(phone.deviceState()).isEqualTo(DeviceState.UNAVAILABLE);
        });
        assertThat(pipeline.mirror.queues()).extracting(Queue::name, Queue::strategy).containsExactly(
                tuple("GeneralQueue", "ringall"), tuple("PersonalQueue201", "ringall"),
                tuple("PersonalQueue202", "ringall"));
        assertThat(pipeline.mirror.queue("GeneralQueue").orElseThrow().members())
                .extracting(QueueMember::memberInterface).containsExactlyInAnyOrder("PJSIP/201", "PJSIP/202");
        assertThat(pipeline.mirror.queue("PersonalQueue201").orElseThrow().members())
                .extracting(QueueMember::memberInterface, QueueMember::name)
                .containsExactly(tuple("PJSIP/201", "Reception Desk 1"));
        assertThat(pipeline.mirror.queue("PersonalQueue202").orElseThrow().members())
                .extracting(QueueMember::memberInterface, QueueMember::name)
                .containsExactly(tuple("PJSIP/202", "Reception Desk 2"));
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void internal203To204_bothPhonesBusyInternalDuringTheCall_andIdleAfter() {
        List<AmiMessage> events = AmiTrace.recorded("internal-203-to-204").events();
        TraceCut talking = TraceCut.before(events, event("BridgeLeave"));

        pipeline.play(talking.before());
        assertThat(List.of("PJSIP/203", "PJSIP/204")).allSatisfy(device ->
                assertThat(pipeline.mirror.phone(device).orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_INTERNAL));
        pipeline.play(talking.rest());

        assertAnsweredInternal(CallDetailRecords.of(onlyEnd()), "203", "204");
        assertThat(pipeline.events(PhoneStatusChanged.class)).extracting(PhoneStatusChanged::device,
                PhoneStatusChanged::now).containsExactly(
                        tuple("PJSIP/203", PhoneStatus.BUSY_INTERNAL), tuple("PJSIP/204", PhoneStatus.RINGING_INTERNAL),
                        tuple("PJSIP/204", PhoneStatus.BUSY_INTERNAL), tuple("PJSIP/204", PhoneStatus.IDLE),
                        tuple("PJSIP/203", PhoneStatus.IDLE));
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void holdResume_201HoldsThenRetrievesTheCall() {
        List<AmiMessage> events = AmiTrace.recorded("hold-resume").events();
        TraceCut held = TraceCut.after(events, event("Hold"));

        pipeline.play(held.before());
        assertThat(pipeline.mirror.calls().get(0).activeParties()).extracting(Party::device, Party::state)
                .containsExactly(tuple("PJSIP/201", PartyState.HELD), tuple("PJSIP/204", PartyState.ESTABLISHED));
        pipeline.play(held.rest());

        List<DomainEvent> holdAndBack = pipeline.events().stream()
                .filter(e -> e instanceof CallHeld || e instanceof CallRetrieved).toList();
        assertThat(holdAndBack).hasSize(2);
        assertThat(holdAndBack.get(0)).isInstanceOfSatisfying(CallHeld.class,
                e -> assertThat(e.device()).isEqualTo("PJSIP/201"));
        assertThat(holdAndBack.get(1)).isInstanceOfSatisfying(CallRetrieved.class,
                e -> assertThat(e.device()).isEqualTo("PJSIP/201"));
        assertAnsweredInternal(CallDetailRecords.of(onlyEnd()), "201", "204");
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void originate201To204_rings201First_then204Answers() {
        pipeline.play(AmiTrace.recorded("originate-201-to-204").events());

        assertThat(pipeline.events(CallOffered.class)).extracting(CallOffered::target)
                .extracting(target -> ((CallOffered.ToDevice) target).device())
                .containsExactly("PJSIP/201", "PJSIP/204");
        assertThat(pipeline.events(CallAnswered.class)).extracting(CallAnswered::device).containsExactly("PJSIP/204");
        assertAnsweredInternal(CallDetailRecords.of(onlyEnd()), "201", "204");
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void phoneUnregister_205RegistersThenLosesItsRegistration() {
        pipeline.play(AmiTrace.recorded("phone-unregister").events());

        assertThat(pipeline.events(PhoneRegistrationChanged.class)).extracting(PhoneRegistrationChanged::device,
                PhoneRegistrationChanged::now, e -> e.contact().map(contact -> contact.port())).containsExactly(
                        tuple("PJSIP/205", Registration.REGISTERED, Optional.of(5065)),
                        tuple("PJSIP/205", Registration.UNREGISTERED, Optional.empty()));
        Phone phone = pipeline.mirror.phone("PJSIP/205").orElseThrow();
        assertThat(phone.registration()).isEqualTo(Registration.UNREGISTERED);
        assertThat(phone.deviceState()).isEqualTo(DeviceState.UNAVAILABLE);
        assertThat(phone.contact()).isEmpty();
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void queueMemberPause_201IsPausedForLunch_thenUnpaused() {
        List<AmiMessage> events = AmiTrace.recorded("queue-member-pause").events();
        TraceCut lunch = TraceCut.after(events, event("QueueMemberPause"));

        pipeline.play(lunch.before());
        assertThat(pipeline.mirror.queue("GeneralQueue").orElseThrow().member("PJSIP/201").orElseThrow())
                .extracting(QueueMember::paused, QueueMember::pausedReason).containsExactly(true, "Lunch");
        pipeline.play(lunch.rest());

        assertThat(pipeline.events(QueueChanged.class)).extracting(QueueChanged::queue, QueueChanged::change,
                QueueChanged::detail).containsExactly(
                        tuple("GeneralQueue", QueueChanged.Change.MEMBER_PAUSED, "Lunch"),
                        tuple("GeneralQueue", QueueChanged.Change.MEMBER_UNPAUSED, ""),
                        tuple("GeneralQueue", QueueChanged.Change.MEMBER_PAUSED, "Meeting"),
                        tuple("PersonalQueue201", QueueChanged.Change.MEMBER_PAUSED, "Meeting"),
                        tuple("GeneralQueue", QueueChanged.Change.MEMBER_UNPAUSED, ""),
                        tuple("PersonalQueue201", QueueChanged.Change.MEMBER_UNPAUSED, ""));
        assertThat(pipeline.mirror.queues()).flatExtracting(Queue::members).extracting(QueueMember::paused)
                .containsOnly(false);
        AtRest.assertQuietAndClean(pipeline);
    }

    /** An internal call from {@code caller} that {@code called} answered, without any queue. */
    private static void assertAnsweredInternal(CallDetailRecord cdr, String caller, String called) {
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.direction()).isEqualTo(Direction.INTERNAL);
        assertThat(cdr.callerNumber()).isEqualTo(caller);
        assertThat(cdr.calledNumber()).isEqualTo(called);
        assertThat(cdr.answeredBy()).contains("PJSIP/" + called);
        assertThat(cdr.queue()).isEmpty();
        assertThat(cdr.talked()).isPositive();
    }

    private CallEnded onlyEnd() {
        List<CallEnded> ends = pipeline.events(CallEnded.class);
        assertThat(ends).hasSize(1);
        return ends.get(0);
    }
}
