package org.switchboard.sip.console;

import java.util.Locale;
import java.util.Objects;

/**
 * A receptionist's SIP digest secrets for one realm: HA1 = H(login ":" realm ":" password) in lower-case hex,
 * for MD5 and for SHA-256. They are password equivalents for that realm and must be stored as carefully as a
 * password. (Placeholder for the accounts store's own record, which the lead reconciles.)
 */
public record DigestCredentials(String ha1Md5, String ha1Sha256) {

    public DigestCredentials {
        ha1Md5 = Objects.requireNonNull(ha1Md5, "ha1Md5").toLowerCase(Locale.ROOT);
        ha1Sha256 = Objects.requireNonNull(ha1Sha256, "ha1Sha256").toLowerCase(Locale.ROOT);
    }

    /** The credentials for a clear password, as an accounts store computes them when the password is set. */
    public static DigestCredentials of(String login, String realm, String password) {
        String secret = login + ":" + realm + ":" + password;
        return new DigestCredentials(DigestAlgorithm.MD5.hash(secret), DigestAlgorithm.SHA_256.hash(secret));
    }

    String ha1(DigestAlgorithm algorithm) {
        return algorithm == DigestAlgorithm.MD5 ? ha1Md5 : ha1Sha256;
    }
}
