package org.switchboard.failover.model;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.SettingSource;

/**
 * How the pair link talks to the other site, read once at startup.
 *
 * @param heartbeat how often this site sends its status (and the changes of its phones and sessions) to the other
 *                  site; {@code SWB_PAIR_HEARTBEAT}, default 1 s, from 100 ms to 1 min
 */
public record PairSettings(Duration heartbeat) {

    public static final String HEARTBEAT = "switchboard.pair.heartbeat";

    private static final Duration MIN = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMinutes(1);

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static PairSettings from(UnaryOperator<String> source) {
        Duration heartbeat = new SettingSource(source).duration(HEARTBEAT, Duration.ofSeconds(1));
        if (heartbeat.compareTo(MIN) < 0 || heartbeat.compareTo(MAX) > 0) {
            throw new InvalidSetting(HEARTBEAT, heartbeat.toString(), "a duration from PT0.1S to PT1M");
        }
        return new PairSettings(heartbeat);
    }
}
