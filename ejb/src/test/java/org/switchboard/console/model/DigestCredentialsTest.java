package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The HA1s stored for SIP digest are the ones the RFCs' examples work with: a response computed from the stored
 * HA1 (never from the password) is the response the RFC prints.
 */
class DigestCredentialsTest {

    private static final String RFC7616_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    /** RFC 2617 / 7616: {@code H(HA1:nonce:nc:cnonce:qop:H(method:uri))}. */
    private static String response(DigestAlgorithm algorithm, String ha1, String nonce, String nc, String cnonce) {
        String ha2 = algorithm.hex("GET:/dir/index.html");
        return algorithm.hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    }

    @Test
    void theMd5Ha1OfRfc2617sExampleIsTheOneTheRfcPrints() {
        DigestCredentials credentials = DigestCredentials.of("Mufasa", "testrealm@host.com", "Circle Of Life");

        assertThat(credentials.ha1Md5()).isEqualTo("939e7578ed9e3c518a452acee763bce9");
        assertThat(response(DigestAlgorithm.MD5, credentials.ha1(DigestAlgorithm.MD5),
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b"))
                .isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void theSha256Ha1OfRfc7616sExampleAnswersItsChallengeWithTheResponseTheRfcPrints() {
        DigestCredentials credentials = DigestCredentials.of("Mufasa", "http-auth@example.org", "Circle of Life");

        assertThat(response(DigestAlgorithm.SHA_256, credentials.ha1(DigestAlgorithm.SHA_256), RFC7616_NONCE,
                "00000001", RFC7616_CNONCE))
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
        assertThat(credentials.ha1Sha256())
                .isEqualTo("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232");
    }

    @Test
    void theMd5Ha1OfRfc7616sExampleAnswersItsChallengeWithTheResponseTheRfcPrints() {
        DigestCredentials credentials = DigestCredentials.of("Mufasa", "http-auth@example.org", "Circle of Life");

        assertThat(response(DigestAlgorithm.MD5, credentials.ha1Md5(), RFC7616_NONCE, "00000001", RFC7616_CNONCE))
                .isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void theHa1sAreBoundToTheRealm() {
        DigestCredentials switchboard = DigestCredentials.of("desk1", "switchboard", "desk1");
        DigestCredentials other = DigestCredentials.of("desk1", "other", "desk1");

        assertThat(other.realm()).isEqualTo("other");
        assertThat(other.ha1Md5()).isNotEqualTo(switchboard.ha1Md5());
        assertThat(other.ha1Sha256()).isNotEqualTo(switchboard.ha1Sha256());
    }

    @Test
    void theHa1sNeverAppearInTheTextOfTheCredentials() {
        DigestCredentials credentials = DigestCredentials.of("desk1", "switchboard", "desk1");

        assertThat(credentials.toString()).contains("switchboard")
                .doesNotContain(credentials.ha1Md5()).doesNotContain(credentials.ha1Sha256());
    }

    @Test
    void aStoredHa1ThatIsNotHexOfTheRightLengthIsRefused() {
        String sha256 = DigestAlgorithm.SHA_256.hex("x");

        assertThatThrownBy(() -> new DigestCredentials("r", "939E7578ED9E3C518A452ACEE763BCE9", sha256))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MD5");
        assertThatThrownBy(() -> new DigestCredentials("r", DigestAlgorithm.MD5.hex("x"), sha256.substring(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
    }
}
