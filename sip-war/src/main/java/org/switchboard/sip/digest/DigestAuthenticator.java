package org.switchboard.sip.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
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
 * SIP digest authentication (RFC 7616 with qop=auth, RFC 8760's SHA-256 and MD5) of the requests of one realm,
 * checked against stored HA1s: a request without credentials is challenged with one WWW-Authenticate per offered
 * algorithm, in the order given; right credentials for a fresh nonce authenticate, right credentials for a stale or
 * foreign nonce are challenged again with {@code stale=true}, and anything else is a failure, counted against the
 * source address ({@link LogInThrottle}) and reported once ({@link DigestFailures}) with the source and the login.
 * A source with too many failures is refused without checking. The console's log in and SIP presence each use one.
 */
public final class DigestAuthenticator {

    public static final String WRONG_CREDENTIALS = "wrong login or password";
    public static final String THROTTLED = "too many failed log ins, retry later";

    /** What became of the credentials of a request. */
    public sealed interface Verdict {
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
    private final List<DigestAlgorithm> offered;
    private final String opaque;
    private final DigestCredentialsLookup credentials;
    private final DigestFailures report;
    private final Nonces nonces;
    private final NonceCounts counts;
    private final LogInThrottle throttle;

    private DigestAuthenticator(String realm, List<DigestAlgorithm> offered, String opaque,
            DigestCredentialsLookup credentials, DigestFailures report, Clock clock, byte[] secret) {
        this.realm = Objects.requireNonNull(realm, "realm");
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("a digest challenge offers at least one algorithm");
        }
        this.offered = List.copyOf(offered);
        this.opaque = Objects.requireNonNull(opaque, "opaque");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.report = Objects.requireNonNull(report, "report");
        this.nonces = new Nonces(secret, clock);
        this.counts = new NonceCounts(clock);
        this.throttle = new LogInThrottle(clock);
    }

    /**
     * An authenticator of {@code realm} whose challenges offer {@code offered}, in that order (a response by another
     * algorithm is refused). Its nonce secret and opaque value are new, so nonces from before a restart are
     * answered with a new challenge ({@code stale=true} when the credentials were right).
     */
    public static DigestAuthenticator of(String realm, List<DigestAlgorithm> offered,
            DigestCredentialsLookup credentials, DigestFailures report, Clock clock) {
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] opaque = new byte[12];
        random.nextBytes(opaque);
        return new DigestAuthenticator(realm, offered, HexFormat.of().formatHex(opaque), credentials, report, clock,
                secret);
    }

    /** What the credentials of {@code request}, from {@code source} (an address), are worth. */
    public Verdict authenticate(Request request, String source) {
        Optional<Duration> blocked = throttle.blocked(source);
        if (blocked.isPresent()) {
            report.throttled(source, Math.max(1, blocked.get().toSeconds()));
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

    /**
     * The offered algorithm a client named; MD5 when it named none (RFC 7616 section 3.4). The {@code -sess} ones are
     * never offered.
     */
    private Optional<DigestAlgorithm> named(String token) {
        String name = token == null ? DigestAlgorithm.MD5.token() : token;
        return offered.stream().filter(algorithm -> algorithm.token().equalsIgnoreCase(name)).findFirst();
    }

    /** Failed authentications counted since the server started. */
    public long failures() {
        return throttle.failures();
    }

    private Verdict failed(String source, String login, String reason) {
        throttle.failed(source);
        report.failed(source, ReasonPhrase.of(login, "?"), reason);
        return new Verdict.Refused(WRONG_CREDENTIALS);
    }

    private Verdict challenge(boolean stale) {
        String nonce = nonces.issue();
        return new Verdict.Challenged(offered.stream().map(algorithm -> challenge(algorithm, nonce, stale)).toList());
    }

    private String challenge(DigestAlgorithm algorithm, String nonce, boolean stale) {
        return "Digest realm=\"" + realm + "\", qop=\"auth\", nonce=\"" + nonce + "\", opaque=\"" + opaque
                + "\", algorithm=" + algorithm.token() + (stale ? ", stale=true" : "");
    }
}
