package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelEvent.BlindTransferred;
import org.switchboard.pbx.model.ChannelEvent.BridgeEntered;
import org.switchboard.pbx.model.ChannelEvent.BridgeLeft;
import org.switchboard.pbx.model.ChannelEvent.ChannelCreated;
import org.switchboard.pbx.model.ChannelEvent.ChannelHeld;
import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ChannelEvent.ChannelPartiesChanged;
import org.switchboard.pbx.model.ChannelEvent.ChannelRetrieved;
import org.switchboard.pbx.model.ChannelEvent.ChannelStateChanged;
import org.switchboard.pbx.model.ChannelEvent.DialEnded;
import org.switchboard.pbx.model.ChannelEvent.DialStarted;
import org.switchboard.pbx.model.ChannelEvent.DialplanStepped;
import org.switchboard.pbx.model.ChannelEvent.LocalBridged;
import org.switchboard.pbx.model.ChannelEvent.MusicOnHoldStarted;
import org.switchboard.pbx.model.ChannelEvent.MusicOnHoldStopped;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.ConnectionEvent.PbxFullyBooted;
import org.switchboard.pbx.model.ContactStatus;
import org.switchboard.pbx.model.DeviceEvent.ContactStatusChanged;
import org.switchboard.pbx.model.DeviceEvent.PeerStatusChanged;
import org.switchboard.pbx.model.DeviceEvent.DeviceStateChanged;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.ParkingEvent.CallParked;
import org.switchboard.pbx.model.ParkingEvent.CallUnparked;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.QueueEvent.QueueCallerAbandoned;
import org.switchboard.pbx.model.QueueEvent.QueueCallerJoined;
import org.switchboard.pbx.model.QueueEvent.QueueCallerLeft;
import org.switchboard.pbx.model.QueueEvent.QueueMemberChanged;
import org.switchboard.pbx.model.QueueEvent.QueueMemberCompleted;
import org.switchboard.pbx.model.QueueEvent.QueueMemberConnected;
import org.switchboard.pbx.model.QueueEvent.QueueMemberPaused;
import org.switchboard.pbx.model.QueueEvent.QueueMemberRung;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.shared.model.BridgeId;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/** The translator on events built from the recorded Asterisk 20 sessions, the way asterisk-java's reader builds them. */
class AmiEventTranslatorTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-21T22:40:00Z");

    private final RecordedEvents recorded = new RecordedEvents();
    private final AmiEventTranslator translator = new AmiEventTranslator();

    private PbxEvent translate(String trace, String eventName) {
        ManagerEvent event = recorded.first(trace, eventName);
        return translator.translate(event, RECEIVED).orElseThrow(() -> new AssertionError(eventName + " gave nothing"));
    }

    private static ChannelRef ref(String uniqueId, String linkedId, String name) {
        return new ChannelRef(new ChannelId(uniqueId), new CallId(linkedId), name);
    }

    @Test
    void everyLiveEventOfEveryRecordedSessionThatTheTableListsTranslates() {
        for (String trace : AmiTrace.RECORDED) {
            for (ManagerEvent event : recorded.all(trace)) {
                if (event instanceof ResponseEvent reply && reply.getActionId() != null) {
                    continue;
                }
                Optional<PbxEvent> result = translator.translate(event, RECEIVED);
                if (translator.knows(event.getClass()) && !AmiFields.eventName(event.getClass()).equals("Dial")) {
                    assertThat(result).as("%s in %s", event.getClass().getSimpleName(), trace).isPresent();
                }
            }
        }
        assertThat(translator.incomplete()).isZero();
        assertThat(translator.translated()).isGreaterThan(400);
        assertThat(translator.unknownByName()).containsKeys("VarSet", "Cdr", "ExtensionStatus")
                .doesNotContainKeys("Newchannel", "NewChannel", "Hangup", "PeerStatus");
    }

    @Test
    void newchannelCarriesIdsStateCallerAndDialplanLocation() {
        ChannelCreated created = (ChannelCreated) translate("internal-203-to-204", "Newchannel");

        assertThat(created.channel()).isEqualTo(ref("1795300732.10", "1795300732.10", "PJSIP/203-00000008"));
        assertThat(created.state()).isEqualTo(ChannelState.RING);
        assertThat(created.caller()).isEqualTo(new CallerId("203", "Alice Martin"));
        assertThat(created.connected()).isEqualTo(CallerId.UNKNOWN);
        assertThat(created.context()).isEqualTo("internal");
        assertThat(created.exten()).isEqualTo("204");
    }

    @Test
    void localBridgeNamesBothHalvesOfTheLocalChannel() {
        LocalBridged bridged = (LocalBridged) translate("transfer-attended-202-to-204", "LocalBridge");

        assertThat(bridged.channel())
                .isEqualTo(ref("1795300808.35", "1795300805.31", "Local/204@internal-00000000;1"));
        assertThat(bridged.secondHalf())
                .isEqualTo(ref("1795300808.36", "1795300805.31", "Local/204@internal-00000000;2"));
        assertThat(bridged.optimizable()).isTrue();
        assertThat(bridged.channel().local()).isTrue();
    }

    @Test
    void musicOnHoldStartAndStopNameTheChannelThatHearsIt() {
        MusicOnHoldStarted started = (MusicOnHoldStarted) translate("actions/hold-by-redirect-and-back",
                "MusicOnHoldStart");
        MusicOnHoldStopped stopped = (MusicOnHoldStopped) translate("actions/hold-by-redirect-and-back",
                "MusicOnHoldStop");

        assertThat(started.channel()).isEqualTo(ref("1795642146.15", "1795642146.15", "PJSIP/trunk-0000000b"));
        assertThat(started.musicClass()).isEqualTo("default");
        assertThat(stopped.channel()).isEqualTo(started.channel());
    }

    @Test
    void theTimestampHeaderBecomesThePbxTimeToTheMicrosecond() {
        Stamp stamp = translate("internal-203-to-204", "Newchannel").stamp();

        assertThat(stamp.pbxTime()).isEqualTo(Instant.ofEpochSecond(1795300732L, 32_219_000L));
        assertThat(stamp.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void anEventWithoutTimestampIsStampedWhenReceived() {
        PbxFullyBooted booted = (PbxFullyBooted) translator.translate(
                recorded.first("phone-unregister", "FullyBooted"), RECEIVED).orElseThrow();

        assertThat(booted.stamp().pbxTime()).isEqualTo(RECEIVED);
        assertThat(booted.uptime()).isEqualTo(Duration.ofSeconds(130));
        assertThat(booted.sinceReload()).isEqualTo(Duration.ofSeconds(130));
    }

    @Test
    void newstateConnectedLineAndNewexten() {
        ChannelStateChanged ringing = (ChannelStateChanged) translate("internal-203-to-204", "Newstate");
        assertThat(ringing.channel().id().value()).isEqualTo("1795300732.11");
        assertThat(ringing.state()).isEqualTo(ChannelState.RINGING);
        assertThat(ringing.connected()).isEqualTo(new CallerId("203", "Alice Martin"));

        ChannelPartiesChanged parties = (ChannelPartiesChanged) translate("internal-203-to-204", "NewConnectedLine");
        assertThat(parties.channel().callId().value()).isEqualTo("1795300732.10");
        assertThat(parties.caller()).isEqualTo(new CallerId("204", "Bob Janssens"));

        DialplanStepped step = (DialplanStepped) translate("console-unavailable-congestion", "Newexten");
        assertThat(step.exten()).isEqualTo("9000");
        assertThat(step.application()).isEqualTo("NoOp");
        assertThat(step.appData()).startsWith("External call from");
    }

    @Test
    void dialBeginNamesTheRungChannelFromTheDestHeadersAndTheCallerFromChannel() {
        DialStarted dial = (DialStarted) translate("internal-203-to-204", "DialBegin");

        assertThat(dial.channel()).isEqualTo(ref("1795300732.11", "1795300732.10", "PJSIP/204-00000009"));
        assertThat(dial.caller()).contains(ref("1795300732.10", "1795300732.10", "PJSIP/203-00000008"));
        assertThat(dial.destinationParties()).isEqualTo(new CallerId("204", "Bob Janssens"));
        assertThat(dial.dialString()).isEqualTo("204");

        DialEnded end = (DialEnded) translate("internal-203-to-204", "DialEnd");
        assertThat(end.channel().id().value()).isEqualTo("1795300732.11");
        assertThat(end.dialStatus()).isEqualTo("ANSWER");
    }

    @Test
    void originatedDialHasNoCaller() {
        DialStarted dial = (DialStarted) translate("originate-201-to-204", "DialBegin");

        assertThat(dial.channel().name()).startsWith("PJSIP/201-");
        assertThat(dial.caller()).isEmpty();
    }

    @Test
    void bridgeEnterAndLeaveCarryTheBridgeAndItsSize() {
        BridgeEntered entered = (BridgeEntered) translate("hold-resume", "BridgeEnter");
        assertThat(entered.bridge()).isEqualTo(new BridgeId("6c9e24e7-4cbd-4781-95e0-afb0c2179d5b"));
        assertThat(entered.channelsInBridge()).isEqualTo(1);
        assertThat(entered.channel().id().value()).isEqualTo("1795300741.13");

        BridgeLeft left = (BridgeLeft) translate("hold-resume", "BridgeLeave");
        assertThat(left.channel().id().value()).isEqualTo("1795300741.12");
    }

    @Test
    void holdAndUnholdNameThePhonesChannel() {
        assertThat(((ChannelHeld) translate("hold-resume", "Hold")).channel().name()).isEqualTo("PJSIP/201-0000000a");
        assertThat(((ChannelRetrieved) translate("hold-resume", "Unhold")).channel().id().value())
                .isEqualTo("1795300741.12");
    }

    @Test
    void hangupCarriesTheCause() {
        ChannelHungUp hangup = (ChannelHungUp) translate("console-unavailable-congestion", "Hangup");

        assertThat(hangup.cause().code()).isEqualTo(34);
        assertThat(hangup.cause().text()).isEqualTo("Circuit/channel congestion");
    }

    @Test
    void blindTransferNamesTransfererTransfereeAndTarget() {
        BlindTransferred transfer = (BlindTransferred) translate("transfer-blind-202-to-204", "BlindTransfer");

        assertThat(transfer.channel()).isEqualTo(ref("1795300793.29", "1795300792.26", "PJSIP/202-0000001b"));
        assertThat(transfer.transferee()).contains(ref("1795300792.26", "1795300792.26", "PJSIP/trunk-00000018"));
        assertThat(transfer.exten()).isEqualTo("204");
        assertThat(transfer.context()).isEqualTo("internal");
        assertThat(transfer.succeeded()).isTrue();
    }

    @Test
    void queueCallerJoinLeaveAndAbandon() {
        QueueCallerJoined joined = (QueueCallerJoined) translate("incoming-queue-abandoned", "QueueCallerJoin");
        assertThat(joined.queue()).isEqualTo("GeneralQueue");
        assertThat(joined.position()).isEqualTo(1);
        assertThat(joined.count()).isEqualTo(1);

        QueueCallerAbandoned abandoned = (QueueCallerAbandoned) translate("incoming-queue-abandoned",
                "QueueCallerAbandon");
        assertThat(abandoned.caller()).isEqualTo(joined.caller());
        assertThat(abandoned.originalPosition()).isEqualTo(1);
        assertThat(abandoned.waited()).isEqualTo(Duration.ofSeconds(6));

        QueueCallerLeft left = (QueueCallerLeft) translate("incoming-queue-abandoned", "QueueCallerLeave");
        assertThat(left.count()).isZero();
    }

    @Test
    void agentEventsNameTheMembersChannelFromDestUniqueid() {
        QueueMemberRung rung = (QueueMemberRung) translate("incoming-queue-answered-202", "AgentCalled");
        assertThat(rung.memberChannel().callId()).isEqualTo(rung.caller().callId());
        assertThat(rung.memberChannel().id()).isNotEqualTo(rung.caller().id());
        assertThat(rung.memberInterface()).startsWith("PJSIP/20");

        QueueMemberConnected connected = (QueueMemberConnected) translate("incoming-queue-answered-202",
                "AgentConnect");
        assertThat(connected.memberChannel()).isEqualTo(ref("1795300710.5", "1795300710.2", "PJSIP/202-00000003"));
        assertThat(connected.memberName()).isEqualTo("Reception Desk 2");
        assertThat(connected.waited()).isEqualTo(Duration.ofSeconds(2));
        assertThat(connected.rang()).isEqualTo(Duration.ofSeconds(2));

        QueueMemberCompleted completed = (QueueMemberCompleted) translate("incoming-queue-answered-202",
                "AgentComplete");
        assertThat(completed.talked()).isEqualTo(Duration.ofSeconds(5));
        assertThat(completed.reason()).isEqualTo("caller");
    }

    @Test
    void queueMemberStatusCarriesStatusPauseCallsAndMembership() {
        QueueMemberChanged changed = (QueueMemberChanged) translate("console-unavailable-congestion",
                "QueueMemberStatus");

        assertThat(changed.member().queue()).isEqualTo("GeneralQueue");
        assertThat(changed.member().memberInterface()).isEqualTo("PJSIP/201");
        assertThat(changed.member().name()).isEqualTo("Reception Desk 1");
        assertThat(changed.member().status()).isEqualTo(DeviceState.RINGING);
        assertThat(changed.member().paused()).isFalse();
        assertThat(changed.member().lastCall()).isEmpty();
        assertThat(changed.member().inCall()).isFalse();
        assertThat(changed.member().dynamic()).isFalse();
    }

    @Test
    void queueMemberPauseCarriesTheReason() {
        QueueMemberPaused paused = (QueueMemberPaused) translate("queue-member-pause", "QueueMemberPause");

        assertThat(paused.memberInterface()).isEqualTo("PJSIP/201");
        assertThat(paused.paused()).isTrue();
        assertThat(paused.reason()).isEqualTo("Lunch");
    }

    @Test
    void parkedCallReadsParkeeSpaceTimeoutAndParkerDialString() {
        CallParked parked = (CallParked) translate("park-ami-and-pickup", "ParkedCall");

        assertThat(parked.parkee()).isEqualTo(ref("1795300766.16", "1795300766.16", "PJSIP/trunk-0000000e"));
        assertThat(parked.lot()).isEqualTo("default");
        assertThat(parked.space()).isEqualTo("701");
        assertThat(parked.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(parked.parkerDialString()).isEqualTo("PJSIP/202");
        assertThat(parked.parker()).isEmpty();
    }

    @Test
    void unparkedCallNamesTheRetrieverWithItsLinkedId() {
        CallUnparked unparked = (CallUnparked) translate("park-ami-and-pickup", "UnParkedCall");

        assertThat(unparked.space()).isEqualTo("701");
        assertThat(unparked.retriever()).contains(ref("1795300773.20", "1795300773.20", "PJSIP/203-00000012"));
    }

    @Test
    void deviceStateAndContactStatus() {
        DeviceStateChanged device = (DeviceStateChanged) translate("phone-unregister", "DeviceStateChange");
        assertThat(device.device()).isEqualTo("PJSIP/205");
        assertThat(device.state()).isEqualTo(DeviceState.NOT_INUSE);

        ContactStatusChanged contact = (ContactStatusChanged) translate("phone-unregister", "ContactStatus");
        assertThat(contact.device()).isEqualTo("PJSIP/205");
        assertThat(contact.aor()).isEqualTo("205");
        assertThat(contact.uri()).isEqualTo("sip:205@127.0.0.1:5065");
        assertThat(contact.status()).isEqualTo(ContactStatus.NON_QUALIFIED);
        assertThat(contact.roundTrip()).isEmpty();
    }

    @Test
    void chanSipPeerStatusRegisteredCarriesTheAddressAndUnregisteredRemovesIt() {
        PeerStatusChanged registered = (PeerStatusChanged) translate("chan_sip/phone-unregister", "PeerStatus");
        assertThat(registered.device()).isEqualTo("SIP/205");
        assertThat(registered.status()).isEqualTo(ContactStatus.CREATED);
        assertThat(registered.contact()).contains("sip:205@127.0.0.1:5065");

        PbxEvent unregistered = translator.translate(recorded.build("Event", "PeerStatus", "Privilege", "system,all",
                "ChannelType", "SIP", "Peer", "SIP/205", "PeerStatus", "Unregistered", "Cause", "Expired"), RECEIVED)
                .orElseThrow();
        assertThat(unregistered).isEqualTo(new PeerStatusChanged(unregistered.stamp(), "SIP/205",
                ContactStatus.REMOVED, Optional.empty()));
    }

    @Test
    void pjsipPeerStatusIsReachabilityOnly() {
        PeerStatusChanged unreachable = (PeerStatusChanged) translate("console-unavailable-congestion", "PeerStatus");
        assertThat(unreachable.device()).isEqualTo("PJSIP/npa10001");
        assertThat(unreachable.status()).isEqualTo(ContactStatus.UNREACHABLE);
        assertThat(unreachable.contact()).isEmpty();
    }

    @Test
    void theListItemsOfDeviceStateListAndParkedCallsAreResponseEventsThatKeepOurActionId() {
        assertThat(recorded.all("startup-sync")).filteredOn(e -> e instanceof AmiDeviceStateChangeEvent).hasSize(15);
        assertThat(recorded.all("startup-sync")).filteredOn(e -> e instanceof AmiDeviceStateListCompleteEvent)
                .hasSize(1);

        ResponseEvent item = (ResponseEvent) recorded.build("Event", "ParkedCall", "ActionID", "1234_7#snapshot",
                "ParkeeChannel", "PJSIP/trunk-0000000e", "ParkeeUniqueid", "1.16", "ParkeeLinkedid", "1.16",
                "Parkinglot", "default", "ParkingSpace", "701");
        assertThat(item).isInstanceOf(AmiParkedCallEvent.class);
        assertThat(item.getInternalActionId()).isEqualTo("1234_7");
        assertThat(item.getActionId()).isEqualTo("snapshot");
    }

    @Test
    void anEventWithoutTheLinkedIdItsRecordNeedsIsCountedAndYieldsNothing() {
        ManagerEvent hangup = recorded.build("Event", "Hangup", "Channel", "PJSIP/201-00000001",
                "Uniqueid", "1.1", "Cause", "16");

        assertThat(translator.translate(hangup, RECEIVED)).isEmpty();
        assertThat(translator.incomplete()).isEqualTo(1);
        assertThat(translator.translated()).isZero();
    }

    @Test
    void unknownEventsAreCountedByName() {
        translator.translate(recorded.first("hold-resume", "BridgeCreate"), RECEIVED);
        translator.translate(recorded.first("hold-resume", "BridgeCreate"), RECEIVED);
        translator.translate(recorded.first("hold-resume", "VarSet"), RECEIVED);

        assertThat(translator.unknownByName()).containsEntry("BridgeCreate", 2L).containsEntry("VarSet", 1L);
        assertThat(translator.unknown()).isEqualTo(3);
    }
}
