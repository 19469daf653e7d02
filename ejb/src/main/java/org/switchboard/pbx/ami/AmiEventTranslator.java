package org.switchboard.pbx.ami;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.ContactStatusEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.FullyBootedEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HoldEvent;
import org.asteriskjava.manager.event.LocalBridgeEvent;
import org.asteriskjava.manager.event.LocalOptimizationBeginEvent;
import org.asteriskjava.manager.event.LocalOptimizationEndEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.MusicOnHoldStopEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewCallerIdEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewConnectedLineEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.ParkedCallGiveUpEvent;
import org.asteriskjava.manager.event.PeerStatusEvent;
import org.asteriskjava.manager.event.ParkedCallTimeOutEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;
import org.asteriskjava.manager.event.ReloadEvent;
import org.asteriskjava.manager.event.ShutdownEvent;
import org.asteriskjava.manager.event.UnholdEvent;
import org.jboss.logging.Logger;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.Stamp;

/**
 * Turns asterisk-java's event beans into {@link PbxEvent} records, from one table: event class to mapping
 * function, one row per AMI event, all registered in the constructor. An event the table does not list is
 * unknown: it is counted under its name, and the first of each name is logged at DEBUG. An event the table
 * lists but that lacks the ids its record needs (a channel without its linked id, say) is counted as
 * incomplete. Both yield empty.
 *
 * <p>Some rows use classes of this package instead of asterisk-java's, registered on the connection by
 * {@link AmiSession}: see {@link AmiParkedCallEvent}, {@link AmiUnparkedCallEvent},
 * {@link AmiDeviceStateChangeEvent} and {@link AmiQueueMemberPauseEvent} for why. Thread-safe: the counters are atomic and the table is
 * read-only after construction.
 */
public final class AmiEventTranslator {

    private static final Logger DEBUG = Logger.getLogger(AmiEventTranslator.class);

    /** Event classes that this package registers on every connection in place of asterisk-java's own. */
    static final List<Class<? extends ManagerEvent>> OWN_EVENT_CLASSES = List.of(AmiParkedCallEvent.class,
            AmiUnparkedCallEvent.class, AmiDeviceStateChangeEvent.class, AmiDeviceStateListCompleteEvent.class,
            AmiQueueMemberPauseEvent.class);

    /** One row: what to make of one kind of event. */
    @FunctionalInterface
    interface Mapping<E extends ManagerEvent> {
        Optional<? extends PbxEvent> apply(E event, Stamp stamp);
    }

    private record Row<E extends ManagerEvent>(Class<E> type, Mapping<E> mapping) {
        Optional<? extends PbxEvent> apply(ManagerEvent event, Stamp stamp) {
            return mapping.apply(type.cast(event), stamp);
        }
    }

    private final Map<Class<?>, Row<?>> table = new HashMap<>();
    private final LongAdder translated = new LongAdder();
    private final LongAdder incomplete = new LongAdder();
    private final Map<String, AtomicLong> unknown = new ConcurrentHashMap<>();

