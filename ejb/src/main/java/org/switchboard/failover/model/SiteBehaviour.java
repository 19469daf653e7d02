package org.switchboard.failover.model;

import java.util.Objects;

/**
 * What a row of the fencing table means for one site, as data the fencing service acts on.
 *
 * @param refusesCalls whether the site refuses reception calls because of its flags (only ever the primary)
 * @param smithsOnStonith whether a running site also sets its own SMITH because its STONITH is set (the primary)
 * @param detectsActivity whether a reception call reaching the site counts as activity (the secondary, armed)
 * @param notifiesClients whether detected activity tells the consoles to work on this site
 * @param demandsStonith whether detected activity makes the site demand that the primary stay down
 * @param meaning the behaviour in words, for the admin page and JMX
 */
public record SiteBehaviour(boolean refusesCalls, boolean smithsOnStonith, boolean detectsActivity,
        boolean notifiesClients, boolean demandsStonith, String meaning) {

    /** Primary with both flags clear. */
    public static final SiteBehaviour PRIMARY_HEALTHY = new SiteBehaviour(false, false, false, false, false,
            "takes reception calls");
    /** Primary with SMITH set: it shot itself or was deactivated. */
    public static final SiteBehaviour PRIMARY_SMITHED = new SiteBehaviour(true, false, false, false, false,
            "refuses reception calls (SMITH)");
    /** Primary with STONITH set: the secondary demanded it stay down; a running primary also sets SMITH. */
    public static final SiteBehaviour PRIMARY_STONITHED = new SiteBehaviour(true, true, false, false, false,
            "refuses reception calls (STONITH); while running it sets SMITH too");
    /** Secondary with both flags clear: armed. */
    public static final SiteBehaviour SECONDARY_ARMED = new SiteBehaviour(false, false, true, true, true,
            "takes calls; a reception call here is activity: consoles switch here and it demands STONITH of the primary");
    /** Secondary with SMITH set: deactivated. */
    public static final SiteBehaviour SECONDARY_DEACTIVATED = new SiteBehaviour(false, false, false, false, false,
            "takes calls; deactivated: no activity detection, no client notification, no STONITH demand");
    /** Secondary with its own STONITH set, which the primary never sets: invalid, so not acted on. */
    public static final SiteBehaviour SECONDARY_INVALID = new SiteBehaviour(false, false, false, false, false,
            "takes calls; its own STONITH flag is invalid (the primary never STONITHs the secondary): no activity"
                    + " detection, no client notification, no STONITH demand");

    public SiteBehaviour {
        Objects.requireNonNull(meaning, "meaning");
    }
}
