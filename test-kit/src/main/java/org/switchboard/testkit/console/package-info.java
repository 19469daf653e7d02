/**
 * A console client for tests and benchmarks: a receptionist's client over one TCP connection, speaking the
 * console protocol (commands and updates through the protocol module's codec) in SIP MESSAGE, with the client
 * side of SIP digest. The client SDK will grow from it.
 */
package org.switchboard.testkit.console;
