package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallEnded;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;

/**
 * The record of a call made with AMI Originate: the PBX rings the originating phone (201), then dials the
 * number (204). The record's answer is 204's answer, when the conversation began, not 201's (Asterisk's own
 * CDR counts from 201's); the wait runs from 201's first ring. Times are the recorded PBX timestamps.
 */
class OriginatedCallRecordsTest {

    @Test
    void originate201To204_isAnsweredWhen204Answers_andTheWaitIncludesRinging201() {
        RecordedReplay replay = new RecordedReplay("originate-201-to-204").all();

        CallDetailRecord cdr = onlyRecord(replay.events(CallEnded.class));
        Instant desk201Answered = Instant.parse("2026-11-21T22:39:17.257264Z");
        Instant phone204Answered = Instant.parse("2026-11-21T22:39:19.265516Z");
        assertThat(cdr.start()).isEqualTo(Instant.parse("2026-11-21T22:39:15.251432Z"));
        assertThat(cdr.answer()).contains(phone204Answered);
        assertThat(replay.events(PhoneStatusChanged.class)).as("201 answered first, which does not count")
                .filteredOn(change -> change.device().equals("PJSIP/201") && change.now() == PhoneStatus.BUSY_INTERNAL)
                .extracting(PhoneStatusChanged::at).containsExactly(desk201Answered);
        assertThat(cdr.waited()).isEqualTo(Duration.between(cdr.start(), phone204Answered));
        assertThat(cdr.talked()).isEqualTo(Duration.between(phone204Answered, cdr.end()));
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.answeredBy()).contains("PJSIP/204");
        assertThat(cdr.callerNumber()).isEqualTo("201");
        assertThat(cdr.calledNumber()).isEqualTo("204");
        assertThat(cdr.direction()).isEqualTo(Direction.INTERNAL);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void originateToBusy204_isBusyWithoutAnswer_thenTheSecondOriginateIsAnsweredWhen204Answers() {
        RecordedReplay replay = new RecordedReplay("actions/originate-to-busy-then-free").all();

        List<CallDetailRecord> originated = replay.events(CallEnded.class).stream().map(CallDetailRecords::of)
                .filter(cdr -> cdr.callerNumber().equals("201")).toList();
        assertThat(originated).hasSize(2);
        CallDetailRecord busy = originated.get(0);
        assertThat(busy.disposition()).isEqualTo(Disposition.BUSY);
        assertThat(busy.answer()).isEmpty();
        assertThat(busy.answeredBy()).isEmpty();
        assertThat(busy.talked()).isZero();
        assertThat(busy.waited()).isEqualTo(Duration.between(busy.start(), busy.end()));
        CallDetailRecord free = originated.get(1);
        Instant phone204Answered = Instant.parse("2026-11-25T21:30:21.832801Z");
        assertThat(free.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(free.answer()).contains(phone204Answered);
        assertThat(free.answeredBy()).contains("PJSIP/204");
        assertThat(free.waited()).isEqualTo(Duration.between(free.start(), phone204Answered));
        assertThat(free.talked()).isEqualTo(Duration.between(phone204Answered, free.end()));
        assertThat(replay.anomalies()).isEmpty();
    }

    private static CallDetailRecord onlyRecord(List<CallEnded> ends) {
        assertThat(ends).hasSize(1);
        return CallDetailRecords.of(ends.get(0));
    }
}
