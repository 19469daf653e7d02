/**
 * Values that describe whether this site is fit to take calls: the probe catalogue and readings with their bounded
 * history, the one availability verdict rule ({@link org.switchboard.health.model.AvailabilityVerdict}) that the SIP
 * OPTIONS answer, the health resources and the pages follow, and the listening points the SIP endpoint opened.
 * JDK only.
 */
package org.switchboard.health.model;
