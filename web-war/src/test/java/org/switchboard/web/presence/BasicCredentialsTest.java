package org.switchboard.web.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** HTTP Basic credentials as RFC 7617 writes them, and every malformed header read as none. */
class BasicCredentialsTest {

    private static String basic(String userPass) {
        return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenRfc7617sExample_thenItsUserAndPassword() {
        assertThat(BasicCredentials.parse("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="))
                .contains(new BasicCredentials("Aladdin", "open sesame"));
    }

    @Test
    void givenAPasswordWithColonsAndUtf8_thenSplitAtTheFirstColonOnly() {
        assertThat(BasicCredentials.parse(basic("cti-1:pa:ss wörd"))).contains(new BasicCredentials("cti-1", "pa:ss wörd"));
        assertThat(BasicCredentials.parse("basic " + basic("cti-1:").substring(6)))
                .as("the scheme is case-insensitive; an empty password is still credentials")
                .contains(new BasicCredentials("cti-1", ""));
    }

    @Test
    void givenNoOrMalformedCredentials_thenNone() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("")).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic not*base64")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no-colon"))).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, ':', 'x'})))
                .as("not UTF-8").isEmpty();
        assertThat(BasicCredentials.parse(basic("a:" + "p".repeat(4000)))).as("overlong").isEmpty();
    }

    @Test
    void givenCredentials_thenTheirTextNeverShowsThePassword() {
        assertThat(new BasicCredentials("cti-1", "s3cret").toString()).contains("cti-1").doesNotContain("s3cret");
    }
}
