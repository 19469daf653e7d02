package org.switchboard.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.MDC;

/**
 * Puts correlation ids in the MDC for the duration of a try-with-resources block and restores what was
 * there before. The keys are the ones the log pattern prints: {@link #CALL} (linked id), {@link #CHANNEL}
 * (unique id), {@link #SESSION} (console session), {@link #USER} and {@link #SIP} (SIP Call-ID). A null value clears its key for the
 * block.
 *
 * <p>Entry points (a PBX event, a SIP request, a JMS message, a task of an executor) use
 * {@link #only(String...)}, which also clears every other key for the block: a thread that served something
 * else before, or that inherited the MDC of the thread that created it, never logs a stranger's ids.
 */
public final class LogContext implements AutoCloseable {

    public static final String CALL = "call";
    public static final String CHANNEL = "chan";
    public static final String SESSION = "session";
    public static final String USER = "user";
    public static final String SIP = "sip";

    private static final List<String> KEYS = List.of(CALL, CHANNEL, SESSION, USER, SIP);

    private final Map<String, Object> previous;

    private LogContext(Map<String, Object> previous) {
        this.previous = previous;
    }

    /**
     * For an entry point: the given keys and values (pairs; a null value clears its key), and every other
     * correlation key cleared, for the block.
     */
    public static LogContext only(String... keysAndValues) {
        Map<String, String> wanted = new LinkedHashMap<>();
        KEYS.forEach(key -> wanted.put(key, null));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!KEYS.contains(keysAndValues[i])) {
                throw new IllegalArgumentException("not a correlation key: " + keysAndValues[i]);
            }
            wanted.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        String[] all = new String[wanted.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> entry : wanted.entrySet()) {
            all[i++] = entry.getKey();
            all[i++] = entry.getValue();
        }
        return withAll(all);
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
