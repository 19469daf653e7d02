package org.switchboard.failover.model;

/**
 * What one site's fencing machine is in: its own two flags, and on the secondary whether it detected reception
 * activity (which it keeps durably too). {@code STONITH_ONLY} and the secondary's {@code STONITHED} come only from
 * flag files written by hand or a crash between the two writes; the tables say what each does.
 */
public enum FencingState {
    /** 00, no activity: the primary takes calls; the secondary is armed. */
    CLEAR(FencingFlags.CLEAR, false),
    /** 00 with activity detected: only the secondary; it demands STONITH and the consoles work there. */
    ACTIVITY(FencingFlags.CLEAR, true),
    /** 10: the primary shot itself or was deactivated; the secondary was deactivated. */
    SMITHED(new FencingFlags(true, false), false),
    /** 01: STONITH without SMITH (read from the files); a running primary then SMITHs too. */
    STONITH_ONLY(new FencingFlags(false, true), false),
    /** 11: the primary STONITHed by the secondary and SMITHed; on the secondary an invalid pair of flags. */
    STONITHED(new FencingFlags(true, true), false);

    private final FencingFlags flags;
    private final boolean activity;

    FencingState(FencingFlags flags, boolean activity) {
        this.flags = flags;
        this.activity = activity;
    }

    public FencingFlags flags() {
        return flags;
    }

    public boolean activityDetected() {
        return activity;
    }

    /** The state of durable flags as read at start; activity counts only with both flags clear. */
    public static FencingState of(FencingFlags flags, boolean activity) {
        if (flags.smith()) {
            return flags.stonith() ? STONITHED : SMITHED;
        }
        if (flags.stonith()) {
            return STONITH_ONLY;
        }
        return activity ? ACTIVITY : CLEAR;
    }

    /**
     * Whether the receptionists work on this site: on the primary until the secondary demanded that it stay down
     * (STONITH), on the secondary once it detected activity. A primary that only shot itself (SMITH, row 1000)
     * keeps its consoles: the seed's intermediate state, in which clients are told to switch only from the moment
     * the secondary detects a reception call; a single server without a secondary therefore never loses its
     * consoles to its own SMITH.
     */
    public boolean consolesWorkHere(SiteRole role) {
        return role == SiteRole.PRIMARY ? !flags.stonith() : this == ACTIVITY;
    }

    /** Whether the site demands that the primary stay down: a secondary that detected activity. */
    public boolean demandsStonith(SiteRole role) {
        return role == SiteRole.SECONDARY && this == ACTIVITY;
    }
}
