/**
 * The presence service for operators over JMX ({@code org.switchboard:type=Presence}): a user's logins, presence
 * and watchers, the counts, a passive login for tests and integrations being set up, and a restart.
 */
package org.switchboard.presence.ops;
