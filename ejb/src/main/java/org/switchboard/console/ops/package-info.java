/**
 * The console domain over JMX: list the receptionists' accounts, create one, set a password. Passwords given
 * here go straight to the account service, which hashes them; they are never logged.
 */
package org.switchboard.console.ops;
