package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.model.PbxEvents.member;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ContactStatus;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.Registration;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.queue.model.QueueMember;

/** phone-unregister and queue-member-pause, and the waiting time of a queued caller. */
class PhonesAndQueuesTest {

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;

    @Test
    void phoneUnregisters_contactRemovedThenUnavailable() {
        replay.apply(
                pbx.device("PJSIP/205", DeviceState.NOT_INUSE),
                pbx.contact("205", "sip:205@127.0.0.1:5065", ContactStatus.NON_QUALIFIED));

        assertThat(replay.mirror.phone("PJSIP/205")).contains(new Phone("PJSIP/205",
                org.switchboard.phone.model.PhoneStatus.IDLE, DeviceState.NOT_INUSE, Registration.REGISTERED,
                Optional.of(new ContactAddress("sip:205@127.0.0.1:5065", "127.0.0.1", 5065))));

        replay.apply(
                pbx.contact("205", "sip:205@127.0.0.1:5065", ContactStatus.REMOVED),
                pbx.device("PJSIP/205", DeviceState.UNAVAILABLE));

        Phone phone = replay.mirror.phone("PJSIP/205").orElseThrow();
        assertThat(phone.registration()).isEqualTo(Registration.UNREGISTERED);
        assertThat(phone.contact()).isEmpty();
        assertThat(phone.deviceState()).isEqualTo(DeviceState.UNAVAILABLE);
        assertThat(replay.events(PhoneRegistrationChanged.class)).extracting(PhoneRegistrationChanged::now)
                .containsExactly(Registration.REGISTERED, Registration.UNREGISTERED);
    }

    @Test
    void trunksAndPseudoDevices_areNoPhones() {
        replay.apply(
                pbx.device("PJSIP/trunk", DeviceState.INUSE),
                pbx.device("Queue:GeneralQueue", DeviceState.RINGING),
                pbx.device("park:701@parkedcalls", DeviceState.INUSE));

        assertThat(replay.mirror.phones()).isEmpty();
    }

    @Test
    void contactAddresses_areReadFromTheUri() {
        assertThat(ContactAddress.parse("sip:201@127.0.0.1:5061")).isEqualTo(
                new ContactAddress("sip:201@127.0.0.1:5061", "127.0.0.1", 5061));
        assertThat(ContactAddress.parse("sip:201@10.0.0.7;transport=udp").port()).isEqualTo(5060);
        assertThat(ContactAddress.parse("sips:201@[2001:db8::1]:5071").host()).isEqualTo("[2001:db8::1]");
        assertThat(ContactAddress.parse("sips:201@[2001:db8::1]").port()).isEqualTo(5061);
    }

    @Test
    void memberPausedAndUnpaused_withTheReason() {
        replay.apply(
                pbx.memberStatus(member("GeneralQueue", "PJSIP/201", "Reception Desk 1", DeviceState.NOT_INUSE)),
                pbx.memberStatus(member("PersonalQueue201", "PJSIP/201", "Reception Desk 1", DeviceState.NOT_INUSE)),
                pbx.pause("GeneralQueue", "PJSIP/201", true, "Lunch"));

        QueueMember desk = replay.mirror.queue("GeneralQueue").orElseThrow().member("PJSIP/201").orElseThrow();
        assertThat(desk.paused()).isTrue();
        assertThat(desk.pausedReason()).isEqualTo("Lunch");
        assertThat(replay.mirror.queue("PersonalQueue201").orElseThrow().member("PJSIP/201").orElseThrow().paused())
                .isFalse();

        replay.apply(
                pbx.pause("GeneralQueue", "PJSIP/201", false, ""),
                pbx.pause("GeneralQueue", "PJSIP/201", true, "Meeting"),
                pbx.pause("PersonalQueue201", "PJSIP/201", true, "Meeting"));

        assertThat(replay.events(QueueChanged.class)).filteredOn(e -> e.member().isPresent())
                .extracting(QueueChanged::queue, QueueChanged::change, QueueChanged::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GeneralQueue", QueueChanged.Change.MEMBER_STATUS,
                                "NOT_INUSE"),
                        org.assertj.core.groups.Tuple.tuple("PersonalQueue201", QueueChanged.Change.MEMBER_STATUS,
                                "NOT_INUSE"),
                        org.assertj.core.groups.Tuple.tuple("GeneralQueue", QueueChanged.Change.MEMBER_PAUSED, "Lunch"),
                        org.assertj.core.groups.Tuple.tuple("GeneralQueue", QueueChanged.Change.MEMBER_UNPAUSED, ""),
                        org.assertj.core.groups.Tuple.tuple("GeneralQueue", QueueChanged.Change.MEMBER_PAUSED, "Meeting"),
                        org.assertj.core.groups.Tuple.tuple("PersonalQueue201", QueueChanged.Change.MEMBER_PAUSED,
                                "Meeting"));
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void pausingAnInterfaceThatIsNoMember_isAnAnomaly() {
        Applied applied = replay.apply(pbx.pause("GeneralQueue", "PJSIP/209", true, ""));

        assertThat(applied.events()).isEmpty();
        assertThat(applied.anomalies()).singleElement()
                .satisfies(anomaly -> assertThat(anomaly.reason()).contains("PJSIP/209"));
    }

    @Test
    void aQueuedCaller_hasWaitedSinceItJoined() {
        Reception call = new Reception(replay, "1795300721").ringsBothDesks();
        Clock tenSecondsLater = Clock.fixed(pbx.now().plusSeconds(10), ZoneOffset.UTC);

        assertThat(replay.mirror.queue(Reception.QUEUE).orElseThrow().callers()).singleElement()
                .satisfies(waiting -> {
                    assertThat(waiting.call()).isEqualTo(call.trunk.callId());
                    assertThat(waiting.waited(tenSecondsLater)).isBetween(Duration.ofSeconds(10),
                            Duration.ofSeconds(12));
                });
    }
}
