package org.switchboard.sip.presence;

import java.time.Clock;
import java.util.Optional;

import org.switchboard.presence.PresenceAccounts.SipCredentials;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.digest.DigestAuthenticator;
import org.switchboard.sip.digest.DigestFailures;

/**
 * SIP digest of every SUBSCRIBE and PUBLISH, in the realm of the receptionists' accounts, against the credentials of
 * {@link PresenceCredentialsLookup}: a request without credentials (or with a stale nonce) gets 401 with a challenge
 * per offered algorithm ({@code stale=true} when only the nonce was old), wrong credentials 403 with the reason, logged
 * at WARN with the source and the login (the Call-ID is in the MDC).
 */
final class PresenceAuthentication {

    private static final DigestFailures FAILURES = new DigestFailures() {
        @Override
        public void failed(String source, String login, String reason) {
            PresenceSipLog.LOG.authenticationFailed(source, login, reason);
        }

        @Override
        public void throttled(String source, long seconds) {
            PresenceSipLog.LOG.authenticationThrottled(source, seconds);
        }
    };

    private final DigestAuthenticator digest;
    private final PresenceCredentialsLookup accounts;

    PresenceAuthentication(String realm, PresenceSipSettings settings, PresenceCredentialsLookup accounts, Clock clock) {
        this.accounts = accounts;
        this.digest = DigestAuthenticator.of(realm, settings.digestAlgorithms(),
                (login, inRealm) -> accounts.find(login).map(SipCredentials::digest), FAILURES, clock);
    }

    /** Who sent the request, or the outcome that refuses it (401, 403). */
    PresenceRequests.Checked<SipCredentials> check(InboundRequest inbound) {
        DigestAuthenticator.Verdict verdict = digest.authenticate(inbound.request(), inbound.peer().address());
        if (verdict instanceof DigestAuthenticator.Verdict.Challenged challenged) {
            return PresenceRequests.Checked.refused(new SipOutcome.Challenge(challenged.challenges()));
        }
        if (verdict instanceof DigestAuthenticator.Verdict.Refused refused) {
            return PresenceRequests.Checked.refused(new SipOutcome.Forbidden(refused.reason()));
        }
        String login = ((DigestAuthenticator.Verdict.Authenticated) verdict).login();
        Optional<SipCredentials> account = accounts.find(login);
        if (account.isEmpty()) { // removed between the two looks
            FAILURES.failed(inbound.peer().address(), login, "account removed");
            return PresenceRequests.Checked.refused(new SipOutcome.Forbidden(DigestAuthenticator.WRONG_CREDENTIALS));
        }
        return PresenceRequests.Checked.ok(account.get());
    }
}
