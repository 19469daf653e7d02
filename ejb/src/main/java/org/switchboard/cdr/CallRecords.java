package org.switchboard.cdr;

import java.time.Duration;
import java.util.Optional;

import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.cdr.persistence.CallRecord;
import org.switchboard.shared.model.CallId;

/** The one mapping between the CDR value and its row. */
final class CallRecords {

    private CallRecords() {
    }

    static CallRecord toRow(CallDetailRecord cdr) {
        return new CallRecord(cdr.callId().value(), cdr.start(), cdr.end(), cdr.disposition().name(),
                cdr.direction().name())
                .parties(cdr.callerNumber(), cdr.callerName(), cdr.calledNumber())
                .timing(cdr.answer().orElse(null), cdr.waited().toMillis(), cdr.talked().toMillis())
                .endEstimated(cdr.endEstimated())
                .routing(cdr.queue().orElse(null), cdr.answeredBy().orElse(null))
                .asterisk(cdr.channel(), cdr.destinationChannel(), cdr.context(), cdr.lastApplication(),
                        cdr.lastData(), cdr.accountCode());
    }

    static CallDetailRecord toValue(CallRecord row) {
        return new CallDetailRecord(new CallId(row.callId()), row.callerNumber(), row.callerName(),
                row.calledNumber(), row.startedAt(), Optional.ofNullable(row.answeredAt()), row.endedAt(),
                Duration.ofMillis(row.waitMillis()), Duration.ofMillis(row.talkMillis()),
                Disposition.valueOf(row.disposition()), Direction.valueOf(row.direction()),
                Optional.ofNullable(row.queue()), Optional.ofNullable(row.answeredBy()), row.channel(),
                row.destinationChannel(), row.context(), row.lastApplication(), row.lastData(), row.accountCode(),
                row.endEstimated());
    }
}
