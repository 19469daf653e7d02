package org.switchboard.health;

import java.time.Instant;

import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;

/**
 * One probe's check, a CDI bean found by the probe scheduler. A check returns within its own deadline and never
 * throws: a check that cannot tell answers {@link org.switchboard.health.model.ProbeLevel#UNKNOWN} or
 * {@link org.switchboard.health.model.ProbeLevel#FAILED} with the reason.
 */
public interface ProbeCheck {

    Probe probe();

    ProbeReading check(Instant now);
}
