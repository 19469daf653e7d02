/**
 * The console protocol spoken in SIP MESSAGE bodies between the server and the receptionist's client:
 * commands, state updates and the codec that turns them into bytes and back. JDK only, so that the client
 * SDK can share it.
 */
package org.switchboard.protocol;
