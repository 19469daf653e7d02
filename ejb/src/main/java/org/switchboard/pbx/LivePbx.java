package org.switchboard.pbx;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.pbx.mirror.Applied;
import org.switchboard.pbx.mirror.MirrorStatus;
import org.switchboard.pbx.mirror.PbxMirror;
import org.switchboard.pbx.model.ConnectionEvent;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.phone.model.Phone;
import org.switchboard.queue.model.Queue;
import org.switchboard.runtime.LogContext;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The live picture of the PBX in the container: applies each PBX event to the {@link PbxMirror} on the AMI
 * pump's thread, logs what the models concluded (each move, anomaly and domain event once), and hands the
 * domain events to the {@link DomainEventDispatcher}, which never blocks. Nothing here waits on a consumer,
 * stores or publishes anything, and no transaction is opened: the bean manages its own (none).
 *
 * <p>Only the pump calls {@link #accept(PbxEvent)}, one event at a time, so the singleton takes no lock
 * ({@code ConcurrencyManagement(BEAN)}); the mirror's views are immutable and safe to read from any thread.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class LivePbx {

    @Inject
    TrunkDevices trunks;

    @Inject
    @Any
    Instance<DomainEventConsumer> consumers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<PbxLinkChanged> linkChanged;

    private PbxMirror mirror;
    private DomainEventDispatcher dispatcher;

    @PostConstruct
    void create() {
        mirror = new PbxMirror(trunks);
        dispatcher = new DomainEventDispatcher(executor, consumers.stream().toList());
    }

    /** Applies one PBX event and hands on its consequences; never throws (a failure is logged by the pump). */
    public Applied accept(PbxEvent event) {
        Applied applied = mirror.apply(event);
        applied.moves().forEach(PbxLog.LOG::moved);
        applied.anomalies().forEach(LivePbx::report);
        applied.events().forEach(LivePbx::log);
        dispatcher.dispatch(applied.events());
        if (event instanceof ConnectionEvent connection) {
            linkChanged.fire(new PbxLinkChanged(event.kind(), connection.toString()));
        }
        return applied;
    }

    private static void report(Anomaly anomaly) {
        try (LogContext ignored = LogContext.with(LogContext.CALL, anomaly.callId().map(Object::toString).orElse(null))) {
            PbxLog.LOG.anomaly(anomaly.eventType(), anomaly.reason());
        }
    }

    private static void log(DomainEvent event) {
        try (LogContext ignored = LogContext.with(LogContext.CALL, event.callId().map(Object::toString).orElse(null))) {
            PbxLog.LOG.domainEvent(event);
        }
    }

    public int callCount() {
        return mirror.callCount();
    }

    public List<Call> calls() {
        return mirror.calls();
    }

    /** One live call, if the model knows it. */
    public Optional<Call> call(CallId id) {
        return mirror.call(id);
    }

    public List<Queue> queues() {
        return mirror.queues();
    }

    public Optional<Queue> queue(String name) {
        return mirror.queue(name);
    }

    public List<Phone> phones() {
        return mirror.phones();
    }

    public List<ParkedCall> parked() {
        return mirror.parked();
    }

    public MirrorStatus status() {
        return mirror.status();
    }

    /** How each consumer of the domain events keeps up. */
    public List<DomainEventDispatcher.ConsumerStats> consumers() {
        return dispatcher.stats();
    }
}
