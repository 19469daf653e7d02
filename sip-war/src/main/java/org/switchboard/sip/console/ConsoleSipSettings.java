package org.switchboard.sip.console;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.SettingSource;

/**
 * How console sessions behave over SIP, read once at startup. (The digest realm is the accounts' setting,
 * {@code AccountSettings.sipRealm}, since the stored HA1s are bound to it.)
 *
 * @param keepAlive how often a client sends a keep-alive (OPTIONS, or any request) at least; a link is lost
 *        after twice this long without a word from the client
 * @param answerTimeout how long a client may take to answer an update before its link is lost
 */
public record ConsoleSipSettings(Duration keepAlive, Duration answerTimeout) {

    public static final String KEEP_ALIVE_SECONDS = "switchboard.console.keep-alive-seconds";
    public static final String ANSWER_TIMEOUT_SECONDS = "switchboard.console.answer-timeout-seconds";

    static final int DEFAULT_KEEP_ALIVE_SECONDS = 30;
    static final int DEFAULT_ANSWER_TIMEOUT_SECONDS = 10;

    public ConsoleSipSettings {
        if (keepAlive.isNegative() || keepAlive.isZero() || answerTimeout.isNegative() || answerTimeout.isZero()) {
            throw new IllegalArgumentException("the keep-alive interval and the answer timeout must be positive");
        }
    }

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static ConsoleSipSettings from(UnaryOperator<String> source) {
        return new ConsoleSipSettings(seconds(source, KEEP_ALIVE_SECONDS, DEFAULT_KEEP_ALIVE_SECONDS),
                seconds(source, ANSWER_TIMEOUT_SECONDS, DEFAULT_ANSWER_TIMEOUT_SECONDS));
    }

    private static Duration seconds(UnaryOperator<String> source, String key, int fallback) {
        return Duration.ofSeconds(new SettingSource(source).integer(key, fallback, 1, 3600));
    }
}
