/**
 * The console domain's services: the receptionists' accounts and their credentials (password hash, SIP
 * digest HA1s), the demo receptionists of the demo PBX, and the settings they are read with.
 */
package org.switchboard.console;
