/**
 * The operator's tools against the test server: {@code bin/switchboard-ctl} run as an operator runs it, over
 * remote JMX on the management port.
 */
package org.switchboard.it.ops;
