/**
 * Presence over SIP: SUBSCRIBE and NOTIFY of the presence event package (RFC 6665, RFC 3856) for watchers,
 * PUBLISH (RFC 3903) as publication logins, and the one PIDF codec (RFC 3863 with RPID, RFC 4480) for both. Each
 * subscription is a watcher of the presence service; the protocol is described in {@code docs/presence-sip.md}.
 */
package org.switchboard.sip.presence;
