/** The health probes in the deployed server: found by the scheduler's lookup, measuring the real server and database. */
package org.switchboard.it.health;
