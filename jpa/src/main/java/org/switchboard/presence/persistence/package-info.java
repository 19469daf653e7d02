/**
 * What the presence domain keeps in the database: each user's last presence (status, note, attributes, phone,
 * version), so that notes, attributes and versions survive a restart (everything else is rebuilt from its sources);
 * and the accounts of the integrations (CTI servers) that make passive logins through the REST API, with a password
 * hash, never the password.
 */
package org.switchboard.presence.persistence;
