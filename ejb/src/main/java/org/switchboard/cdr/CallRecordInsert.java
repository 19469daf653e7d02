package org.switchboard.cdr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.cdr.persistence.CallRecord;
import org.switchboard.cdr.persistence.CallRecordExistsException;
import org.switchboard.cdr.persistence.CallRecordRepository;

/**
 * The insert of one call record in a transaction of its own: a record refused as a duplicate rolls back this
 * transaction only (on PostgreSQL a refused statement aborts its whole transaction), never the caller's work.
 */
@ApplicationScoped
class CallRecordInsert {

    @Inject
    CallRecordRepository records;

    /** Commits the record, or rolls back and throws {@link CallRecordExistsException} when the call has one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void insert(CallRecord row) {
        records.insert(row);
    }
}
