/**
 * What the presence domain keeps in the database: the accounts of the integrations (CTI servers) that make passive
 * logins through the REST API, with a password hash, never the password.
 */
package org.switchboard.presence.persistence;
