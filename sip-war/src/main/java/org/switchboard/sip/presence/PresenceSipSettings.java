package org.switchboard.sip.presence;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.SettingSource;

/**
 * How long SIP subscriptions and publications of presence may live, read once at startup. A SUBSCRIBE or PUBLISH
 * asking less than {@code minExpires} seconds gets 423 with Min-Expires; more than {@code maxExpires} is cut down
 * to it; without Expires it gets {@code maxExpires} (RFC 3856 and RFC 3903 both suggest 3600).
 *
 * @param notifyTimeout how long a NOTIFY may wait for its answer before the subscription ends (RFC 3261 Timer F)
 */
public record PresenceSipSettings(int minExpires, int maxExpires, Duration notifyTimeout) {

    public static final String MIN_EXPIRES = "switchboard.presence.sip.min-expires";
    public static final String MAX_EXPIRES = "switchboard.presence.sip.max-expires";
    public static final String NOTIFY_TIMEOUT_SECONDS = "switchboard.presence.sip.notify-timeout-seconds";

    static final int DEFAULT_MIN_EXPIRES = 60;
    static final int DEFAULT_MAX_EXPIRES = 3600;
    static final int DEFAULT_NOTIFY_TIMEOUT_SECONDS = 32;

    public PresenceSipSettings {
        if (minExpires < 1 || maxExpires < minExpires) {
            throw new IllegalArgumentException("0 < min-expires <= max-expires, not " + minExpires + ", " + maxExpires);
        }
        if (notifyTimeout.isNegative() || notifyTimeout.isZero()) {
            throw new IllegalArgumentException("the NOTIFY timeout must be positive");
        }
    }

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static PresenceSipSettings from(UnaryOperator<String> source) {
        SettingSource settings = new SettingSource(source);
        int min = settings.integer(MIN_EXPIRES, DEFAULT_MIN_EXPIRES, 1, 86400);
        int max = settings.integer(MAX_EXPIRES, DEFAULT_MAX_EXPIRES, 1, 86400);
        if (max < min) {
            throw new InvalidSetting(MAX_EXPIRES, Integer.toString(max), "at least " + MIN_EXPIRES + " (" + min + ")");
        }
        return new PresenceSipSettings(min, max, Duration.ofSeconds(settings.integer(NOTIFY_TIMEOUT_SECONDS,
                DEFAULT_NOTIFY_TIMEOUT_SECONDS, 1, 300)));
    }
}
