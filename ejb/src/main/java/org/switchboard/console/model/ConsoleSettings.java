package org.switchboard.console.model;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.switchboard.shared.model.SettingSource;

/**
 * How console sessions act on the PBX and how long they wait, read once at startup.
 *
 * @param supervision how long parked, directed-parked and camping calls wait before they come back
 * @param commandTimeout how long a command may wait for the PBX's confirmation before it is reported failed
 * @param dialContext the dialplan context where phones and numbers are dialled ({@code internal})
 * @param musicOnHold the extension of that context that plays music on hold ({@code 8002})
 * @param generalQueueExtension where a call that cannot come back to its receptionist is sent ({@code 9000})
 * @param parkMargin how much longer than the console's own deadline the parking lot keeps a call, so that the
 *                   console, not the lot, decides where it goes back
 */
public record ConsoleSettings(SupervisionTimes supervision, Duration commandTimeout, String dialContext,
        String musicOnHold, String generalQueueExtension, Duration parkMargin) {

    public static final String PREFIX = "switchboard.console.";
    public static final String PARK_TIMEOUT = PREFIX + "park-timeout";
    public static final String DIRECTED_PARK_TIMEOUT = PREFIX + "directed-park-timeout";
    public static final String CAMP_ON_TIMEOUT = PREFIX + "camp-on-timeout";
    public static final String COMMAND_TIMEOUT = PREFIX + "command-timeout";
    public static final String DIAL_CONTEXT = PREFIX + "dial-context";
    public static final String MUSIC_ON_HOLD = PREFIX + "music-on-hold-extension";
    public static final String GENERAL_QUEUE = PREFIX + "general-queue-extension";
    public static final String PARK_MARGIN = PREFIX + "park-margin";

    private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9_-]{1,79}");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9*#+_-]{1,32}");

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static ConsoleSettings from(UnaryOperator<String> source) {
        SettingSource settings = new SettingSource(source);
        return new ConsoleSettings(
                new SupervisionTimes(settings.duration(PARK_TIMEOUT, Duration.ofSeconds(60)),
                        settings.duration(DIRECTED_PARK_TIMEOUT, Duration.ofSeconds(30)),
                        settings.duration(CAMP_ON_TIMEOUT, Duration.ofSeconds(120))),
                settings.duration(COMMAND_TIMEOUT, Duration.ofSeconds(10)),
                settings.text(DIAL_CONTEXT, "internal", CONTEXT, "a dialplan context name"),
                settings.text(MUSIC_ON_HOLD, "8002", EXTENSION, "an extension"),
                settings.text(GENERAL_QUEUE, "9000", EXTENSION, "an extension"),
                settings.duration(PARK_MARGIN, Duration.ofSeconds(30)));
    }
}
