/**
 * The presence service in the container: the desk the SIP and web sides call ({@link PresenceDesk}), the sources
 * of logins (console sessions, phone registrations), the UserOffline and PresenceChanged topics and their
 * consumers, the stored notes, attributes and SIP watchers.
 */
package org.switchboard.presence;
