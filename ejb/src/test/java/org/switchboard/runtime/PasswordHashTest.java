package org.switchboard.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Argon2id password hashes in the PHC string form, checked against the reference implementation's own strings. */
class PasswordHashTest {

    /** phc-winner-argon2's README and tests: "password" with the salt "somesalt", argon2id -t 2 -k 65536 -p 1 -l 32. */
    private static final String REFERENCE =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    /** The same password and salt with 256 KiB of memory, from the reference implementation's tests. */
    private static final String REFERENCE_SMALL =
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = PasswordHash.of("Circle Of Life");

        assertThat(PasswordHash.matches(hash, "Circle Of Life")).isTrue();
        assertThat(PasswordHash.matches(hash, "Circle of Life")).isFalse();
        assertThat(PasswordHash.matches(hash, "")).isFalse();
        assertThat(PasswordHash.matches(hash, null)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        String first = PasswordHash.of("desk1");
        String second = PasswordHash.of("desk1");

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(PasswordHash.matches(first, "desk1")).isTrue();
        assertThat(PasswordHash.matches(second, "desk1")).isTrue();
    }

    @Test
    void aHashSaysItsAlgorithmAndParametersAndCarriesNoPassword() {
        String hash = PasswordHash.of("secret-desk-password");

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}")
                .doesNotContain("secret-desk-password");
        assertThat(PasswordHash.outdated(hash)).isFalse();
    }

    @Test
    void hashesOfTheReferenceImplementationVerifyWithTheirOwnParameters() {
        assertThat(PasswordHash.matches(REFERENCE, "password")).isTrue();
        assertThat(PasswordHash.matches(REFERENCE, "passwore")).isFalse();
        assertThat(PasswordHash.matches(REFERENCE_SMALL, "password")).isTrue();
        assertThat(PasswordHash.outdated(REFERENCE)).as("other parameters than today's").isTrue();
    }

    @Test
    void aPasswordWithCharactersBeyondAsciiIsHashedAsUtf8() {
        String hash = PasswordHash.of("Réception ☎ 201");

        assertThat(PasswordHash.matches(hash, "Réception ☎ 201")).isTrue();
        assertThat(PasswordHash.matches(hash, "Reception ☎ 201")).isFalse();
    }

    @Test
    void aStoredHashThatCannotBeReadMatchesNothing() {
        assertThat(PasswordHash.readable("plain-text-password")).isFalse();
        assertThat(PasswordHash.matches("plain-text-password", "plain-text-password")).isFalse();
        assertThat(PasswordHash.matches("$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "password")).as("argon2i is not accepted").isFalse();
        assertThat(PasswordHash.matches("$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "password")).as("memory beyond the limit").isFalse();
        assertThat(PasswordHash.matches(null, "password")).isFalse();
        assertThat(PasswordHash.outdated("plain-text-password")).isTrue();
    }

    @Test
    void anEmptyOrOverlongPasswordIsRefusedWithoutBeingRepeated() {
        String overlong = "x".repeat(PasswordHash.MAX_PASSWORD_LENGTH + 1);

        assertThatThrownBy(() -> PasswordHash.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password: expected 1 to 256 characters");
        assertThatThrownBy(() -> PasswordHash.of(overlong)).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(overlong);
        assertThat(PasswordHash.matches(PasswordHash.of("x"), overlong)).isFalse();
    }

    @Test
    void whenNoAccountExists_thenAnyPasswordIsRefused() {
        assertThat(PasswordHash.matchesNone("password")).isFalse();
        assertThat(PasswordHash.matchesNone(null)).isFalse();
        assertThat(PasswordHash.matchesNone("x".repeat(PasswordHash.MAX_PASSWORD_LENGTH + 1))).isFalse();
    }
}
