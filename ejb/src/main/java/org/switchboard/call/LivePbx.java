package org.switchboard.call;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.cdr.CdrService;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.mirror.Applied;
import org.switchboard.pbx.mirror.MirrorStatus;
import org.switchboard.pbx.mirror.PbxMirror;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.phone.model.Phone;
import org.switchboard.queue.model.Queue;
import org.switchboard.runtime.LogContext;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.DomainEvent;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The live picture of the PBX in the container: runs each PBX event through the {@link PbxMirror} on the
 * AMI pump's thread, then hands what the models concluded to the rest of the application: CDI observers
 * (console, presence), the CallEvents topic, and the CDR store. Reads come from any thread.
 *
 * <p>Only the pump calls {@link #accept(PbxEvent)}, one event at a time, so the singleton takes no lock
 * ({@code ConcurrencyManagement(BEAN)}); the mirror's views are immutable and safe to read concurrently.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LivePbx {

    @Inject
    TrunkDevices trunks;

    @Inject
    Event<DomainEvent> observers;

    @Inject
    CallEventsPublisher topic;

    @Inject
    CdrService cdrs;

    @Resource
    ManagedExecutorService executor;

    private PbxMirror mirror;

    @PostConstruct
    void create() {
        mirror = new PbxMirror(trunks);
    }

    /** Applies one PBX event and delivers its consequences; never throws (a failure is logged). */
    public Applied accept(PbxEvent event) {
        try (LogContext ignored = LogContext.of(event)) {
            Applied applied = mirror.apply(event);
            applied.moves().forEach(CallLog.LOG::moved);
            applied.anomalies().forEach(this::report);
            applied.events().forEach(this::deliver);
            return applied;
        }
    }

    private void report(Anomaly anomaly) {
        try (LogContext ignored = LogContext.with(LogContext.CALL, anomaly.callId().map(Object::toString).orElse(null))) {
            CallLog.LOG.anomaly(anomaly.eventType(), anomaly.reason());
        }
    }

    private void deliver(DomainEvent event) {
        try (LogContext ignored = LogContext.with(LogContext.CALL, event.callId().map(Object::toString).orElse(null))) {
            CallLog.LOG.domainEvent(event);
            try {
                observers.fire(event);
            } catch (RuntimeException e) {
                CallLog.LOG.observerFailed(event.eventType(), e);
            }
            try {
                topic.publish(event);
            } catch (RuntimeException e) {
                CallLog.LOG.publishFailed(event.eventType(), e);
            }
            if (event instanceof CallEnded ended) {
                store(ended);
            }
        }
    }

    private void store(CallEnded ended) {
        executor.execute(() -> {
            try (LogContext ignored = LogContext.with(LogContext.CALL, ended.call().value())) {
                try {
                    cdrs.record(CallDetailRecords.of(ended));
                } catch (RuntimeException e) {
                    CallLog.LOG.cdrNotStored(ended.facts().toString(), e);
                }
            }
        });
    }

    public List<Call> calls() {
        return mirror.calls();
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
}
