package org.switchboard.cdr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Direction;
import org.switchboard.shared.model.CallId;

class MasterCsvTest {

    private final MasterCsv csv = new MasterCsv(ZoneId.of("Europe/Brussels"));

    private static CallDetailRecord answeredQueueCall() {
        Instant start = Instant.parse("2026-11-21T22:38:30Z");
        return new CallDetailRecord(new CallId("1795300710.2"), "+3225550101", "External Caller", "9000", start,
                Optional.of(start.plusSeconds(4)), start.plusSeconds(10), Duration.ofSeconds(4),
                Duration.ofSeconds(6), Disposition.ANSWERED, Direction.INBOUND, Optional.of("GeneralQueue"),
                Optional.of("PJSIP/202"), "PJSIP/trunk-00000000", "PJSIP/202-00000003", "from-trunk", "Queue",
                "GeneralQueue,,,,60", "", false);
    }

    @Test
    void givenAnsweredCall_thenLineFollowsMasterCsvColumnsThenOurs() {
        String line = csv.line(answeredQueueCall());

        assertThat(line).isEqualTo("\"\",\"+3225550101\",\"9000\",\"from-trunk\",\"\"\"External Caller\"\" <+3225550101>\","
                + "\"PJSIP/trunk-00000000\",\"PJSIP/202-00000003\",\"Queue\",\"GeneralQueue,,,,60\","
                + "\"2026-11-21 23:38:30\",\"2026-11-21 23:38:34\",\"2026-11-21 23:38:40\",10,6,\"ANSWERED\","
                + "\"DOCUMENTATION\",\"1795300710.2\",\"\",\"1795300710.2\",\"GeneralQueue\",\"PJSIP/202\",4,\"inbound\","
                + "\"no\"");
    }

    @Test
    void givenAbandonedCallWithAnEstimatedEnd_thenAnswerIsEmptyDispositionIsAsteriskNoAnswerAndTheEndSaysEstimated() {
        CallDetailRecord answered = answeredQueueCall();
        CallDetailRecord abandoned = new CallDetailRecord(answered.callId(), "201", "", "9000", answered.start(),
                Optional.empty(), answered.end(), Duration.ofSeconds(10), Duration.ZERO, Disposition.ABANDONED,
                Direction.INTERNAL, Optional.empty(), Optional.empty(), "PJSIP/201-00000001", "", "internal",
                "Queue", "", "", true);

        String line = csv.line(abandoned);

        assertThat(line).contains(",\"201\",\"9000\",\"internal\",\"201\",")
                .contains("\"2026-11-21 23:38:30\",\"\",\"2026-11-21 23:38:40\",10,0,\"NO ANSWER\"")
                .endsWith(",\"\",\"\",10,\"internal\",\"yes\"");
    }

    @Test
    void headerHasOneQuotedNamePerColumnAndEveryLineAsManyFields() {
        String header = csv.header();
        String line = csv.line(answeredQueueCall());

        assertThat(header.split(",")).hasSize(MasterCsv.COLUMNS.size()).startsWith("\"accountcode\"");
        assertThat(fields(line)).isEqualTo(MasterCsv.COLUMNS.size());
    }

    @Test
    void newlinesAndQuotesInsideTextCannotBreakTheLine() {
        CallDetailRecord base = answeredQueueCall();
        CallDetailRecord odd = new CallDetailRecord(base.callId(), "1\n2", "a \"quoted\"\r\nname", "9000",
                base.start(), base.answer(), base.end(), base.waited(), base.talked(), base.disposition(),
                base.direction(), base.queue(), base.answeredBy(), base.channel(), base.destinationChannel(),
                base.context(), base.lastApplication(), base.lastData(), base.accountCode(), base.endEstimated());

        String line = csv.line(odd);

        assertThat(line).doesNotContain("\n").doesNotContain("\r").contains("\"\"\"a \"\"quoted\"\"  name\"\" <1 2>\"");
        assertThat(fields(line)).isEqualTo(MasterCsv.COLUMNS.size());
    }

    /** Counts CSV fields, honouring quotes. */
    private static int fields(String line) {
        int count = 1;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                count++;
            }
        }
        return count;
    }
}
