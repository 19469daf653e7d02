package org.switchboard.health;

import org.switchboard.health.model.Availability;

/** CDI event: the site's availability verdict changed (fired by the {@link HealthBoard}, after it logged it). */
public record VerdictChanged(Availability before, Availability now) {
}
