package org.switchboard.sip.screen;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;

/**
 * Decides whether the stack can use a raw message, with the stack's own parser and the stack's rules: a
 * malformed request line or Via, From, To, Call-ID, CSeq or Content-Length header, or a missing Via, From,
 * To, Call-ID or CSeq, makes a request unusable; other malformed headers are kept as unparsed, as the stack
 * does. It also refuses a CSeq method that differs from the request method, and, when the body is part of
 * the bytes (UDP), a Content-Length longer than the body (RFC 3261 section 18.3).
 *
 * <p>Responses, keep-alive line breaks and well-formed requests pass. Thread-safe.
 */
final class RequestScreen {

    /** The headers whose parse failure makes the stack drop a message, as the stack's channels list them. */
    private static final Map<Class<?>, String> REQUIRED = Map.of(
            RequestLine.class, "request line", Via.class, "Via header", From.class, "From header",
            To.class, "To header", CallID.class, "Call-ID header", CSeq.class, "CSeq header",
            ContentLength.class, "Content-Length header");

    private final StringMsgParser parser = new StringMsgParser();

    /**
     * @param bytes the message as received: a whole datagram, or a stream message's header block
     * @param bodyIncluded true when {@code bytes} hold the body too, so that its length can be checked
     */
    ScreenVerdict inspect(byte[] bytes, boolean bodyIncluded) {
        RawMessage raw = RawMessage.of(bytes);
        if (raw.isBlank() || raw.isResponse()) {
            return ScreenVerdict.PASS;
        }
        Optional<String> problem = problem(bytes, raw, bodyIncluded);
        if (problem.isEmpty()) {
            return ScreenVerdict.PASS;
        }
        if (raw.isAck()) {
            return new ScreenVerdict.Drop(raw, problem.get() + "; an ACK is never answered");
        }
        if (raw.values("Via").isEmpty()) {
            return new ScreenVerdict.Drop(raw, problem.get() + "; no Via to answer to");
        }
        return new ScreenVerdict.Answer(raw, problem.get());
    }

    private Optional<String> problem(byte[] bytes, RawMessage raw, boolean bodyIncluded) {
        RequiredHeaderFailure failure = new RequiredHeaderFailure();
        SIPMessage message;
        try {
            message = parser.parseSIPMessage(bytes, false, false, failure);
        } catch (ParseException | RuntimeException e) {
            return Optional.of(failure.part == null ? "Malformed message" : "Malformed " + failure.part);
        }
        if (!(message instanceof SIPRequest)) {
            return message == null ? Optional.of("Malformed message") : Optional.empty();
        }
        SIPRequest request = (SIPRequest) message;
        Optional<String> missing = missingHeader(request);
        if (missing.isPresent()) {
            return missing;
        }
        if (!request.getMethod().equalsIgnoreCase(request.getCSeq().getMethod())) {
            return Optional.of("CSeq method " + request.getCSeq().getMethod() + " differs from request method "
                    + request.getMethod());
        }
        OptionalInt declared = raw.contentLength();
        if (bodyIncluded && declared.isPresent() && declared.getAsInt() > raw.bodyLength()) {
            return Optional.of("Content-Length " + declared.getAsInt() + " exceeds the body of " + raw.bodyLength()
                    + " bytes");
        }
        return Optional.empty();
    }

    private static Optional<String> missingHeader(SIPRequest request) {
        if (request.getTopmostVia() == null) {
            return Optional.of("Missing Via header");
        }
        if (request.getFrom() == null) {
            return Optional.of("Missing From header");
        }
        if (request.getTo() == null) {
            return Optional.of("Missing To header");
        }
        if (request.getCallId() == null) {
            return Optional.of("Missing Call-ID header");
        }
        if (request.getCSeq() == null) {
            return Optional.of("Missing CSeq header");
        }
        return Optional.empty();
    }

    /**
     * Aborts the parse on a required header, like the stack's channels do, and keeps any other malformed
     * header as unparsed, like they do too; remembers which part failed.
     */
    private static final class RequiredHeaderFailure implements ParseExceptionListener {

        private String part;

        @Override
        public void handleException(ParseException ex, SIPMessage message, @SuppressWarnings("rawtypes") Class headerClass,
                String headerText, String messageText) throws ParseException {
            String required = headerClass == null ? null : REQUIRED.get(headerClass);
            if (required != null) {
                part = required;
                throw ex;
            }
            message.addUnparsed(headerText);
        }
    }
}
