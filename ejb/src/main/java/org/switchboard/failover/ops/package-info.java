/**
 * The failover domain over JMX: this site's console service ({@code org.switchboard:type=ConsoleService}: status,
 * flags, the row, activate and deactivate) and the pair link between the two sites ({@code type=Pair}: peer, view,
 * the other site's sessions, phones).
 */
package org.switchboard.failover.ops;
