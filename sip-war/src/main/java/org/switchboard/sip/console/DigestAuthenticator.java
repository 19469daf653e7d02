package org.switchboard.sip.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javax.sip.header.AuthorizationHeader;
import javax.sip.message.Request;

import org.switchboard.console.model.DigestAlgorithm;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.sip.ReasonPhrase;

/**
 * SIP digest authentication of a console log in (RFC 7616 with qop=auth; SHA-256 preferred, MD5 offered):
 * a request without credentials is challenged, right credentials for a fresh nonce authenticate, right
 * credentials for a stale or foreign nonce are challenged again with {@code stale=true}, and anything else is
 * a failure, counted against the source address ({@link LogInThrottle}) and logged once at WARN with the
 * source and the login. A source with too many failures is refused without checking.
 */
final class DigestAuthenticator {

    static final String WRONG_CREDENTIALS = "wrong login or password";
    static final String THROTTLED = "too many failed log ins, retry later";

    /** What became of the credentials of a request. */
    sealed interface Verdict {
        record Authenticated(String login) implements Verdict {
        }

        /** 401 with these WWW-Authenticate values. */
        record Challenged(List<String> challenges) implements Verdict {
        }

        /** 403 with this reason. */
        record Refused(String reason) implements Verdict {
        }
    }

    private final String realm;
    private final String opaque;
    private final DigestCredentialsLookup credentials;
    private final Nonces nonces;
    private final NonceCounts counts;
    private final LogInThrottle throttle;

    DigestAuthenticator(String realm, String opaque, DigestCredentialsLookup credentials, Nonces nonces,
            NonceCounts counts, LogInThrottle throttle) {
        this.realm = Objects.requireNonNull(realm, "realm");
        this.opaque = Objects.requireNonNull(opaque, "opaque");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.nonces = nonces;
        this.counts = counts;
        this.throttle = throttle;
    }

    Verdict authenticate(Request request, String source) {
        Optional<java.time.Duration> blocked = throttle.blocked(source);
        if (blocked.isPresent()) {
            ConsoleSipLog.LOG.logInThrottled(source, Math.max(1, blocked.get().toSeconds()));
            return new Verdict.Refused(THROTTLED);
        }
        AuthorizationHeader auth = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
        if (auth == null || !"Digest".equalsIgnoreCase(auth.getScheme()) || !realm.equals(auth.getRealm())) {
            return challenge(false);
        }
        String login = auth.getUsername();
        Optional<DigestAlgorithm> algorithm = named(auth.getAlgorithm());
        String nonce = auth.getNonce();
        String count = auth.getParameter("nc");
        String cnonce = auth.getCNonce();
        String uri = auth.getParameter("uri");
        String response = auth.getResponse();
        if (login == null || login.isBlank()) {
            return failed(source, "", "no user name");
        }
        if (algorithm.isEmpty()) {
            return failed(source, login, "algorithm " + auth.getAlgorithm() + " not offered");
        }
        if (!"auth".equalsIgnoreCase(auth.getQop()) || nonce == null || count == null || !count.matches("[0-9a-fA-F]{8}")
                || cnonce == null || uri == null || response == null) {
            return failed(source, login, "incomplete digest: qop=auth, nonce, nc, cnonce, uri and response are needed");
        }
        Optional<DigestCredentials> known = credentials.find(login, realm).filter(c -> c.realm().equals(realm));
        if (known.isEmpty()) {
            return failed(source, login, "unknown login");
        }
        DigestAlgorithm h = algorithm.get();
        String ha2 = h.hex(request.getMethod() + ":" + uri);
        String expected = h.hex(known.get().ha1(h) + ":" + nonce + ":" + count + ":" + cnonce + ":auth:" + ha2);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return failed(source, login, "wrong password");
        }
        if (nonces.check(nonce) != Nonces.Check.FRESH) {
            return challenge(true);
        }
        if (!counts.accept(nonce, Long.parseLong(count, 16))) {
            return failed(source, login, "nonce count " + count + " replayed");
        }
        throttle.succeeded(source);
        return new Verdict.Authenticated(login);
    }

    /** The algorithm a client named; MD5 when it named none (RFC 7616 section 3.4). The {@code -sess} ones are not offered. */
    private static Optional<DigestAlgorithm> named(String token) {
        if (token == null) {
            return Optional.of(DigestAlgorithm.MD5);
        }
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            if (algorithm.token().equalsIgnoreCase(token)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** Failed log ins counted since the server started. */
    long failures() {
        return throttle.failures();
    }

    private Verdict failed(String source, String login, String reason) {
        throttle.failed(source);
        ConsoleSipLog.LOG.logInFailed(source, ReasonPhrase.of(login, "?"), reason);
        return new Verdict.Refused(WRONG_CREDENTIALS);
    }

    private Verdict challenge(boolean stale) {
        String nonce = nonces.issue();
        return new Verdict.Challenged(List.of(challenge(DigestAlgorithm.SHA_256, nonce, stale),
                challenge(DigestAlgorithm.MD5, nonce, stale)));
    }

    private String challenge(DigestAlgorithm algorithm, String nonce, boolean stale) {
        return "Digest realm=\"" + realm + "\", qop=\"auth\", nonce=\"" + nonce + "\", opaque=\"" + opaque
                + "\", algorithm=" + algorithm.token() + (stale ? ", stale=true" : "");
    }
}
