/**
 * SIP over WebSocket (RFC 7118) for the console in a browser. WildFly terminates the WebSocket at {@code /sip/ws}
 * (subprotocol {@code sip}, the Origin checked by {@link org.switchboard.sip.websocket.HandshakeGate}); each open
 * WebSocket is a channel of the JAIN-SIP stack ({@link org.switchboard.sip.websocket.WebSocketChannel}), made by
 * the stack's message processor factory for the {@code WS} and {@code WSS} transports
 * ({@link org.switchboard.sip.websocket.WebSocketProcessorFactory}), so that requests reach the same dispatcher,
 * digest log in and console links as over TCP. Why WildFly and not the stack's own WebSocket processors is in
 * {@code docs/console-websocket.md}.
 */
package org.switchboard.sip.websocket;
