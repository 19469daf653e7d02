package org.switchboard.testkit.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DigestAnswerTest {

    @Test
    void theDigestHashes_matchRfc7616sExample() {
        // RFC 7616 section 3.9.1: Mufasa, http-auth@example.org, "Circle of Life", GET /dir/index.html
        String ha1 = DigestAnswer.hex("SHA-256", "Mufasa:http-auth@example.org:Circle of Life");
        String ha2 = DigestAnswer.hex("SHA-256", "GET:/dir/index.html");
        String response = DigestAnswer.hex("SHA-256", ha1 + ":7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v:00000001:"
                + "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ:auth:" + ha2);

        assertThat(response).isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    @Test
    void theAuthorization_answersTheChallengeOfTheChosenAlgorithm() {
        List<String> challenges = List.of(
                "Digest realm=\"switchboard\", qop=\"auth\", nonce=\"n256\", opaque=\"op\", algorithm=SHA-256",
                "Digest realm=\"switchboard\", qop=\"auth\", nonce=\"nmd5\", opaque=\"op\", algorithm=MD5");

        String authorization = DigestAnswer.authorization(challenges, "MD5", "MESSAGE", "desk1", "desk1", "sip:s@127.0.0.1", 1);

        assertThat(DigestAnswer.param(authorization, "nonce")).isEqualTo("nmd5");
        assertThat(DigestAnswer.param(authorization, "algorithm")).isEqualTo("MD5");
        assertThat(DigestAnswer.param(authorization, "nc")).isEqualTo("00000001");
        assertThat(DigestAnswer.param(authorization, "opaque")).isEqualTo("op");
        String cnonce = DigestAnswer.param(authorization, "cnonce");
        String ha1 = DigestAnswer.hex("MD5", "desk1:switchboard:desk1");
        assertThat(DigestAnswer.param(authorization, "response")).isEqualTo(DigestAnswer.hex("MD5",
                ha1 + ":nmd5:00000001:" + cnonce + ":auth:" + DigestAnswer.hex("MD5", "MESSAGE:sip:s@127.0.0.1")));
        assertThatThrownBy(() -> DigestAnswer.authorization(challenges.subList(1, 2), "SHA-256", "MESSAGE", "a", "b", "u", 1))
                .hasMessageContaining("no SHA-256 challenge");
    }
}