    public AmiEventTranslator() {
        on(NewChannelEvent.class, ChannelTranslations::created);
        on(NewStateEvent.class, ChannelTranslations::stateChanged);
        on(NewConnectedLineEvent.class, ChannelTranslations::connectedLine);
        on(NewCallerIdEvent.class, ChannelTranslations::callerId);
        on(NewExtenEvent.class, ChannelTranslations::dialplanStep);
        on(DialBeginEvent.class, ChannelTranslations::dialBegan);
        on(DialEndEvent.class, ChannelTranslations::dialEnded);
        on(BridgeEnterEvent.class, ChannelTranslations::bridgeEntered);
        on(BridgeLeaveEvent.class, ChannelTranslations::bridgeLeft);
        on(HoldEvent.class, ChannelTranslations::held);
        on(UnholdEvent.class, ChannelTranslations::retrieved);
        on(BlindTransferEvent.class, ChannelTranslations::blindTransferred);
        on(AttendedTransferEvent.class, ChannelTranslations::attendedTransferred);
        on(MusicOnHoldStartEvent.class, ChannelTranslations::musicStarted);
        on(MusicOnHoldStopEvent.class, ChannelTranslations::musicStopped);
        on(LocalBridgeEvent.class, ChannelTranslations::localBridged);
        on(LocalOptimizationBeginEvent.class, ChannelTranslations::localOptimizationBegan);
        on(LocalOptimizationEndEvent.class, ChannelTranslations::localOptimizationEnded);
        on(HangupEvent.class, ChannelTranslations::hungUp);
        on(QueueCallerJoinEvent.class, QueueTranslations::callerJoined);
        on(QueueCallerLeaveEvent.class, QueueTranslations::callerLeft);
        on(QueueCallerAbandonEvent.class, QueueTranslations::callerAbandoned);
        on(AgentCalledEvent.class, QueueTranslations::memberRung);
        on(AgentRingNoAnswerEvent.class, QueueTranslations::memberMissed);
        on(AgentConnectEvent.class, QueueTranslations::memberConnected);
        on(AgentCompleteEvent.class, QueueTranslations::memberCompleted);
        on(QueueMemberAddedEvent.class, QueueTranslations::memberAdded);
        on(QueueMemberStatusEvent.class, QueueTranslations::memberChanged);
        on(QueueMemberRemovedEvent.class, QueueTranslations::memberRemoved);
        on(AmiQueueMemberPauseEvent.class, QueueTranslations::memberPaused);
        on(AmiParkedCallEvent.class, ParkingTranslations::parked);
        on(AmiUnparkedCallEvent.class, ParkingTranslations::unparked);
        on(ParkedCallTimeOutEvent.class, ParkingTranslations::timedOut);
        on(ParkedCallGiveUpEvent.class, ParkingTranslations::gaveUp);
        on(AmiDeviceStateChangeEvent.class, SystemTranslations::deviceStateChanged);
        on(ContactStatusEvent.class, SystemTranslations::contactStatus);
        on(PeerStatusEvent.class, SystemTranslations::peerStatus);
        on(FullyBootedEvent.class, SystemTranslations::fullyBooted);
        on(ReloadEvent.class, SystemTranslations::reloaded);
        on(ShutdownEvent.class, SystemTranslations::shuttingDown);
        // asterisk-java's copy of every DialBegin, made for clients of Asterisk 1.x; DialBegin says it all
        on(DialEvent.class, (event, stamp) -> Optional.empty());
    }

    private <E extends ManagerEvent> void on(Class<E> type, Mapping<E> mapping) {
        if (table.put(type, new Row<>(type, mapping)) != null) {
            throw new IllegalStateException("two rows for " + type.getName());
        }
    }

    /**
     * The record for this event, or empty when the event is unknown, deliberately ignored or incomplete.
     *
     * @param receivedAt when our listener got the event; the stamp's PBX time when the event has no Timestamp
     */
    public Optional<PbxEvent> translate(ManagerEvent event, Instant receivedAt) {
        Row<?> row = table.get(event.getClass());
        if (row == null) {
            String name = AmiFields.eventName(event.getClass());
            if (unknown.computeIfAbsent(name, key -> new AtomicLong()).getAndIncrement() == 0) {
                DEBUG.debugf("First %s event from the PBX; it has no PbxEvent and is only counted", name);
            }
            return Optional.empty();
        }
        Optional<? extends PbxEvent> result = row.apply(event, AmiFields.stamp(event, receivedAt));
        if (result.isPresent()) {
            translated.increment();
        } else if (row.type() != DialEvent.class) {
            incomplete.increment();
        }
        return result.map(PbxEvent.class::cast);
    }

    /** Whether the table has a row for this class (used by the tests that walk the traces). */
    boolean knows(Class<? extends ManagerEvent> type) {
        return table.containsKey(type);
    }

    public long translated() {
        return translated.sum();
    }

    /** Known events that lacked an id their record needs. */
    public long incomplete() {
        return incomplete.sum();
    }

    /** Events the table has no row for, in total. */
    public long unknown() {
        return unknown.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Events the table has no row for, by AMI event name. */
    public Map<String, Long> unknownByName() {
        Map<String, Long> copy = new HashMap<>();
        unknown.forEach((name, count) -> copy.put(name, count.get()));
        return Map.copyOf(copy);
    }
}
