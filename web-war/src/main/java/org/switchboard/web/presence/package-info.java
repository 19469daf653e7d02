/**
 * The presence REST API a CTI server uses ({@code /switchboard/api/presence/v1}): passive logins made on users'
 * behalf (log in, keep alive, log out, list, log out all), a user's presence, note and attributes. Every request is
 * authenticated with HTTP Basic as one integration, whose name is the origin of its passive logins. The bodies are
 * explicit, versioned JSON written here ({@link org.switchboard.web.presence.PresenceWire}); docs/presence-api.md
 * describes them and /openapi serves the OpenAPI document.
 */
package org.switchboard.web.presence;
