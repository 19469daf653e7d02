package org.switchboard.cdr.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Call detail records as CSV lines in the column order of Asterisk's {@code Master.csv} (cdr_csv with
 * unique ids and user fields logged), followed by our own columns ({@code endestimated}: {@code yes} when the
 * end was not seen but estimated, the call having ended while the link to the PBX was down). Text columns are quoted with inner
 * quotes doubled, as Asterisk writes them; durations are whole seconds; times are local to the zone given.
 */
public final class MasterCsv {

    /** Asterisk's columns, then ours (after {@code userfield}). */
    public static final List<String> COLUMNS = List.of("accountcode", "src", "dst", "dcontext", "clid", "channel",
            "dstchannel", "lastapp", "lastdata", "start", "answer", "end", "duration", "billsec", "disposition",
            "amaflags", "uniqueid", "userfield", "linkedid", "queue", "answeredby", "wait", "direction",
            "endestimated");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DateTimeFormatter time;

    public MasterCsv(ZoneId zone) {
        this.time = TIME.withZone(zone);
    }

    /** The header line, without line end. */
    public String header() {
        StringBuilder line = new StringBuilder();
        for (String column : COLUMNS) {
            text(line, column);
        }
        return line.toString();
    }

    /** One record as one line, without line end. */
    public String line(CallDetailRecord cdr) {
        StringBuilder line = new StringBuilder(256);
        text(line, cdr.accountCode());
        text(line, cdr.callerNumber());
        text(line, cdr.calledNumber());
        text(line, cdr.context());
        text(line, callerId(cdr));
        text(line, cdr.channel());
        text(line, cdr.destinationChannel());
        text(line, cdr.lastApplication());
        text(line, cdr.lastData());
        text(line, format(cdr.start()));
        text(line, cdr.answer().map(this::format).orElse(""));
        text(line, format(cdr.end()));
        number(line, seconds(cdr.duration()));
        number(line, seconds(cdr.talked()));
        text(line, cdr.disposition().masterCsv());
        text(line, "DOCUMENTATION");
        text(line, cdr.callId().value());
        text(line, "");
        text(line, cdr.callId().value());
        text(line, cdr.queue().orElse(""));
        text(line, cdr.answeredBy().orElse(""));
        number(line, seconds(cdr.waited()));
        text(line, cdr.direction().name().toLowerCase(Locale.ROOT));
        text(line, cdr.endEstimated() ? "yes" : "no");
        return line.toString();
    }

    /** Asterisk's clid column: {@code "Name" <number>}, or just the number when there is no name. */
    static String callerId(CallDetailRecord cdr) {
        if (cdr.callerName().isEmpty()) {
            return cdr.callerNumber();
        }
        return "\"" + cdr.callerName() + "\" <" + cdr.callerNumber() + ">";
    }

    private String format(Instant instant) {
        return time.format(instant);
    }

    private static long seconds(Duration duration) {
        return Math.max(0, duration.getSeconds());
    }

    private static void text(StringBuilder line, String value) {
        separate(line);
        line.append('"').append(value.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ')).append('"');
    }

    private static void number(StringBuilder line, long value) {
        separate(line);
        line.append(value);
    }

    private static void separate(StringBuilder line) {
        if (!line.isEmpty()) {
            line.append(',');
        }
    }
}
