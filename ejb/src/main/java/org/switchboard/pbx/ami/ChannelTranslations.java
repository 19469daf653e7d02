package org.switchboard.pbx.ami;

import static org.switchboard.pbx.ami.AmiFields.channel;
import static org.switchboard.pbx.ami.AmiFields.number;
import static org.switchboard.pbx.ami.AmiFields.parties;
import static org.switchboard.pbx.ami.AmiFields.text;

import java.util.Optional;

import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HoldEvent;
import org.asteriskjava.manager.event.LocalBridgeEvent;
import org.asteriskjava.manager.event.LocalOptimizationBeginEvent;
import org.asteriskjava.manager.event.LocalOptimizationEndEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.MusicOnHoldStopEvent;
import org.asteriskjava.manager.event.NewCallerIdEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewConnectedLineEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.UnholdEvent;
import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.ChannelEvent.AttendedTransferred;
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
import org.switchboard.pbx.model.ChannelEvent.LocalOptimizationBegan;
import org.switchboard.pbx.model.ChannelEvent.LocalOptimizationEnded;
import org.switchboard.pbx.model.ChannelEvent.MusicOnHoldStarted;
import org.switchboard.pbx.model.ChannelEvent.MusicOnHoldStopped;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.HangupCause;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.shared.model.BridgeId;

/** The channel rows of the translator's table: a channel's life, dialling, bridging, hold and transfers. */
final class ChannelTranslations {

    private ChannelTranslations() {
    }

