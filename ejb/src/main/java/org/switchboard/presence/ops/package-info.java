/**
 * The presence service for operators over JMX ({@code org.switchboard:type=Presence}): a user's logins, presence
 * and watchers, the counts, a passive login for tests and integrations being set up, and a restart; and the
 * accounts of the integrations ({@code org.switchboard:type=Integrations}), whose passwords go straight to the
 * account service, which hashes them: they are never logged.
 */
package org.switchboard.presence.ops;
