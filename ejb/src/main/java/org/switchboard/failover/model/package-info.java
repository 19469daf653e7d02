/**
 * The active-active pair as plain values: which role a site plays, how a site is configured, and the
 * announcements sites make about themselves. JDK only.
 */
package org.switchboard.failover.model;
