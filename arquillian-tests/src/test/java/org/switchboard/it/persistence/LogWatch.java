package org.switchboard.it.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the server logs while a test runs, as seen by a handler on the root logger (the server's log manager
 * hands every record of every category to it): the test looks at warnings, errors and the CDR's own lines.
 */
final class LogWatch extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogWatch() {
    }

    static LogWatch start() {
        LogWatch watch = new LogWatch();
        watch.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(watch);
        return watch;
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    /** Warnings and errors whose text or parameters name one of the calls, or that come from Hibernate's SQL. */
    List<String> errorsOrWarningsAbout(List<String> calls) {
        return records.stream()
                .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(record -> namesOneOf(record, calls)
                        || Objects.toString(record.getLoggerName(), "").startsWith("org.hibernate.engine.jdbc"))
                .map(record -> record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage()
                        + " " + Arrays.toString(record.getParameters()))
                .toList();
    }

    /** The call ids of the SWB5005 lines: a record not stored because its call has one. */
    List<String> duplicatesNoted() {
        return records.stream()
                .filter(record -> Objects.toString(record.getMessage(), "").startsWith("SWB5005"))
                .map(record -> String.valueOf(record.getParameters()[0]))
                .toList();
    }

    private static boolean namesOneOf(LogRecord record, List<String> calls) {
        String text = record.getMessage() + " " + Arrays.toString(record.getParameters())
                + (record.getThrown() == null ? "" : " " + record.getThrown());
        return calls.stream().anyMatch(text::contains);
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        records.clear();
    }
}
