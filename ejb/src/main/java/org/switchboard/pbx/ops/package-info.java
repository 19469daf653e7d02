/** The AMI link over JMX: its state, where it points, its lag and counters, and a "resync now" button. */
package org.switchboard.pbx.ops;
