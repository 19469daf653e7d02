package org.switchboard.failover.model;

/** What can happen to a site's fencing flags. */
public enum FencingTrigger {
    /** The server started with the flags read from its files. */
    STARTED,
    /** A critical probe of this site failed. */
    CRITICAL_FAILURE,
    /** The secondary demands that this primary stay down. */
    STONITH_HEARD,
    /** The operator deactivated the console service of this site. */
    DEACTIVATE,
    /** The operator activated the console service of this site (the manual recovery). */
    ACTIVATE,
    /** A reception call reached this site's PBX. */
    ACTIVITY_DETECTED
}
