/**
 * What the failover domain keeps in the database: one record per site (server) of the active-active pair,
 * with its role and its start history.
 */
package org.switchboard.failover.persistence;
