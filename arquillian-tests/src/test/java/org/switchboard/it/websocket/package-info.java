/**
 * SIP over WebSocket (RFC 7118) at {@code /sip/ws} of the deployed EAR, written byte by byte over raw sockets to
 * WildFly's HTTP port: each defect found in the SIP stack's own WebSocket support is shown absent here.
 */
package org.switchboard.it.websocket;
