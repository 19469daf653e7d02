/**
 * A WebSocket client written byte by byte over a plain socket, for tests of a server's WebSocket handling that a
 * well-behaved client library cannot make: a handshake split over several writes, header names in any case,
 * messages fragmented into continuation frames, pings. Client frames are masked as RFC 6455 requires.
 */
package org.switchboard.testkit.websocket;
