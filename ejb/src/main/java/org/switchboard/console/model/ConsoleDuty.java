package org.switchboard.console.model;

import java.util.Objects;

/**
 * Whether the receptionists work on this site, as the console side knows it: the last {@code ConsoleDutyChanged}
 * heard from the fencing. Where they work, their sessions are active; elsewhere they are PASSIVE (logged in, no
 * lines, no queue calls).
 *
 * <p>{@link #UNDECIDED} is the one decision for the time before the fencing has spoken (and for a single server
 * with no pair, where nobody ever does): the consoles work here, as they always did. Every session starts with
 * it, and the console service holds it until the first duty is heard.
 *
 * @param workHere whether the receptionists work on this site
 * @param reason why, for the log and the clients
 */
public record ConsoleDuty(boolean workHere, String reason) {

    /** Before the first duty is heard: consoles work here, as on a server without a pair. */
    public static final ConsoleDuty UNDECIDED = new ConsoleDuty(true,
            "no console duty decided yet: this site works as a single server");

    public ConsoleDuty {
        Objects.requireNonNull(reason, "reason");
    }

    /** The trigger that tells a session about this duty. */
    public ConsoleTrigger trigger() {
        return workHere ? ConsoleTrigger.SITE_ACTIVE : ConsoleTrigger.SITE_PASSIVE;
    }
}
