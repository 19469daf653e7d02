/**
 * The site's fitness to take calls: the probe board that runs every probe on a schedule and derives the verdict
 * ({@link org.switchboard.health.HealthBoard}), the probes themselves, and the SIP listening points. Singletons here
 * are registries, read by the SIP and web modules; nobody sets the verdict by hand.
 */
package org.switchboard.health;
