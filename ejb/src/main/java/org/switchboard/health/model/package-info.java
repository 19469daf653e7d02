/**
 * Values that describe whether this server is fit to take calls: the availability verdict that the SIP
 * OPTIONS answer follows, and the listening points the SIP endpoint opened. JDK only.
 */
package org.switchboard.health.model;
