package org.switchboard.sip.console;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless digest nonces: the time of issue and an HMAC-SHA-256 of it under a secret, so that nothing is
 * kept per challenge. A nonce is fresh for {@link #LIFETIME}, stale after, and foreign when its HMAC does not
 * match (another server's, or one from before a restart: the secret is new at every start).
 */
final class Nonces {

    /** How long a nonce may be used. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final int MAC_BYTES = 16;

    enum Check { FRESH, STALE, FOREIGN }

    private final SecretKeySpec key;
    private final Clock clock;

    Nonces(byte[] secret, Clock clock) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
    }

    String issue() {
        long now = clock.millis();
        ByteBuffer nonce = ByteBuffer.allocate(Long.BYTES + MAC_BYTES).putLong(now).put(mac(now));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce.array());
    }

    Check check(String nonce) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return Check.FOREIGN;
        }
        if (bytes.length != Long.BYTES + MAC_BYTES) {
            return Check.FOREIGN;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long issued = buffer.getLong();
        byte[] mac = Arrays.copyOfRange(bytes, Long.BYTES, bytes.length);
        if (!MessageDigest.isEqual(mac, mac(issued))) {
            return Check.FOREIGN;
        }
        long age = clock.millis() - issued;
        return age >= 0 && age <= LIFETIME.toMillis() ? Check.FRESH : Check.STALE;
    }

    private byte[] mac(long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(issued).array()), MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
