/**
 * SIP digest authentication against stored HA1s (RFC 7616, RFC 8760): challenges with stateless nonces, the check of
 * a response, replayed nonce counts refused, and a throttle per source address. The console's log in and SIP
 * presence each build an authenticator of their own from it.
 */
package org.switchboard.sip.digest;
