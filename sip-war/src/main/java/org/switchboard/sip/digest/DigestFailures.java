package org.switchboard.sip.digest;

/**
 * Where a {@link DigestAuthenticator} reports what it refused, so that each user of it (the console's log in, SIP
 * presence) logs it in its own words. Neither call carries a password or a digest response.
 */
public interface DigestFailures {

    /** Credentials that do not verify, from {@code source} for {@code login} ("?" when none was named). */
    void failed(String source, String login, String reason);

    /** A source refused without checking for {@code seconds} more, after too many failures. */
    void throttled(String source, long seconds);
}
