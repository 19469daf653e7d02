/**
 * Sites of the active-active pair: this server's identity record, its periodic announcement on the
 * FailoverEvents topic, and the registry of sites heard from. Fencing and failover come here later.
 */
package org.switchboard.failover;
