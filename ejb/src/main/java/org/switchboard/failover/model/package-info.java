/**
 * The active-active pair as plain values: which role a site plays, how a site is configured, the announcements and
 * statuses sites send, and the fencing: the 16-row table of the pair's SMITH and STONITH flags and each site's flag
 * machine. JDK only.
 */
package org.switchboard.failover.model;
