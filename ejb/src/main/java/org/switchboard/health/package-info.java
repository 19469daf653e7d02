/**
 * The server's fitness to take calls and what it exposes: the call-acceptance verdict that SIP OPTIONS
 * reports, the SIP listening points, and later the probes. Singletons here are registries, read by the SIP
 * and web modules.
 */
package org.switchboard.health;
