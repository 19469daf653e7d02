/** This site's console service over JMX ({@code org.switchboard:type=ConsoleService}): status, flags, the row, activate and deactivate. */
package org.switchboard.failover.ops;
