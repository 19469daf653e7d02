package org.switchboard.presence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The integrations' credentials that passed the Argon2id check lately, so that a CTI server's steady requests (a
 * keep-alive per user and lease) do not each cost a memory-hard hash (a third of a second on a busy 2-core host).
 * Only a keyed digest (HMAC-SHA-256 under a random key that lives in this process alone) of a name and password
 * that verified is kept, for {@link #TIME_TO_LIVE}; a failed check is never remembered, so guessing still costs the
 * full hash each time. A change of password or a removal on this node forgets the name at once; on another node
 * the memory lasts its time to live at most. Requests that bring the same name and password while their full check
 * runs wait for that one check ({@link #checkOnce}) instead of each computing the hash: a CTI server that opens with
 * eight connections at once costs one hash, not eight (and not a 503 for the ones past the hashing limit).
 */
final class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

    private final Clock clock;
    private final Mac mac;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

    private record Remembered(byte[] digest, Instant until) {
    }

    VerifiedCredentials(Clock clock) {
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    /** Whether {@code name} and {@code password} verified within the time to live. */
    boolean recentlyVerified(String name, String password) {
        Remembered remembered = verified.get(name);
        if (remembered == null) {
            return false;
        }
        if (!clock.instant().isBefore(remembered.until())) {
            verified.remove(name, remembered);
            return false;
        }
        return MessageDigest.isEqual(remembered.digest(), digest(name, password));
    }

    /**
     * Runs {@code fullCheck} for these credentials, or waits for the one that runs already for the same name and
     * password and answers as it does (its exception too); remembers them when they pass.
     */
    boolean checkOnce(String name, String password, BooleanSupplier fullCheck) {
        String key = name + '\u0000' + HexFormat.of().formatHex(digest(name, password));
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }
        try {
            boolean passed = fullCheck.getAsBoolean();
            if (passed) {
                verified(name, password);
            }
            mine.complete(passed);
            return passed;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** Remembers credentials that just passed the full check. */
    void verified(String name, String password) {
        verified.put(name, new Remembered(digest(name, password), clock.instant().plus(TIME_TO_LIVE)));
    }

    /** Forgets a name whose password changed or whose account was removed. */
    void forget(String name) {
        verified.remove(name);
    }

    private byte[] digest(String name, String password) {
        byte[] text = (name + '\u0000' + password).getBytes(StandardCharsets.UTF_8);
        try {
            Mac copy = (Mac) mac.clone();
            return copy.doFinal(text);
        } catch (CloneNotSupportedException e) {
            synchronized (mac) {
                return mac.doFinal(text);
            }
        }
    }
}
