/**
 * What presence keeps across restarts, through JPA: the users' presence records and the SIP subscriptions that
 * have not expired. The rest (logins, watches of console sessions) is rebuilt from its sources.
 */
package org.switchboard.presence.persistence;
