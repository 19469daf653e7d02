package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.asteriskjava.manager.event.ManagerEvent;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelEvent.AttendedTransferred;
import org.switchboard.pbx.model.ChannelEvent.ChannelPartiesChanged;
import org.switchboard.pbx.model.ChannelEvent.LocalOptimizationBegan;
import org.switchboard.pbx.model.ChannelEvent.LocalOptimizationEnded;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ConnectionEvent.PbxReloaded;
import org.switchboard.pbx.model.ConnectionEvent.PbxShuttingDown;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.ParkingEvent;
import org.switchboard.pbx.model.ParkingEvent.ParkingEnded;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.QueueEvent.QueueMemberAdded;
import org.switchboard.pbx.model.QueueEvent.QueueMemberMissed;
import org.switchboard.pbx.model.QueueEvent.QueueMemberRemoved;
import org.switchboard.pbx.model.QueueMemberInfo;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * The translator rows that no recorded session exercises, on frames written by hand in Asterisk 20's
 * layout: the channel and bridge blocks are laid out as in the recorded traces, the event-specific
 * headers as Asterisk 20 documents its manager events. asterisk-java's own EventBuilderImpl builds the beans.
 */
class UnrecordedEventsTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-21T22:45:00Z");
    private static final Stamp AT_0812 = new Stamp(Instant.ofEpochSecond(1795300812L, 250_000_000L), RECEIVED);

    /** 202's channel to the caller (on hold while 202 consulted 204), as both AttendedTransfer frames name it. */
    private static final String FIRST_TRANSFERER = """
            OrigTransfererChannel: PJSIP/202-00000021
            OrigTransfererChannelState: 6
            OrigTransfererChannelStateDesc: Up
            OrigTransfererCallerIDNum: 202
            OrigTransfererCallerIDName: Reception Desk 2
            OrigTransfererConnectedLineNum: +3225550101
            OrigTransfererConnectedLineName: External Caller
            OrigTransfererLanguage: en
            OrigTransfererAccountCode:\s
            OrigTransfererContext: internal
            OrigTransfererExten: s
            OrigTransfererPriority: 1
            OrigTransfererUniqueid: 1795300800.41
            OrigTransfererLinkedid: 1795300800.38""";

    private final RecordedEvents builder = new RecordedEvents();
    private final AmiEventTranslator translator = new AmiEventTranslator();

    private PbxEvent translate(String frame) {
        ManagerEvent event = builder.build(AmiMessage.parse(frame));
        assertThat(event).as("asterisk-java's bean for%n%s", frame).isNotNull();
        assertThat(translator.knows(event.getClass())).as(event.getClass().getName()).isTrue();
        return translator.translate(event, RECEIVED).orElseThrow(() -> new AssertionError("nothing from\n" + frame));
    }

    private static ChannelRef ref(String uniqueId, String linkedId, String name) {
        return new ChannelRef(new ChannelId(uniqueId), new CallId(linkedId), name);
    }

    @Test
    void newCallerIdCarriesTheChannelAndBothParties() {
        ChannelPartiesChanged changed = (ChannelPartiesChanged) translate("""
                Event: NewCallerid
                Privilege: call,all
                Timestamp: 1795300812.250000
                Channel: PJSIP/trunk-00000020
                ChannelState: 6
                ChannelStateDesc: Up
                CallerIDNum: +3225550199
                CallerIDName: Jane Customer
                ConnectedLineNum: 202
                ConnectedLineName: Reception Desk 2
                Language: en
                AccountCode:\s
                Context: reception
                Exten: s
                Priority: 5
                Uniqueid: 1795300810.40
                Linkedid: 1795300810.40
                CID-CallingPres: 0 (Presentation Allowed, Not Screened)
                """);

        assertThat(changed).isEqualTo(new ChannelPartiesChanged(AT_0812,
                ref("1795300810.40", "1795300810.40", "PJSIP/trunk-00000020"),
                new CallerId("+3225550199", "Jane Customer"), new CallerId("202", "Reception Desk 2")));
    }

    @Test
    void attendedTransferNamesBothTransfererChannelsTheTransfereeAndTheTarget() {
        AttendedTransferred transfer = (AttendedTransferred) translate("""
                Event: AttendedTransfer
                Privilege: call,all
                Timestamp: 1795300812.250000
                Result: Success
                %s
                OrigBridgeUniqueid: 5a1f3c2e-8d0b-4f6a-9c61-0e2d7b4a9f10
                OrigBridgeType: basic
                OrigBridgeTechnology: simple_bridge
                OrigBridgeCreator: <unknown>
                OrigBridgeName: <unknown>
                OrigBridgeNumChannels: 2
                OrigBridgeVideoSourceMode: none
                SecondTransfererChannel: PJSIP/202-00000022
                SecondTransfererChannelState: 6
                SecondTransfererChannelStateDesc: Up
                SecondTransfererCallerIDNum: 202
                SecondTransfererCallerIDName: Reception Desk 2
                SecondTransfererConnectedLineNum: 204
                SecondTransfererConnectedLineName: Bob Janssens
                SecondTransfererLanguage: en
                SecondTransfererAccountCode:\s
                SecondTransfererContext: internal
                SecondTransfererExten: 204
                SecondTransfererPriority: 2
                SecondTransfererUniqueid: 1795300806.42
                SecondTransfererLinkedid: 1795300806.42
                SecondBridgeUniqueid: 0c7e94b1-2f53-4d8e-a6b0-3e1f5d2c8a77
                SecondBridgeType: basic
                SecondBridgeTechnology: simple_bridge
                SecondBridgeCreator: <unknown>
                SecondBridgeName: <unknown>
                SecondBridgeNumChannels: 2
                SecondBridgeVideoSourceMode: none
                TransfereeChannel: PJSIP/trunk-0000001e
                TransfereeChannelState: 6
                TransfereeChannelStateDesc: Up
                TransfereeCallerIDNum: +3225550101
                TransfereeCallerIDName: External Caller
                TransfereeConnectedLineNum: 202
                TransfereeConnectedLineName: Reception Desk 2
                TransfereeLanguage: en
                TransfereeAccountCode:\s
                TransfereeContext: reception
                TransfereeExten: s
                TransfereePriority: 5
                TransfereeUniqueid: 1795300800.38
                TransfereeLinkedid: 1795300800.38
                TransferTargetChannel: PJSIP/204-00000023
                TransferTargetChannelState: 6
                TransferTargetChannelStateDesc: Up
                TransferTargetCallerIDNum: 204
                TransferTargetCallerIDName: Bob Janssens
                TransferTargetConnectedLineNum: 202
                TransferTargetConnectedLineName: Reception Desk 2
                TransferTargetLanguage: en
                TransferTargetAccountCode:\s
                TransferTargetContext: internal
                TransferTargetExten:\s
                TransferTargetPriority: 1
                TransferTargetUniqueid: 1795300806.43
                TransferTargetLinkedid: 1795300806.42
                IsExternal: Yes
                DestType: Bridge
                DestBridgeUniqueid: 5a1f3c2e-8d0b-4f6a-9c61-0e2d7b4a9f10
                """.formatted(FIRST_TRANSFERER));

        assertThat(transfer).isEqualTo(new AttendedTransferred(AT_0812,
                ref("1795300800.41", "1795300800.38", "PJSIP/202-00000021"),
                Optional.of(ref("1795300806.42", "1795300806.42", "PJSIP/202-00000022")),
                Optional.of(ref("1795300800.38", "1795300800.38", "PJSIP/trunk-0000001e")),
                Optional.of(ref("1795300806.43", "1795300806.42", "PJSIP/204-00000023")), true));
    }

    @Test
    void aFailedAttendedTransferIsNotASuccess() {
        AttendedTransferred transfer = (AttendedTransferred) translate("""
                Event: AttendedTransfer
                Privilege: call,all
                Timestamp: 1795300812.250000
                Result: Fail
                %s
                IsExternal: Yes
                DestType: Fail
                """.formatted(FIRST_TRANSFERER));

        assertThat(transfer).isEqualTo(new AttendedTransferred(AT_0812,
                ref("1795300800.41", "1795300800.38", "PJSIP/202-00000021"), Optional.empty(), Optional.empty(),
                Optional.empty(), false));
    }

    @Test
    void agentRingNoAnswerNamesTheCallerTheMembersChannelAndHowLongItRang() {
        QueueMemberMissed missed = (QueueMemberMissed) translate("""
                Event: AgentRingNoAnswer
                Privilege: agent,all
                Timestamp: 1795300812.250000
                Channel: PJSIP/trunk-00000018
                ChannelState: 4
                ChannelStateDesc: Ring
                CallerIDNum: +3225550101
                CallerIDName: External Caller
                ConnectedLineNum: <unknown>
                ConnectedLineName: <unknown>
                Language: en
                AccountCode:\s
                Context: reception
                Exten: s
                Priority: 5
                Uniqueid: 1795300792.26
                Linkedid: 1795300792.26
                DestChannel: PJSIP/201-0000001a
                DestChannelState: 5
                DestChannelStateDesc: Ringing
                DestCallerIDNum: 201
                DestCallerIDName: Reception Desk 1
                DestConnectedLineNum: +3225550101
                DestConnectedLineName: External Caller
                DestLanguage: en
                DestAccountCode:\s
                DestContext: internal
                DestExten: s
                DestPriority: 1
                DestUniqueid: 1795300793.28
                DestLinkedid: 1795300792.26
                Queue: GeneralQueue
                Interface: PJSIP/201
                MemberName: Reception Desk 1
                RingTime: 15
                """);

        assertThat(missed).isEqualTo(new QueueMemberMissed(AT_0812, "GeneralQueue",
                ref("1795300792.26", "1795300792.26", "PJSIP/trunk-00000018"),
                ref("1795300793.28", "1795300792.26", "PJSIP/201-0000001a"), "PJSIP/201", Duration.ofSeconds(15)));
    }

    @Test
    void queueMemberAddedCarriesEverythingAboutTheNewMember() {
        QueueMemberAdded added = (QueueMemberAdded) translate("""
                Event: QueueMemberAdded
                Privilege: agent,all
                Timestamp: 1795300812.250000
                Queue: GeneralQueue
                MemberName: Alice Martin
                Interface: PJSIP/203
                StateInterface: PJSIP/203
                Membership: dynamic
                Penalty: 2
                CallsTaken: 4
                LastCall: 1795300700
                LastPause: 0
                LoginTime: 1795300812
                InCall: 1
                Status: 2
                Paused: 1
                PausedReason: Briefing
                Ringinuse: 0
                Wrapuptime: 0
                """);

        assertThat(added).isEqualTo(new QueueMemberAdded(AT_0812, new QueueMemberInfo("GeneralQueue", "PJSIP/203",
                "Alice Martin", "PJSIP/203", DeviceState.INUSE, true, "Briefing", 4,
                Optional.of(Instant.ofEpochSecond(1795300700L)), true, 2, true)));
    }

    @Test
    void queueMemberRemovedNamesTheQueueAndTheInterface() {
        QueueMemberRemoved removed = (QueueMemberRemoved) translate("""
                Event: QueueMemberRemoved
                Privilege: agent,all
                Timestamp: 1795300812.250000
                Queue: GeneralQueue
                MemberName: Alice Martin
                Interface: PJSIP/203
                StateInterface: PJSIP/203
                Membership: dynamic
                Penalty: 0
                CallsTaken: 4
                LastCall: 1795300700
                LastPause: 0
                LoginTime: 1795300600
                InCall: 0
                Status: 1
                Paused: 0
                PausedReason:\s
                Ringinuse: 0
                Wrapuptime: 0
                """);

        assertThat(removed).isEqualTo(new QueueMemberRemoved(AT_0812, "GeneralQueue", "PJSIP/203"));
    }

    @Test
    void parkedCallTimeOutNamesTheParkeeAndItsSpace() {
        ParkingEnded ended = (ParkingEnded) translate(parkingEnd("ParkedCallTimeOut"));

        assertThat(ended).isEqualTo(new ParkingEnded(AT_0812,
                ref("1795300766.16", "1795300766.16", "PJSIP/trunk-0000000e"), "default", "701",
                ParkingEvent.Ending.TIMED_OUT));
    }

    @Test
    void parkedCallGiveUpNamesTheParkeeAndItsSpace() {
        ParkingEnded ended = (ParkingEnded) translate(parkingEnd("ParkedCallGiveUp"));

        assertThat(ended).isEqualTo(new ParkingEnded(AT_0812,
                ref("1795300766.16", "1795300766.16", "PJSIP/trunk-0000000e"), "default", "701",
                ParkingEvent.Ending.GAVE_UP));
    }

    /** The Parkee block, the Parker block (the desk that parked it, gone by now) and the lot's headers. */
    private static String parkingEnd(String eventName) {
        return """
                Event: %s
                Privilege: call,all
                Timestamp: 1795300812.250000
                ParkeeChannel: PJSIP/trunk-0000000e
                ParkeeChannelState: 6
                ParkeeChannelStateDesc: Up
                ParkeeCallerIDNum: +3225550101
                ParkeeCallerIDName: External Caller
                ParkeeConnectedLineNum: 202
                ParkeeConnectedLineName: Reception Desk 2
                ParkeeLanguage: en
                ParkeeAccountCode:\s
                ParkeeContext: reception
                ParkeeExten: s
                ParkeePriority: 5
                ParkeeUniqueid: 1795300766.16
                ParkeeLinkedid: 1795300766.16
                ParkerChannel: PJSIP/202-00000011
                ParkerChannelState: 6
                ParkerChannelStateDesc: Up
                ParkerCallerIDNum: 202
                ParkerCallerIDName: Reception Desk 2
                ParkerConnectedLineNum: +3225550101
                ParkerConnectedLineName: External Caller
                ParkerLanguage: en
                ParkerAccountCode:\s
                ParkerContext: internal
                ParkerExten: s
                ParkerPriority: 1
                ParkerUniqueid: 1795300766.19
                ParkerLinkedid: 1795300766.16
                ParkerDialString: PJSIP/202
                Parkinglot: default
                ParkingSpace: 701
                ParkingTimeout: 0
                ParkingDuration: 120
                """.formatted(eventName);
    }

    /** The LocalOne* and LocalTwo* blocks of a Local channel that Asterisk is about to optimise away. */
    private static final String LOCAL_PAIR = """
            LocalOneChannel: Local/204@internal-00000001;1
            LocalOneChannelState: 6
            LocalOneChannelStateDesc: Up
            LocalOneCallerIDNum: 204
            LocalOneCallerIDName: Bob Janssens
            LocalOneConnectedLineNum: 202
            LocalOneConnectedLineName: Reception Desk 2
            LocalOneLanguage: en
            LocalOneAccountCode:\s
            LocalOneContext: internal
            LocalOneExten: 204
            LocalOnePriority: 1
            LocalOneUniqueid: 1795300808.35
            LocalOneLinkedid: 1795300805.31
            LocalTwoChannel: Local/204@internal-00000001;2
            LocalTwoChannelState: 6
            LocalTwoChannelStateDesc: Up
            LocalTwoCallerIDNum: 202
            LocalTwoCallerIDName: Reception Desk 2
            LocalTwoConnectedLineNum: 204
            LocalTwoConnectedLineName: Bob Janssens
            LocalTwoLanguage: en
            LocalTwoAccountCode:\s
            LocalTwoContext: internal
            LocalTwoExten: 204
            LocalTwoPriority: 2
            LocalTwoUniqueid: 1795300808.36
            LocalTwoLinkedid: 1795300805.31""";

    @Test
    void localOptimizationBeginAndEndNameBothHalves() {
        LocalOptimizationBegan began = (LocalOptimizationBegan) translate("""
                Event: LocalOptimizationBegin
                Privilege: call,all
                Timestamp: 1795300812.250000
                %s
                DestUniqueId: 1795300808.37
                Id: 1
                """.formatted(LOCAL_PAIR));
        LocalOptimizationEnded ended = (LocalOptimizationEnded) translate("""
                Event: LocalOptimizationEnd
                Privilege: call,all
                Timestamp: 1795300812.250000
                %s
                Success: Yes
                Id: 1
                """.formatted(LOCAL_PAIR));

        ChannelRef first = ref("1795300808.35", "1795300805.31", "Local/204@internal-00000001;1");
        ChannelRef second = ref("1795300808.36", "1795300805.31", "Local/204@internal-00000001;2");
        assertThat(began).isEqualTo(new LocalOptimizationBegan(AT_0812, first, second));
        assertThat(ended).isEqualTo(new LocalOptimizationEnded(AT_0812, first, second, true));
    }

    @Test
    void reloadNamesTheModule() {
        PbxReloaded reloaded = (PbxReloaded) translate("""
                Event: Reload
                Privilege: system,all
                Timestamp: 1795300812.250000
                Module: app_queue.so
                Status: 0
                """);

        assertThat(reloaded).isEqualTo(new PbxReloaded(AT_0812, "app_queue.so"));
    }

    @Test
    void shutdownSaysWhetherThePbxRestarts() {
        PbxShuttingDown restarting = (PbxShuttingDown) translate("""
                Event: Shutdown
                Privilege: system,all
                Timestamp: 1795300812.250000
                Shutdown: Cleanly
                Restart: True
                """);
        PbxShuttingDown stopping = (PbxShuttingDown) translate("""
                Event: Shutdown
                Privilege: system,all
                Timestamp: 1795300812.250000
                Shutdown: Uncleanly
                Restart: False
                """);

        assertThat(restarting).isEqualTo(new PbxShuttingDown(AT_0812, true));
        assertThat(stopping).isEqualTo(new PbxShuttingDown(AT_0812, false));
    }
}
