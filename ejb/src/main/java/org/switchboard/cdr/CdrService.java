package org.switchboard.cdr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.persistence.CallRecordExistsException;
import org.switchboard.cdr.persistence.CallRecordRepository;
import org.switchboard.shared.model.CallId;

/** Stores finished calls and reads them back by day. */
@ApplicationScoped
public class CdrService {

    private static final int PAGE = 500;

    @Inject
    CallRecordRepository records;

    @Inject
    CallRecordInsert ownTransaction;

    /**
     * Stores the record of a call once: the first record of a call id wins, and a later one (the other
     * site's view of the same call, sharing the database, or this site's again) is not stored and not an
     * error, even when both sites store the same call at the same moment. The insert runs in a transaction
     * of its own, so that a refused duplicate rolls back nothing but itself. Tells whether this call stored it.
     */
    public boolean record(CallDetailRecord cdr) {
        try {
            ownTransaction.insert(CallRecords.toRow(cdr));
            CdrLog.LOG.debugf("Stored the CDR of call %s (%s)", cdr.callId(), cdr.disposition());
            return true;
        } catch (CallRecordExistsException e) {
            CdrLog.LOG.storedAlready(cdr.callId().value(), cdr.disposition().name(), cdr.answeredBy().orElse("nobody"),
                    cdr.end().toString(), cdr.endEstimated());
            return false;
        }
    }

    /** Hands every record of calls started on {@code day} (in {@code zone}) to {@code sink}, oldest first. */
    @Transactional
    public long forEachOfDay(LocalDate day, ZoneId zone, Consumer<CallDetailRecord> sink) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        long count = 0;
        List<CallDetailRecord> page;
        do {
            page = records.startedBetween(from, to, (int) count, PAGE).stream().map(CallRecords::toValue).toList();
            page.forEach(sink);
            count += page.size();
        } while (page.size() == PAGE);
        return count;
    }

    /** The record of one call, if it was stored. */
    @Transactional
    public Optional<CallDetailRecord> find(CallId callId) {
        return records.find(callId.value()).map(CallRecords::toValue);
    }

    @Transactional
    public long countOfDay(LocalDate day, ZoneId zone) {
        return records.countStartedBetween(day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
