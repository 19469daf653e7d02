package org.switchboard.sip.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.SettableClock;

class NoncesTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T09:00:00Z"));
    private final Nonces nonces = new Nonces(new byte[] {1, 2, 3, 4}, clock);

    @Test
    void aNonceIsFreshForItsLifetimeAndStaleAfter() {
        String nonce = nonces.issue();

        clock.advance(Nonces.LIFETIME);
        assertThat(nonces.check(nonce)).isEqualTo(Nonces.Check.FRESH);
        clock.advance(java.time.Duration.ofMillis(1));
        assertThat(nonces.check(nonce)).isEqualTo(Nonces.Check.STALE);
    }

    @Test
    void twoNoncesIssuedInTheSameMillisecondDiffer() {
        assertThat(nonces.issue()).isNotEqualTo(nonces.issue());
    }

    @Test
    void aNonceOfAnotherSecretOrGarbageIsForeign() {
        String theirs = new Nonces(new byte[] {9, 9}, clock).issue();

        assertThat(nonces.check(theirs)).isEqualTo(Nonces.Check.FOREIGN);
        assertThat(nonces.check("not-a-nonce!")).isEqualTo(Nonces.Check.FOREIGN);
        assertThat(nonces.check("")).isEqualTo(Nonces.Check.FOREIGN);
    }

    @Test
    void aTamperedTimeMakesTheNonceForeign() {
        String nonce = nonces.issue();
        char first = nonce.charAt(0);
        String tampered = (first == 'A' ? 'B' : 'A') + nonce.substring(1);

        assertThat(nonces.check(tampered)).isEqualTo(Nonces.Check.FOREIGN);
    }

    @Test
    void aCountIsAcceptedOnlyWhenHigherThanAnySeenWithItsNonce() {
        NonceCounts counts = new NonceCounts(clock);

        assertThat(counts.accept("n1", 1)).isTrue();
        assertThat(counts.accept("n1", 1)).isFalse();
        assertThat(counts.accept("n1", 3)).isTrue();
        assertThat(counts.accept("n1", 2)).isFalse();
        assertThat(counts.accept("n2", 1)).isTrue();
    }
}