    static Optional<ChannelEvent> created(NewChannelEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedid(), e.getChannel()).map(ch -> new ChannelCreated(stamp, ch,
                state(e.getChannelState()), parties(e.getCallerIdNum(), e.getCallerIdName()),
                parties(e.getConnectedLineNum(), e.getConnectedLineName()), text(e.getContext()), text(e.getExten())));
    }

    static Optional<ChannelEvent> stateChanged(NewStateEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new ChannelStateChanged(stamp, ch,
                state(e.getChannelState()), parties(e.getCallerIdNum(), e.getCallerIdName()),
                parties(e.getConnectedLineNum(), e.getConnectedLineName())));
    }

    static Optional<ChannelEvent> connectedLine(NewConnectedLineEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new ChannelPartiesChanged(stamp,
                ch, parties(e.getCallerIdNum(), e.getCallerIdName()),
                parties(e.getConnectedLineNum(), e.getConnectedLineName())));
    }

    static Optional<ChannelEvent> callerId(NewCallerIdEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new ChannelPartiesChanged(stamp,
                ch, parties(e.getCallerIdNum(), e.getCallerIdName()),
                parties(e.getConnectedLineNum(), e.getConnectedLineName())));
    }

    static Optional<ChannelEvent> dialplanStep(NewExtenEvent e, Stamp stamp) {
        String exten = AmiFields.blank(e.getExtension()) ? e.getExten() : e.getExtension();
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new DialplanStepped(stamp, ch,
                text(e.getContext()), text(exten), text(e.getApplication()), text(e.getAppData())));
    }

    /** DialBegin names the rung channel in its Dest* headers; the Channel headers are the caller, if any. */
    static Optional<ChannelEvent> dialBegan(DialBeginEvent e, Stamp stamp) {
        return channel(e.getDestUniqueId(), e.getDestLinkedId(), e.getDestChannel()).map(dest -> new DialStarted(
                stamp, dest, channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()),
                parties(e.getDestCallerIdNum(), e.getDestCallerIdName()), text(e.getDialString())));
    }

    static Optional<ChannelEvent> dialEnded(DialEndEvent e, Stamp stamp) {
        return channel(e.getDestUniqueId(), e.getDestLinkedId(), e.getDestChannel()).map(dest -> new DialEnded(stamp,
                dest, channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()), text(e.getDialStatus())));
    }

    static Optional<ChannelEvent> bridgeEntered(BridgeEnterEvent e, Stamp stamp) {
        if (AmiFields.blank(e.getBridgeUniqueId())) {
            return Optional.empty();
        }
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new BridgeEntered(stamp, ch,
                new BridgeId(e.getBridgeUniqueId()), number(e.getBridgeNumChannels())));
    }

    static Optional<ChannelEvent> bridgeLeft(BridgeLeaveEvent e, Stamp stamp) {
        if (AmiFields.blank(e.getBridgeUniqueId())) {
            return Optional.empty();
        }
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new BridgeLeft(stamp, ch,
                new BridgeId(e.getBridgeUniqueId()), number(e.getBridgeNumChannels())));
    }

    static Optional<ChannelEvent> held(HoldEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new ChannelHeld(stamp, ch));
    }

    static Optional<ChannelEvent> retrieved(UnholdEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new ChannelRetrieved(stamp, ch));
    }

    /** The Transferer* headers name the channel that transferred; Transferee* its peer; Extension@Context where to. */
    static Optional<ChannelEvent> blindTransferred(BlindTransferEvent e, Stamp stamp) {
        return channel(e.getTransfererUniqueId(), e.getTransfererLinkedId(), e.getTransfererChannel())
                .map(transferer -> new BlindTransferred(stamp, transferer,
                        channel(e.getTransfereeUniqueId(), e.getTransfereeLinkedId(), e.getTransfereeChannel()),
                        text(e.getContext()), text(e.getExtension()), succeeded(e.getResult())));
    }

    static Optional<ChannelEvent> attendedTransferred(AttendedTransferEvent e, Stamp stamp) {
        return channel(e.getOrigTransfererUniqueid(), e.getOrigTransfererLinkedId(), e.getOrigTransfererChannel())
                .map(first -> new AttendedTransferred(stamp, first,
                        channel(e.getSecondTransfererUniqueid(), e.getSecondTransfererLinkedId(),
                                e.getSecondTransfererChannel()),
                        channel(e.getTransfereeUniqueid(), e.getTransfereeLinkedId(), e.getTransfereeChannel()),
                        channel(e.getTransferTargetUniqueID(), e.getTransferTargetLinkedID(),
                                e.getTransferTargetChannel()),
                        succeeded(e.getResult())));
    }

    static Optional<ChannelEvent> musicStarted(MusicOnHoldStartEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel())
                .map(ch -> new MusicOnHoldStarted(stamp, ch, text(e.getClassName())));
    }

    static Optional<ChannelEvent> musicStopped(MusicOnHoldStopEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new MusicOnHoldStopped(stamp, ch));
    }

    /** LocalBridge names both halves in its LocalOne* and LocalTwo* headers. */
    static Optional<ChannelEvent> localBridged(LocalBridgeEvent e, Stamp stamp) {
        Optional<ChannelRef> two = channel(e.getLocalTwoUniqueid(), e.getLocalTwoLinkedid(), e.getLocalTwoChannel());
        return channel(e.getLocalOneUniqueId(), e.getLocalOneLinkedid(), e.getLocalOneChannel())
                .flatMap(one -> two.map(second -> new LocalBridged(stamp, one, second,
                        "yes".equalsIgnoreCase(text(e.getLocalOptimization())))));
    }

    static Optional<ChannelEvent> localOptimizationBegan(LocalOptimizationBeginEvent e, Stamp stamp) {
        Optional<ChannelRef> two = channel(e.getLocalTwoUniqueid(), e.getLocalTwoLinkedid(), e.getLocalTwoChannel());
        return channel(e.getLocalOneUniqueid(), e.getLocalOneLinkedid(), e.getLocalOneChannel())
                .flatMap(one -> two.map(second -> new LocalOptimizationBegan(stamp, one, second)));
    }

    static Optional<ChannelEvent> localOptimizationEnded(LocalOptimizationEndEvent e, Stamp stamp) {
        Optional<ChannelRef> two = channel(e.getLocalTwoUniqueid(), e.getLocalTwoLinkedid(), e.getLocalTwoChannel());
        return channel(e.getLocalOneUniqueid(), e.getLocalOneLinkedid(), e.getLocalOneChannel())
                .flatMap(one -> two.map(second -> new LocalOptimizationEnded(stamp, one, second,
                        Boolean.TRUE.equals(e.getSuccess()))));
    }

    static Optional<ChannelEvent> hungUp(HangupEvent e, Stamp stamp) {
        return channel(e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch -> new ChannelHungUp(stamp, ch,
                new HangupCause(number(e.getCause()), e.getCauseTxt())));
    }

    private static ChannelState state(Integer code) {
        return code == null ? ChannelState.UNKNOWN : ChannelState.ofCode(code);
    }

    private static boolean succeeded(String result) {
        return "success".equalsIgnoreCase(text(result));
    }
}
