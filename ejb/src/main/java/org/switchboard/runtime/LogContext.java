package org.switchboard.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.MDC;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.PbxEvent;

/**
 * Puts correlation ids in the MDC for the duration of a try-with-resources block and restores what was
 * there before. The keys are the ones the log pattern prints: {@link #CALL} (linked id), {@link #CHANNEL}
 * (unique id), {@link #SESSION} (console session), {@link #USER} and {@link #SIP} (SIP Call-ID). A null value clears its key for the
 * block.
 */
public final class LogContext implements AutoCloseable {

    public static final String CALL = "call";
    public static final String CHANNEL = "chan";
    public static final String SESSION = "session";
    public static final String USER = "user";
    public static final String SIP = "sip";

    private final Map<String, Object> previous;

    private LogContext(Map<String, Object> previous) {
        this.previous = previous;
    }

    /** The call and channel ids of the channel {@code event} is about; cleared for events about none. */
    public static LogContext of(PbxEvent event) {
        Optional<ChannelRef> subject = event.subject();
        return with(CALL, subject.map(channel -> channel.callId().value()).orElse(null), CHANNEL,
                subject.map(channel -> channel.id().value()).orElse(null));
    }

    public static LogContext with(String key, String value) {
        return withAll(key, value);
    }

    public static LogContext with(String key, String value, String otherKey, String otherValue) {
        return withAll(key, value, otherKey, otherValue);
    }

    private static LogContext withAll(String... keysAndValues) {
        Map<String, Object> previous = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = keysAndValues[i];
            previous.putIfAbsent(key, MDC.get(key));
            put(key, keysAndValues[i + 1]);
        }
        return new LogContext(previous);
    }

    @Override
    public void close() {
        previous.forEach(LogContext::put);
    }

    private static void put(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
