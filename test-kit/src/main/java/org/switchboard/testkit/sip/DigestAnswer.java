package org.switchboard.testkit.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The client side of SIP digest (RFC 7616, qop=auth): the Authorization answering a 401's challenge. */
public final class DigestAnswer {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    private DigestAnswer() {
    }

    /**
     * The Authorization value for the first challenge of {@code challenges} using {@code algorithm} ({@code SHA-256}
     * or {@code MD5}), for a {@code method} request to {@code uri}.
     */
    public static String authorization(List<String> challenges, String algorithm, String method, String login,
            String password, String uri, int nc) {
        String www = challenges.stream().filter(v -> v.toUpperCase(Locale.ROOT).contains("ALGORITHM=" + algorithm))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + algorithm + " challenge in "
                        + challenges));
        String realm = param(www, "realm");
        String nonce = param(www, "nonce");
        String count = String.format("%08x", nc);
        String cnonce = Long.toHexString(System.nanoTime());
        String ha1 = hex(algorithm, login + ":" + realm + ":" + password);
        String response = hex(algorithm, ha1 + ":" + nonce + ":" + count + ":" + cnonce + ":auth:"
                + hex(algorithm, method + ":" + uri));
        String opaque = param(www, "opaque");
        return "Digest username=\"" + login + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", response=\"" + response + "\", algorithm=" + algorithm + ", qop=auth, nc=" + count
                + ", cnonce=\"" + cnonce + "\"" + (opaque == null ? "" : ", opaque=\"" + opaque + "\"");
    }

    /** The value of parameter {@code name} of an authentication header, or null. */
    public static String param(String header, String name) {
        Matcher matcher = PARAM.matcher(header);
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(name)) {
                return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            }
        }
        return null;
    }

    static String hex(String algorithm, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm.equals("MD5") ? "MD5" : "SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }
}
