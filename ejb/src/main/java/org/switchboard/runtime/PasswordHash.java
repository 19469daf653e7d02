package org.switchboard.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106, computed by Bouncy Castle), written in the self-describing PHC string
 * form of the reference implementation: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash
 * in unpadded Base64. A stored hash carries its own parameters, so they can be raised later without
 * invalidating the hashes already stored ({@link #outdated(String)} tells which to redo at the next log in).
 *
 * <p>Every account that logs in with a password uses it: the receptionists' and the presence integrations'.
 *
 * <p>The parameters are OWASP's first recommendation for Argon2id: 19 MiB of memory, 2 passes, 1 lane, a 16-byte
 * random salt and a 32-byte hash.
 */
public final class PasswordHash {

    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    public static final int MAX_PASSWORD_LENGTH = 256;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=(16|19)\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{11,})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private PasswordHash() {
    }

    /** A new hash of {@code password} with a fresh salt and the current parameters. */
    public static String of(String password) {
        checkPassword(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Stored stored = new Stored(Argon2Parameters.ARGON2_VERSION_13, MEMORY_KIB, ITERATIONS, PARALLELISM, salt,
                new byte[HASH_BYTES]);
        byte[] hash = stored.compute(password);
        return "$argon2id$v=" + stored.version + "$m=" + stored.memoryKib + ",t=" + stored.iterations + ",p="
                + stored.parallelism + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code encoded} was made of, in time that does not depend on where
     * the two differ. An encoded hash that cannot be read matches nothing ({@link #readable(String)} tells).
     */
    public static boolean matches(String encoded, String password) {
        Optional<Stored> stored = parse(encoded);
        if (stored.isEmpty() || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(stored.get().hash, stored.get().compute(password));
    }

    /**
     * Spends the time of one {@link #matches} and answers false: what an account service checks when there is no
     * account (or a disabled one) by that name, so that the answer's timing does not tell which names exist.
     */
    public static boolean matchesNone(String password) {
        matches(Decoy.HASH, password == null ? "" : password);
        return false;
    }

    /** Whether {@code encoded} is an Argon2id hash in the PHC form with parameters this class accepts. */
    public static boolean readable(String encoded) {
        return parse(encoded).isPresent();
    }

    /** Whether {@code encoded} was made with other parameters than the current ones (or cannot be read). */
    public static boolean outdated(String encoded) {
        return parse(encoded).map(s -> s.version != Argon2Parameters.ARGON2_VERSION_13 || s.memoryKib != MEMORY_KIB
                || s.iterations != ITERATIONS || s.parallelism != PARALLELISM || s.hash.length != HASH_BYTES)
                .orElse(true);
    }

    /** Refuses a password that is empty or longer than {@value #MAX_PASSWORD_LENGTH} characters; never says it. */
    public static void checkPassword(String password) {
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password: expected 1 to " + MAX_PASSWORD_LENGTH + " characters");
        }
    }

    private static Optional<Stored> parse(String encoded) {
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int version = Integer.parseInt(m.group(1));
        int memory = Integer.parseInt(m.group(2));
        int iterations = Integer.parseInt(m.group(3));
        int parallelism = Integer.parseInt(m.group(4));
        if (iterations < 1 || iterations > MAX_ITERATIONS || parallelism < 1 || memory < 8 * parallelism
                || memory > MAX_MEMORY_KIB) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stored(version == 16 ? Argon2Parameters.ARGON2_VERSION_10
                    : Argon2Parameters.ARGON2_VERSION_13, memory, iterations, parallelism,
                    Base64.getDecoder().decode(m.group(5)), Base64.getDecoder().decode(m.group(6))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A hash of a random password, created when first needed. */
    private static final class Decoy {
        static final String HASH = of(java.util.UUID.randomUUID().toString());
    }

    /** A hash as stored: its parameters, salt and hash bytes. */
    private record Stored(int version, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

        byte[] compute(String password) {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(version)
                    .withMemoryAsKB(memoryKib)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt)
                    .build());
            byte[] out = new byte[hash.length];
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
            return out;
        }
    }
}
