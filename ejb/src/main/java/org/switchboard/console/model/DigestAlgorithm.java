package org.switchboard.console.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash functions of SIP (HTTP) digest authentication, by the name the {@code algorithm} parameter gives
 * them (RFC 7616 section 3.3; RFC 3261 knows only MD5). Each string is hashed as UTF-8 and written as
 * lower-case hex, the form digest computations expect.
 */
public enum DigestAlgorithm {
    MD5("MD5"),
    SHA_256("SHA-256");

    private final String token;

    DigestAlgorithm(String token) {
        this.token = token;
    }

    /** The name in the {@code algorithm} parameter, and the JDK's name of the hash. */
    public String token() {
        return token;
    }

    /** {@code H(text)} in lower-case hex. */
    public String hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance(token).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + token, e);
        }
    }

    /**
     * {@code HA1 = H(username ":" realm ":" password)}: what a server keeps instead of the password. It
     * is password-equivalent for that realm (whoever has it can answer challenges), so it is stored like a secret.
     */
    public String ha1(String username, String realm, String password) {
        return hex(username + ":" + realm + ":" + password);
    }
}
