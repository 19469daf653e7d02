package org.switchboard.web.presence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The user id and password of an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8): the user id up to the
 * first colon, the password after it. {@link #toString()} never shows the password.
 */
record BasicCredentials(String name, String password) {

    private static final String SCHEME = "basic ";
    /** A name of 64 characters and a password of 256, in UTF-8 and Base64, with room to spare. */
    private static final int MAX_HEADER_LENGTH = 2048;

    /** The credentials of {@code header}, or empty when it is absent, of another scheme, or not Base64 of UTF-8. */
    static Optional<BasicCredentials> parse(String header) {
        if (header == null || header.length() > MAX_HEADER_LENGTH
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(SCHEME.length()).strip());
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded)).toString();
            int colon = text.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new BasicCredentials(text.substring(0, colon), text.substring(colon + 1)));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[name=" + name + ", password hidden]";
    }
}
