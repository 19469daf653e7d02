/**
 * What the console domain keeps in the database: the receptionists' accounts, with their credentials (a
 * password hash and the SIP digest HA1s, never the password), their phone and their queues.
 */
package org.switchboard.console.persistence;
