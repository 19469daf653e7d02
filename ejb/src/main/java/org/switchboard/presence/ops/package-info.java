/**
 * The presence domain over JMX. Passwords of integration accounts given here go straight to the account service,
 * which hashes them; they are never logged.
 */
package org.switchboard.presence.ops;
