package org.switchboard.cdr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.persistence.CallRecordRepository;

/** Stores finished calls and reads them back by day. */
@ApplicationScoped
public class CdrService {

    private static final int PAGE = 500;

    @Inject
    CallRecordRepository records;

    /** Stores the record once; a second record for the same call (the other site's) is ignored. */
    @Transactional
    public boolean record(CallDetailRecord cdr) {
        boolean stored = records.addIfAbsent(CallRecords.toRow(cdr));
        if (stored) {
            CdrLog.LOG.debugf("Stored the CDR of call %s (%s)", cdr.callId(), cdr.disposition());
        }
        return stored;
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

    @Transactional
    public long countOfDay(LocalDate day, ZoneId zone) {
        return records.countStartedBetween(day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
