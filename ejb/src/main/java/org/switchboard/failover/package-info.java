/**
 * Sites of the active-active pair: this server's identity record, its periodic announcement on the FailoverEvents
 * topic, the registry of sites heard from, and this site's fencing (durable SMITH and STONITH flags, activate and
 * deactivate, the events that tell the pair link and the consoles what changed).
 */
package org.switchboard.failover;
