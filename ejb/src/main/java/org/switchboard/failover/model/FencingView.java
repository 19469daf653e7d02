package org.switchboard.failover.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The fencing of this site as the operator sees it: its role, the state of its flags, the pair's row with the
 * peer's flags as last heard, what the row means for this site, and why the flags are set.
 *
 * @param site this site's name
 * @param role this site's role
 * @param state this site's fencing state (own flags and detected activity)
 * @param row the pair's row as this site sees it
 * @param why why the flags are what they are ({@code "deactivated by the operator"}), empty when clear
 * @param peer the peer's status as last heard, if ever
 * @param peerLostAt when the peer last left the cluster view, if it did since it was last heard
 */
public record FencingView(String site, SiteRole role, FencingState state, FencingTable.PairRow row, String why,
        Optional<SiteStatus> peer, Optional<Instant> peerLostAt) {

    public FencingView {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(peerLostAt, "peerLostAt");
    }

    public FencingFlags flags() {
        return state.flags();
    }

    public SiteBehaviour behaviour() {
        return FencingTable.behaviour(role, state.flags());
    }

    /** Active: the primary with both flags clear; the secondary with SMITH clear. Else deactivated. */
    public boolean active() {
        return role == SiteRole.PRIMARY ? state.flags().equals(FencingFlags.CLEAR) : !state.flags().smith();
    }

    /**
     * Whether the receptionists work on this site ({@link FencingState#consolesWorkHere}), and on a secondary that
     * was deactivated for the recovery (row 1110) still as long as the primary is heard STONITHed: the duty goes
     * back only when the operator activates the primary, so that during the recovery the receptionists keep a site
     * to work on (taking back the calls of their private queues there) and never have none.
     */
    public boolean consolesWorkHere() {
        if (state.consolesWorkHere(role)) {
            return true;
        }
        return role == SiteRole.SECONDARY && state == FencingState.SMITHED
                && peer.map(status -> status.role() == SiteRole.PRIMARY && status.flags().stonith()).orElse(false);
    }

    public boolean demandsStonith() {
        return state.demandsStonith(role);
    }

    /**
     * Why the flags make this site refuse calls, when they do (a primary with SMITH or STONITH set), in the words of
     * the verdict: {@code SMITH: deactivated by the operator}, {@code STONITH: the secondary site-b demands that this
     * primary stay down}.
     */
    public Optional<String> refusal() {
        if (!behaviour().refusesCalls()) {
            return Optional.empty();
        }
        if (why.startsWith("SMITH: ") || why.startsWith("STONITH: ")) {
            return Optional.of(why);
        }
        return Optional.of((flags().stonith() ? "STONITH" : "SMITH") + ": " + (why.isEmpty() ? "set" : why));
    }

    /** The peer's flags as heard ({@code "00"}), or {@code "??"} while never heard. */
    public String peerFlags() {
        return peer.map(status -> status.flags().code()).orElse("??");
    }

    /** One line: {@code active, primary, row 0000 (valid): takes reception calls}. */
    public String statusLine() {
        String validity = switch (row.validity()) {
            case VALID -> "valid";
            case INVALID -> "INVALID: " + row.note();
            case NOT_KNOWN -> "validity not known: peer never heard";
        };
        return (active() ? "active" : "deactivated") + ", " + role.label() + ", row " + row.code() + " (" + validity
                + "): " + behaviour().meaning() + (why.isEmpty() ? "" : "; " + why);
    }
}
