/**
 * What the presence domain keeps in the database: each user's last presence (status, note, attributes, phone,
 * version), so that notes, attributes and versions survive a restart, and the SIP subscriptions that have not
 * expired, with their dialogs' state; everything else is rebuilt from its sources.
 */
package org.switchboard.presence.persistence;
