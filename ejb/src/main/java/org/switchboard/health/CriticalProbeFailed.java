package org.switchboard.health;

import org.switchboard.health.model.ProbeReading;

/**
 * CDI event: a critical probe read FAILED (fired on every such reading, so a site activated while the failure
 * lasts shoots itself again). The fencing sets SMITH.
 */
public record CriticalProbeFailed(ProbeReading reading) {
}
