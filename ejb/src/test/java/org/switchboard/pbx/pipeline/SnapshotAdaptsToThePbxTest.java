package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.model.ConnectionEvent.AmiConnected;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.pbx.scripted.state.PbxBuild;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.Registration;

/**
 * The snapshot takes the lists the PBX has, whatever its channel driver and version: a chan_sip Asterisk 20
 * (no PJSIP actions), an Asterisk 22 without a registered phone (PJSIPShowContacts answered as an error, no
 * SIPpeers), a PBX without some list. None of them keeps the link down or loops it.
 */
class SnapshotAdaptsToThePbxTest {

    private Pipeline pipeline;

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void givenChanSipAsterisk20_thenSynchronisedOnceWithThePhonesRegisteredFromSipPeers() {
        pipeline = Pipeline.connected("chan_sip/startup-sync", server -> { });
        pipeline.flush();

        assertThat(pipeline.connection.state()).isEqualTo(AmiConnection.State.CONNECTED);
        assertThat(pipeline.connection.stats().disconnects()).isZero();
        assertThat(pipeline.count(PbxSynchronized.class)).isEqualTo(1);
        assertThat(pipeline.mirror.phone("SIP/201").orElseThrow()).satisfies(phone -> {
            assertThat(phone.registration()).isEqualTo(Registration.REGISTERED);
            assertThat(phone.contact()).map(ContactAddress::host).contains("127.0.0.1");
            assertThat(phone.contact()).map(ContactAddress::port).contains(5061);
        });
        assertThat(pipeline.mirror.phones()).as("205 has no address in SIPpeers")
                .noneMatch(phone -> phone.device().equals("SIP/205") && phone.registration() == Registration.REGISTERED);
        assertThat(pipeline.mirror.phones()).extracting(Phone::device).noneMatch(device -> device.startsWith("PJSIP/"));
        assertThat(pipeline.server.actions("SIPpeers")).hasSize(1);
        assertThat(pipeline.connection.stats().pbxVersion()).isEqualTo("20.20.1");
    }

    @Test
    void givenTheChanSipPbxOfTheSnapshotRecording_thenItsTwoRegisteredPhonesHaveTheirAddressesAndTheOthersNone() {
        pipeline = Pipeline.connected("chan_sip/startup-sync-snapshot", server -> { });

        assertThat(pipeline.connection.stats().disconnects()).isZero();
        assertThat(pipeline.mirror.phones()).filteredOn(phone -> phone.registration() == Registration.REGISTERED)
                .filteredOn(phone -> !phone.device().equals("SIP/npa10001"))
                .extracting(Phone::device, phone -> phone.contact().map(ContactAddress::port))
                .containsExactlyInAnyOrder(tuple("SIP/202", Optional.of(15062)), tuple("SIP/203", Optional.of(15063)));
    }

    @Test
    void givenChanSip_whenResynchronisedAgain_thenThePjsipListIsNotAskedForAgainOnTheSameLogin() {
        pipeline = Pipeline.connected("chan_sip/startup-sync", server -> { });

        pipeline.connection.resyncNow();
        pipeline.awaitSynchronized(2);

        assertThat(pipeline.server.actions("PJSIPShowContacts")).hasSize(1);
        assertThat(pipeline.server.actions("SIPpeers")).hasSize(2);
        assertThat(pipeline.connection.stats().disconnects()).isZero();
    }

    @Test
    void givenAsterisk22WithoutRegistrations_thenSynchronisedPhonesUnregisteredAndACallIsSeen() {
        pipeline = Pipeline.connected("actions/snapshot-no-registrations", server -> { });
        List<AmiMessage> call = AmiTrace.recorded("actions/hangup-queued-caller").events();

        pipeline.play(call.subList(0, firstQueueJoin(call) + 1));

        assertThat(pipeline.connection.stats().disconnects()).isZero();
        assertThat(pipeline.connection.stats().pbxVersion()).isEqualTo("22.10.1");
        assertThat(pipeline.pbxEvents()).filteredOn(AmiConnected.class::isInstance).map(AmiConnected.class::cast)
                .extracting(AmiConnected::pbxVersion).containsExactly("22.10.1");
        assertThat(pipeline.mirror.stale()).isFalse();
        assertThat(pipeline.mirror.phones()).isNotEmpty().extracting(Phone::registration)
                .containsOnly(Registration.UNREGISTERED);
        assertThat(pipeline.mirror.calls()).extracting(Call::calledNumber, Call::queue)
                .containsExactly(tuple("9000", Optional.of("GeneralQueue")));
        assertThat(pipeline.server.actions("SIPpeers")).hasSize(1);
    }

    @Test
    void givenAPbxThatDoesNotKnowAListAction_thenTheSnapshotGoesOnWithoutItAndTheLinkStaysUp() {
        pipeline = Pipeline.connected("startup-sync", server -> server.onAction("ParkedCalls",
                (action, standard) -> Reaction.reply(PbxBuild.unknownAction("ParkedCalls"))));
        pipeline.connection.resyncNow();
        pipeline.awaitSynchronized(2);

        assertThat(pipeline.connection.stats().disconnects()).isZero();
        assertThat(pipeline.connection.state()).isEqualTo(AmiConnection.State.CONNECTED);
        assertThat(pipeline.mirror.parked()).isEmpty();
        assertThat(pipeline.mirror.queues()).isNotEmpty();
        assertThat(pipeline.server.actions("ParkedCalls")).hasSize(1);
    }

    private static int firstQueueJoin(List<AmiMessage> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type().equals("QueueCallerJoin")) {
                return i;
            }
        }
        throw new AssertionError("no QueueCallerJoin in the trace");
    }
}
