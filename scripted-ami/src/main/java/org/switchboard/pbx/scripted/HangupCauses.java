package org.switchboard.pbx.scripted;

import java.util.Map;

/** The Q.850 cause texts Asterisk puts in {@code Cause-txt}, for the causes the simulated PBX uses. */
public final class HangupCauses {

    private static final Map<Integer, String> TEXTS = Map.of(0, "Unknown", 16, "Normal Clearing", 17, "User busy",
            19, "User alerting, no answer", 21, "Call Rejected", 26, "Answered elsewhere",
            127, "Interworking, unspecified");

    private HangupCauses() {
    }

    public static String text(int cause) {
        return TEXTS.getOrDefault(cause, "Unknown");
    }
}
