/**
 * The console domain's services: the receptionists' console sessions (the desk that the SIP transport hands
 * log ins and commands to, {@link org.switchboard.console.ConsoleDesk}, and the link back to a client that the
 * sessions push their updates through, {@link org.switchboard.console.ClientLink}), the receptionists'
 * accounts and their credentials (password hash, SIP digest HA1s), the demo receptionists of the demo PBX,
 * and the settings they are read with.
 */
package org.switchboard.console;
