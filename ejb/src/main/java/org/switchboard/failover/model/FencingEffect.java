package org.switchboard.failover.model;

import org.switchboard.shared.model.Effect;

/** What a fencing move asks its service to do once the step is taken. */
public enum FencingEffect implements Effect {
    /** Write the new state's SMITH and STONITH to their files (atomically, fsynced) before anything else. */
    STORE_FLAGS,
    /** Write whether activity is detected to its file (the secondary keeps demanding after a restart). */
    STORE_ACTIVITY
}
