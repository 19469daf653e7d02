package org.switchboard.sip.digest;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless digest nonces: the time of issue, random bytes (two challenges in one millisecond differ) and an
 * HMAC-SHA-256 of both under a secret, so that nothing is kept per challenge. A nonce is fresh for {@link #LIFETIME}, stale after, and foreign when its HMAC does not
 * match (another server's, or one from before a restart: the secret is new at every start).
 */
public final class Nonces {

    /** How long a nonce may be used. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final int MAC_BYTES = 16;
    private static final int RANDOM_BYTES = 8;
    private static final int STAMP_BYTES = Long.BYTES + RANDOM_BYTES;

    enum Check { FRESH, STALE, FOREIGN }

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Nonces(byte[] secret, Clock clock) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
    }

    String issue() {
        byte[] stamp = ByteBuffer.allocate(STAMP_BYTES).putLong(clock.millis()).array();
        byte[] salt = new byte[RANDOM_BYTES];
        random.nextBytes(salt);
        System.arraycopy(salt, 0, stamp, Long.BYTES, RANDOM_BYTES);
        ByteBuffer nonce = ByteBuffer.allocate(STAMP_BYTES + MAC_BYTES).put(stamp).put(mac(stamp));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce.array());
    }

    Check check(String nonce) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return Check.FOREIGN;
        }
        if (bytes.length != STAMP_BYTES + MAC_BYTES) {
            return Check.FOREIGN;
        }
        byte[] stamp = Arrays.copyOf(bytes, STAMP_BYTES);
        long issued = ByteBuffer.wrap(stamp).getLong();
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, STAMP_BYTES, bytes.length), mac(stamp))) {
            return Check.FOREIGN;
        }
        long age = clock.millis() - issued;
        return age >= 0 && age <= LIFETIME.toMillis() ? Check.FRESH : Check.STALE;
    }

    private byte[] mac(byte[] stamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(stamp), MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
