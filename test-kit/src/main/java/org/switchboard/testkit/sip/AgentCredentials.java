package org.switchboard.testkit.sip;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;

import javax.sip.InvalidArgumentException;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import gov.nist.javax.sip.Utils;
import gov.nist.javax.sip.header.HeaderFactoryImpl;

/**
 * Whom the test agent authenticates as: the request that answers a 401, a copy of the challenged one with the next
 * CSeq, a new branch and the Authorization for the first challenge's algorithm (nonce count 1: each challenge has a
 * new nonce).
 */
record AgentCredentials(String login, String password) {

    private static final HeaderFactory HEADERS = new HeaderFactoryImpl();

    /** A request as sent and its final response. */
    record Exchange(Request sent, SipReply reply) {
    }

    Request answering(Request challenged, SipReply challenge, long cseq) {
        List<String> challenges = challenge.headers().values("WWW-Authenticate");
        if (challenges.isEmpty()) {
            throw new AssertionError("401 without WWW-Authenticate: " + challenge);
        }
        String algorithm = String.valueOf(DigestAnswer.param(challenges.get(0), "algorithm")).toUpperCase(Locale.ROOT);
        Request again = (Request) challenged.clone();
        try {
            again.setHeader(HEADERS.createCSeqHeader(cseq, challenged.getMethod()));
            ((ViaHeader) again.getHeader(ViaHeader.NAME)).setBranch(Utils.getInstance().generateBranchId());
            again.setHeader(HEADERS.createHeader(AuthorizationHeader.NAME, DigestAnswer.authorization(challenges,
                    algorithm.equals("NULL") ? "MD5" : algorithm, challenged.getMethod(), login, password,
                    challenged.getRequestURI().toString(), 1)));
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException("cannot answer the challenge to " + challenged.getMethod(), e);
        }
        return again;
    }

    @Override
    public String toString() {
        return "AgentCredentials[" + login + ", ***]";
    }
}
