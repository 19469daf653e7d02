package org.switchboard.console.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SIP digest credentials of one receptionist in one realm: HA1 for MD5 and for SHA-256, in lower-case
 * hex. They are password-equivalent in that realm, so they never appear in logs ({@link #toString()} masks
 * them), and they are worth nothing in another realm: a new realm needs the password again.
 */
public record DigestCredentials(String realm, String ha1Md5, String ha1Sha256) {

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DigestCredentials {
        Objects.requireNonNull(realm, "realm");
        if (ha1Md5 == null || !MD5_HEX.matcher(ha1Md5).matches()) {
            throw new IllegalArgumentException("an MD5 HA1 is 32 lower-case hex digits");
        }
        if (ha1Sha256 == null || !SHA256_HEX.matcher(ha1Sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 HA1 is 64 lower-case hex digits");
        }
    }

    /** Computes both HA1s of {@code login} in {@code realm}. */
    public static DigestCredentials of(String login, String realm, String password) {
        return new DigestCredentials(realm, DigestAlgorithm.MD5.ha1(login, realm, password),
                DigestAlgorithm.SHA_256.ha1(login, realm, password));
    }

    /** The HA1 for {@code algorithm}. */
    public String ha1(DigestAlgorithm algorithm) {
        return switch (algorithm) {
            case MD5 -> ha1Md5;
            case SHA_256 -> ha1Sha256;
        };
    }

    @Override
    public String toString() {
        return "DigestCredentials[realm=" + realm + ", ha1Md5=***, ha1Sha256=***]";
    }
}
