package org.switchboard.console.model;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A receptionist as the console knows them: the login (also the SIP digest user name), the name colleagues
 * see, the personal phone (its device and extension), the personal queue and the general queues the phone
 * serves, and whether the account may log in. Every field is checked here, so a bad value is refused with
 * its name wherever it comes from (JMX, the demo, a later admin page).
 *
 * @param phoneDevice the phone's device as Asterisk names it, e.g. {@code PJSIP/201}
 * @param extension the number that rings it, e.g. {@code 201}
 * @param personalQueue the queue of calls for this receptionist alone, e.g. {@code PersonalQueue201}
 * @param generalQueues the queues shared with the other receptionists, e.g. {@code GeneralQueue}, in order
 */
public record Receptionist(String login, String displayName, String phoneDevice, String extension,
        String personalQueue, List<String> generalQueues, boolean enabled) {

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,15}/[A-Za-z0-9._@:+-]{1,47}");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9*#+]{1,32}");
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int DISPLAY_NAME_MAX = 100;

    public Receptionist {
        check("login", login, LOGIN, "1 to 64 letters, digits, '.', '-' or '_'");
        displayName = displayName == null ? null : displayName.strip();
        if (displayName == null || displayName.isEmpty() || displayName.length() > DISPLAY_NAME_MAX
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidReceptionist("displayName", displayName, "1 to 100 characters, no control characters");
        }
        check("phoneDevice", phoneDevice, DEVICE, "a device such as PJSIP/201 or SIP/201");
        check("extension", extension, EXTENSION, "1 to 32 digits, letters, '*', '#' or '+'");
        check("personalQueue", personalQueue, QUEUE, "a queue name: 1 to 64 letters, digits, '.', '-' or '_'");
        generalQueues = List.copyOf(generalQueues == null ? List.of() : generalQueues);
        for (String queue : generalQueues) {
            check("generalQueues", queue, QUEUE, "queue names: 1 to 64 letters, digits, '.', '-' or '_' each");
        }
        if (new HashSet<>(generalQueues).size() < generalQueues.size() || generalQueues.contains(personalQueue)) {
            throw new InvalidReceptionist("generalQueues", String.join(",", generalQueues),
                    "distinct queues, none of them the personal queue");
        }
    }

    /** A comma-separated list of general queues (blanks around names ignored, an empty list allowed). */
    public static List<String> queueList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.of(commaSeparated.split(",", -1)).stream().map(String::strip).toList();
    }

    /** The same receptionist, enabled or not. */
    public Receptionist withEnabled(boolean enable) {
        return new Receptionist(login, displayName, phoneDevice, extension, personalQueue, generalQueues, enable);
    }

    private static void check(String field, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidReceptionist(field, value, expected);
        }
    }
}
