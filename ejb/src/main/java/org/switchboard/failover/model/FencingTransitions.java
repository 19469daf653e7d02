package org.switchboard.failover.model;

import static org.switchboard.failover.model.FencingEffect.STORE_ACTIVITY;
import static org.switchboard.failover.model.FencingEffect.STORE_FLAGS;
import static org.switchboard.failover.model.FencingState.ACTIVITY;
import static org.switchboard.failover.model.FencingState.CLEAR;
import static org.switchboard.failover.model.FencingState.SMITHED;
import static org.switchboard.failover.model.FencingState.STONITHED;
import static org.switchboard.failover.model.FencingState.STONITH_ONLY;
import static org.switchboard.failover.model.FencingTrigger.ACTIVATE;
import static org.switchboard.failover.model.FencingTrigger.ACTIVITY_DETECTED;
import static org.switchboard.failover.model.FencingTrigger.CRITICAL_FAILURE;
import static org.switchboard.failover.model.FencingTrigger.DEACTIVATE;
import static org.switchboard.failover.model.FencingTrigger.STARTED;
import static org.switchboard.failover.model.FencingTrigger.STONITH_HEARD;

import org.switchboard.shared.model.TransitionTable;

/**
 * How a site's own fencing flags move, one table per role. Recovery is manual: only ACTIVATE clears a flag, so
 * the pair never flaps. A trigger a state absorbs is a move to itself without effects.
 *
 * <p>The primary: a critical failure or a deactivate sets SMITH; a STONITH demand sets STONITH and SMITH; STONITH
 * read at start makes the running primary SMITH too; activate clears both. Reception calls on the primary are its
 * normal work, never activity. It has no ACTIVITY state.
 *
 * <p>The secondary: armed (CLEAR), a reception call is activity (ACTIVITY: it demands STONITH, the consoles work
 * here); a deactivate or a critical failure sets SMITH and forgets the activity; activate clears SMITH. Nobody
 * STONITHs a secondary, so STONITH_HEARD is rejected there; a STONITH flag found in its file is invalid and never
 * acted on: activity is not detected and activate leaves that flag for the operator to correct.
 */
public final class FencingTransitions {

    public static final TransitionTable<FencingState, FencingTrigger> PRIMARY =
            TransitionTable.of(FencingState.class, FencingTrigger.class)
                    .allow(CLEAR, STARTED, CLEAR)
                    .allow(CLEAR, CRITICAL_FAILURE, SMITHED, STORE_FLAGS)
                    .allow(CLEAR, DEACTIVATE, SMITHED, STORE_FLAGS)
                    .allow(CLEAR, STONITH_HEARD, STONITHED, STORE_FLAGS)
                    .allow(CLEAR, ACTIVATE, CLEAR)
                    .allow(CLEAR, ACTIVITY_DETECTED, CLEAR)
                    .allow(SMITHED, STARTED, SMITHED)
                    .allow(SMITHED, CRITICAL_FAILURE, SMITHED)
                    .allow(SMITHED, DEACTIVATE, SMITHED)
                    .allow(SMITHED, STONITH_HEARD, STONITHED, STORE_FLAGS)
                    .allow(SMITHED, ACTIVATE, CLEAR, STORE_FLAGS)
                    .allow(SMITHED, ACTIVITY_DETECTED, SMITHED)
                    .allow(STONITH_ONLY, STARTED, STONITHED, STORE_FLAGS)
                    .allow(STONITH_ONLY, CRITICAL_FAILURE, STONITHED, STORE_FLAGS)
                    .allow(STONITH_ONLY, DEACTIVATE, STONITHED, STORE_FLAGS)
                    .allow(STONITH_ONLY, STONITH_HEARD, STONITHED, STORE_FLAGS)
                    .allow(STONITH_ONLY, ACTIVATE, CLEAR, STORE_FLAGS)
                    .allow(STONITH_ONLY, ACTIVITY_DETECTED, STONITH_ONLY)
                    .allow(STONITHED, STARTED, STONITHED)
                    .allow(STONITHED, CRITICAL_FAILURE, STONITHED)
                    .allow(STONITHED, DEACTIVATE, STONITHED)
                    .allow(STONITHED, STONITH_HEARD, STONITHED)
                    .allow(STONITHED, ACTIVATE, CLEAR, STORE_FLAGS)
                    .allow(STONITHED, ACTIVITY_DETECTED, STONITHED)
                    .build();

    public static final TransitionTable<FencingState, FencingTrigger> SECONDARY =
            TransitionTable.of(FencingState.class, FencingTrigger.class)
                    .allow(CLEAR, STARTED, CLEAR)
                    .allow(CLEAR, ACTIVITY_DETECTED, ACTIVITY, STORE_ACTIVITY)
                    .allow(CLEAR, CRITICAL_FAILURE, SMITHED, STORE_FLAGS)
                    .allow(CLEAR, DEACTIVATE, SMITHED, STORE_FLAGS)
                    .allow(CLEAR, ACTIVATE, CLEAR)
                    .allow(ACTIVITY, STARTED, ACTIVITY)
                    .allow(ACTIVITY, ACTIVITY_DETECTED, ACTIVITY)
                    .allow(ACTIVITY, CRITICAL_FAILURE, SMITHED, STORE_FLAGS, STORE_ACTIVITY)
                    .allow(ACTIVITY, DEACTIVATE, SMITHED, STORE_FLAGS, STORE_ACTIVITY)
                    .allow(ACTIVITY, ACTIVATE, ACTIVITY)
                    .allow(SMITHED, STARTED, SMITHED)
                    .allow(SMITHED, ACTIVITY_DETECTED, SMITHED)
                    .allow(SMITHED, CRITICAL_FAILURE, SMITHED)
                    .allow(SMITHED, DEACTIVATE, SMITHED)
                    .allow(SMITHED, ACTIVATE, CLEAR, STORE_FLAGS)
                    .allow(STONITH_ONLY, STARTED, STONITH_ONLY)
                    .allow(STONITH_ONLY, ACTIVITY_DETECTED, STONITH_ONLY)
                    .allow(STONITH_ONLY, CRITICAL_FAILURE, STONITHED, STORE_FLAGS)
                    .allow(STONITH_ONLY, DEACTIVATE, STONITHED, STORE_FLAGS)
                    .allow(STONITH_ONLY, ACTIVATE, STONITH_ONLY)
                    .allow(STONITHED, STARTED, STONITHED)
                    .allow(STONITHED, ACTIVITY_DETECTED, STONITHED)
                    .allow(STONITHED, CRITICAL_FAILURE, STONITHED)
                    .allow(STONITHED, DEACTIVATE, STONITHED)
                    .allow(STONITHED, ACTIVATE, STONITH_ONLY, STORE_FLAGS)
                    .build();

    private FencingTransitions() {
    }

    /** The table of the site playing {@code role}. */
    public static TransitionTable<FencingState, FencingTrigger> of(SiteRole role) {
        return role == SiteRole.PRIMARY ? PRIMARY : SECONDARY;
    }
}
