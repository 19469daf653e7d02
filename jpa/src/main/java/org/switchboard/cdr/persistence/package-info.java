/**
 * Call detail records in the database: one row per finished call, keyed by the call id so that both sites
 * of the pair, watching the same PBX, store each call once.
 */
package org.switchboard.cdr.persistence;
