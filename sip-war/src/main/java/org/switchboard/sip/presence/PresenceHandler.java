package org.switchboard.sip.presence;

import java.util.concurrent.CompletionStage;

import javax.sip.header.CallIdHeader;

import org.switchboard.presence.PresenceAccounts.SipCredentials;
import org.switchboard.presence.PresenceBusy;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.SipRequestHandler;

/**
 * What the SUBSCRIBE and PUBLISH handlers do alike, once: the requests of one Call-ID are handled one at a time, on
 * their lane, off the stack's thread; each must pass SIP digest first ({@link PresenceAuthentication}); and while the
 * presence service is too busy to take the change ({@link PresenceBusy}) the answer is 503 with Retry-After.
 */
abstract class PresenceHandler implements SipRequestHandler {

    private final PresenceAuthentication authentication;

    PresenceHandler(PresenceAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public final Object laneOf(InboundRequest request) {
        return ((CallIdHeader) request.request().getHeader(CallIdHeader.NAME)).getCallId();
    }

    @Override
    public final CompletionStage<SipOutcome> handle(InboundRequest inbound) {
        PresenceRequests.Checked<SipCredentials> account = authentication.check(inbound);
        if (account.refused()) {
            return SipOutcome.now(account.refusal());
        }
        try {
            return SipOutcome.now(decide(inbound, account.value()));
        } catch (PresenceBusy e) {
            return SipOutcome.now(PresenceRequests.BUSY);
        }
    }

    /** The outcome of an authenticated request, sent by {@code account}. */
    abstract SipOutcome decide(InboundRequest inbound, SipCredentials account);
}
