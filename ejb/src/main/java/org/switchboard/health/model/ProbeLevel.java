package org.switchboard.health.model;

/** How a probe found its part: fine, near its threshold, failed, or not known yet (never run, or timed out). */
public enum ProbeLevel {
    OK,
    WARNING,
    FAILED,
    UNKNOWN;

    /** Whether the reading counts as a failure of the probe. */
    public boolean failed() {
        return this == FAILED;
    }
}
