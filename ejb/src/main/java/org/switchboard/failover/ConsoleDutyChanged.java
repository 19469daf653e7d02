package org.switchboard.failover;

/**
 * CDI event: whether the receptionists work on this site changed. On the site where they work their console
 * sessions are active; on the other they are PASSIVE. Fired once at start with the first decision, then on each
 * change (a secondary that detects activity starts working; a primary that is fenced stops).
 *
 * @param workHere whether consoles work on this site now
 * @param site this site's name
 * @param reason why, for the log and the clients ("activity detected on secondary-b: call 1795642139.14")
 */
public record ConsoleDutyChanged(boolean workHere, String site, String reason) {
}
