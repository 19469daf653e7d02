/**
 * Screening of raw SIP requests that JAIN-SIP (jain-sip-ri 1.3.0-91) would drop or answer badly. Datagrams
 * are screened in the UDP socket ({@link org.switchboard.sip.screen.ScreeningNetworkLayer}), TCP messages in
 * the stack's message parser ({@link org.switchboard.sip.screen.ScreeningParserFactory}); both use one
 * {@code RequestScreen}.
 *
 * <p>Who answers what:
 * <ul>
 * <li><b>We answer 400 with a reason</b>, over UDP and TCP: a malformed request line; a malformed Via, From,
 * To, Call-ID, CSeq or Content-Length header; a missing From, To, Call-ID or CSeq; a CSeq method that differs
 * from the request method; over UDP, a Content-Length longer than the datagram's body. The answer copies the
 * request's own Via, From, To (plus a tag), Call-ID and CSeq lines. Over TCP, when a body follows the refused
 * headers, the connection is closed after the answer, because the next message cannot be found.</li>
 * <li><b>We log once at WARN and drop</b> what cannot be answered: no Via (garbage), or a malformed ACK.</li>
 * <li><b>The stack answers</b> everything that passes: malformed optional headers are kept unparsed and the
 * request is handled; responses, retransmissions and keep-alives are the stack's. A request line with a SIP
 * version other than 2.0 is handled as usual.</li>
 * <li><b>Nobody can answer</b> a TCP message whose body is shorter than its Content-Length: the stack waits
 * for the rest of the body.</li>
 * </ul>
 * Without the screen the stack would drop requests missing a required header silently on both transports;
 * over TCP it closes the connection without a word on a malformed required header; over UDP it answers parse
 * errors with 400 only when Via, From, To, Call-ID and CSeq are all present, and with a broken reason phrase
 * (the parser's multi-line message, or a {@code char[]} identity for a bad Via).
 */
package org.switchboard.sip.screen;
