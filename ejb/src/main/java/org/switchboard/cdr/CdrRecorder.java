package org.switchboard.cdr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.switchboard.call.model.CallEnded;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.DomainEventConsumer;
import org.switchboard.shared.model.DomainEvent;

/**
 * Stores the record of every call that ended, one transaction per call (never one per AMI event), on the
 * dispatcher's lanes. A failure reaches the dispatcher, which logs it with the whole record.
 */
@ApplicationScoped
public class CdrRecorder implements DomainEventConsumer {

    @Inject
    CdrService cdrs;

    @Override
    public String name() {
        return "cdr-store";
    }

    @Override
    public boolean wants(DomainEvent event) {
        return event instanceof CallEnded;
    }

    @Override
    public void accept(DomainEvent event) {
        cdrs.record(CallDetailRecords.of((CallEnded) event));
    }
}
