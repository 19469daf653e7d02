/**
 * The receptionists' console sessions as a service: the desk that the SIP transport hands log ins and
 * commands to ({@link org.switchboard.console.ConsoleDesk}), and the link back to a client that the sessions
 * push their updates through ({@link org.switchboard.console.ClientLink}).
 */
package org.switchboard.console;
