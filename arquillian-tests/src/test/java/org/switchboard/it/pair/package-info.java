/**
 * Two-server tests of the active-active pair: two provisioned WildFly processes started by the test (port offsets
 * 400 and 500, each beside its own scripted AMI server), the test gateway that routes each reception call as the
 * upstream gateway and the reception dialplan do, the failures injected into the primary, and the figures of the
 * failover. Black-box: everything is reached over the network (SIP, HTTP, remote JMX, AMI).
 */
package org.switchboard.it.pair;
