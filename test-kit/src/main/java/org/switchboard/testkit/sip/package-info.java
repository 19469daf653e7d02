/**
 * A SIP user agent for tests: it sends requests to a server over UDP or TCP on 127.0.0.1, sends exact raw
 * bytes for malformed-message tests, and keeps an inbox of the requests the server sends it. Responses come
 * back as small immutable records, so tests do not need to know JAIN-SIP.
 */
package org.switchboard.testkit.sip;
