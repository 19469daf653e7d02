package org.switchboard.testkit.logging;

import java.util.Map;
import java.util.Objects;

/**
 * One log record: its level name as JBoss Logging names it ({@code WARN}, {@code ERROR}, …), its category,
 * the formatted message, the MDC at the moment it was logged, and the exception if any (null otherwise).
 */
public record CapturedLog(String level, String category, String message, Map<String, String> mdc, Throwable thrown) {

    public CapturedLog {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        mdc = Map.copyOf(mdc);
    }

    /** The MDC value under this key, or an empty string. */
    public String mdc(String key) {
        return mdc.getOrDefault(key, "");
    }

    @Override
    public String toString() {
        return level + " [" + category + "] " + mdc + " " + message;
    }
}
