/**
 * The console protocol spoken in SIP MESSAGE bodies between the server and the receptionist's client:
 * the command and update records (wire records, independent of the server's model), the bounds every body
 * keeps and the codec that turns them into JSON and back. Plain Java over JSON-P, so that the client SDK
 * can share it; the reference is docs/console-protocol.md.
 */
package org.switchboard.protocol;
