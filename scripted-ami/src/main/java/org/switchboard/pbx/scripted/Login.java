package org.switchboard.pbx.scripted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Checks AMI credentials like Asterisk: a plain {@code Secret}, or a {@code Key} that is the MD5 (lower-case
 * hex) of the challenge this session was given followed by the secret. Comparisons take constant time.
 */
final class Login {

    private final AmiAccount account;
    private final SecureRandom random = new SecureRandom();

    Login(AmiAccount account) {
        this.account = account;
    }

    /** A fresh challenge: nine decimal digits, as Asterisk sends. */
    String challenge() {
        return Integer.toString(100_000_000 + random.nextInt(900_000_000));
    }

    /** Whether the Login action proves the account; {@code challenge} is null when none was asked for. */
    boolean accepts(AmiMessage login, String challenge) {
        if (!login.getOr("Username", "").equals(account.username())) {
            return false;
        }
        if (login.has("Key")) {
            return challenge != null && same(login.getOr("Key", "").toLowerCase(), md5Hex(challenge + account.secret()));
        }
        return login.has("Secret") && same(login.getOr("Secret", ""), account.secret());
    }

    static String md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
