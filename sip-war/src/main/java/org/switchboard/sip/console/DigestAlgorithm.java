package org.switchboard.sip.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The digest algorithms offered (RFC 7616), the preferred first. The {@code -sess} variants are not offered. */
enum DigestAlgorithm {

    SHA_256("SHA-256", "SHA-256"), MD5("MD5", "MD5");

    private final String token;
    private final String jdkName;

    DigestAlgorithm(String token, String jdkName) {
        this.token = token;
        this.jdkName = jdkName;
    }

    /** The name in the algorithm parameter. */
    String token() {
        return token;
    }

    /** The algorithm a client named; MD5 when it named none (RFC 7616 section 3.4). */
    static Optional<DigestAlgorithm> named(String token) {
        if (token == null) {
            return Optional.of(MD5);
        }
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.token.equalsIgnoreCase(token)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** H(text) in lower-case hex. */
    String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jdkName).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + jdkName, e);
        }
    }
}
