/**
 * What the presence domain keeps in the database: each user's last presence (status, note, attributes, phone,
 * version), so that notes, attributes and versions survive a restart; the SIP subscriptions that have not expired,
 * with their dialogs' state; and the accounts of the integrations (CTI servers) that make passive logins through
 * the REST API, with a password hash, never the password. Everything else is rebuilt from its sources.
 */
package org.switchboard.presence.persistence;
