/**
 * The receptionist's console as plain Java: the receptionist as the console sees them (login, name, phone,
 * queues) with their SIP digest credentials, the session machine and the line machine (each one transition
 * table), the call entries a session follows (on its two lines, waiting in its queues, under supervision)
 * with their history, the effects a step asks the console service to run, and the console's settings. No
 * container, no PBX library, no SIP: the service feeds it commands and PBX events as triggers, one at a time
 * per session.
 */
package org.switchboard.console.model;
