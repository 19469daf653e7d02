/**
 * The console domain in plain Java: the receptionist as the console sees them (login, name, phone, queues),
 * the SIP digest credentials stored for them, and the console's settings.
 */
package org.switchboard.console.model;
