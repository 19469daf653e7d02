package org.switchboard.console.model;

import static org.switchboard.console.model.ConsoleTrigger.ANSWERED;
import static org.switchboard.console.model.ConsoleTrigger.CALL_ENDED;
import static org.switchboard.console.model.ConsoleTrigger.COUPLED;
import static org.switchboard.console.model.ConsoleTrigger.DIR_PARKED;
import static org.switchboard.console.model.ConsoleTrigger.HELD;
import static org.switchboard.console.model.ConsoleTrigger.PARKED;
import static org.switchboard.console.model.ConsoleTrigger.PAUSED;
import static org.switchboard.console.model.ConsoleTrigger.RINGING;
import static org.switchboard.console.model.ConsoleTrigger.UNPAUSED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which PBX events complete which command. A command that acts on the PBX stays pending until one of these
 * events arrives about its call (or, for pause and unpause, about the phone), until the PBX refuses it, or until
 * the service gives up waiting; its call ending always completes it. Log in and log out are not held pending: the
 * session moves at once and a queue the PBX would not change is reported as an error (and by the JMX check).
 */
public final class Confirmations {

    private static final Map<ConsoleTrigger, Set<ConsoleTrigger>> AWAITED = new EnumMap<>(ConsoleTrigger.class);

    static {
        AWAITED.put(ConsoleTrigger.TAKE_BACK, EnumSet.of(RINGING));
        AWAITED.put(ConsoleTrigger.RETRIEVE, EnumSet.of(RINGING));
        AWAITED.put(ConsoleTrigger.HOLD, EnumSet.of(HELD));
        AWAITED.put(ConsoleTrigger.CAMP_ON, EnumSet.of(HELD));
        AWAITED.put(ConsoleTrigger.DIAL, EnumSet.of(ANSWERED));
        AWAITED.put(ConsoleTrigger.HANG_UP, EnumSet.noneOf(ConsoleTrigger.class));
        AWAITED.put(ConsoleTrigger.PARK, EnumSet.of(PARKED));
        AWAITED.put(ConsoleTrigger.DIRECTED_PARK, EnumSet.of(DIR_PARKED));
        AWAITED.put(ConsoleTrigger.COUPLE, EnumSet.of(COUPLED));
        AWAITED.put(ConsoleTrigger.PAUSE, EnumSet.of(PAUSED));
        AWAITED.put(ConsoleTrigger.UNPAUSE, EnumSet.of(UNPAUSED));
    }

    private Confirmations() {
    }

    /** Whether the command waits for the PBX's events once it has acted. */
    public static boolean awaitsPbx(ConsoleTrigger command) {
        return AWAITED.containsKey(command);
    }

    /** Whether {@code event} completes the pending {@code command} (its call ending always does). */
    public static boolean completes(ConsoleTrigger command, ConsoleTrigger event) {
        return event == CALL_ENDED || AWAITED.getOrDefault(command, Set.of()).contains(event);
    }
}
