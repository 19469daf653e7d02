package org.switchboard.console.model;

import java.util.EnumSet;
import java.util.Set;

import org.switchboard.shared.model.CallId;

/** Which commands are about one call (on a line, waiting or supervised), to offer them beside that call. */
final class EntryCommands {

    /** A call id no session follows, to ask whether a line could dial. */
    static final CallId DIAL_PROBE = new CallId("dial-probe");

    private static final Set<ConsoleTrigger> ABOUT_A_CALL = EnumSet.of(ConsoleTrigger.TAKE_BACK, ConsoleTrigger.HANG_UP,
            ConsoleTrigger.HOLD, ConsoleTrigger.RETRIEVE, ConsoleTrigger.PARK, ConsoleTrigger.DIRECTED_PARK,
            ConsoleTrigger.CAMP_ON, ConsoleTrigger.NOTE);

    private EntryCommands() {
    }

    static boolean isAbout(ConsoleTrigger command) {
        return ABOUT_A_CALL.contains(command);
    }
}
