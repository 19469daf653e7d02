package org.switchboard.testkit.logging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logging.MDC;

/**
 * Collects the records logged under a category (and its children) while open. Records at INFO and above
 * are seen with the default configuration. Use in a try-with-resources block.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Handler handler;
    private final List<CapturedLog> records = new CopyOnWriteArrayList<>();

    private LogCapture(String category) {
        this.logger = Logger.getLogger(category);
        SimpleFormatter formatter = new SimpleFormatter();
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(new CapturedLog(record.getLevel().getName(), String.valueOf(record.getLoggerName()),
                        String.valueOf(formatter.formatMessage(record)), mdcNow(), record.getThrown()));
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Starts capturing the records of this category, for example {@code org.switchboard.sip}. */
    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    /** Every record captured so far, oldest first. */
    public List<CapturedLog> records() {
        return List.copyOf(records);
    }

    /** The records captured so far that match. */
    public List<CapturedLog> matching(Predicate<CapturedLog> filter) {
        return records.stream().filter(filter).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }

    private static Map<String, String> mdcNow() {
        Map<String, String> copy = new HashMap<>();
        MDC.getMap().forEach((key, value) -> copy.put(key, String.valueOf(value)));
        return copy;
    }
}
