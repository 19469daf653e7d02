/**
 * What the presence domain keeps in the database: each user's last presence (status, note, attributes, phone,
 * version), so that notes, attributes and versions survive a restart; everything else is rebuilt from its sources.
 */
package org.switchboard.presence.persistence;
