/** The failover domain over JMX: the pair link between the two sites (peer, view, the other site's sessions, phones). */
package org.switchboard.failover.ops;
