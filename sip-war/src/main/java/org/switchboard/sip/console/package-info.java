/**
 * Console sessions over SIP: commands in MESSAGE requests (handler, digest log in through {@code sip.digest}), and the link
 * back to each client that carries its session's updates as MESSAGE requests over the client's own
 * connection. The protocol is described in {@code docs/console-sip.md}.
 */
package org.switchboard.sip.console;
