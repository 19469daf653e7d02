package org.switchboard.sip.websocket;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which pages may open the SIP WebSocket, by the Origin header of the handshake: the server's own origin always
 * (the Origin's host and port equal the request's Host, as when the page was served by this server), plus the
 * origins listed here. Origins are compared by scheme, host (without case) and port, the scheme's default port
 * standing for an absent one. The browser sends Origin on every WebSocket handshake; an Origin of another page
 * is refused, so that a page of another site cannot use a receptionist's browser to reach the server.
 *
 * @param listed the other origins allowed, each as {@code scheme://host:port}
 */
public record AllowedOrigins(List<String> listed) {

    public AllowedOrigins {
        listed = List.copyOf(listed);
        listed.forEach(origin -> {
            if (Origin.parse(origin).isEmpty()) {
                throw new IllegalArgumentException("not an origin: " + origin);
            }
        });
    }

    /** Only the server's own origin. */
    public static AllowedOrigins sameOriginOnly() {
        return new AllowedOrigins(List.of());
    }

    /**
     * Reads a comma-separated list such as {@code https://reception.example.org, http://10.0.0.5:8080}; null or blank
     * means none listed (same origin only). An entry that is not an http or https origin (a path, a query, no host)
     * fails with a message naming the entry.
     */
    public static AllowedOrigins parse(String text) {
        List<String> origins = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(",")) {
                String trimmed = entry.strip();
                Origin origin = Origin.parse(trimmed).orElseThrow(() -> new IllegalArgumentException(
                        "'" + trimmed + "' is not an http or https origin such as https://reception.example.org"));
                origins.add(origin.toString());
            }
        }
        return new AllowedOrigins(origins);
    }

    /**
     * @param origin the handshake's Origin header
     * @param host the handshake's Host header, {@code host} or {@code host:port}
     */
    public boolean allows(String origin, String host) {
        Optional<Origin> parsed = Origin.parse(origin == null ? "" : origin.strip());
        if (parsed.isEmpty()) {
            return false;
        }
        Origin asked = parsed.get();
        if (host != null && asked.servedAt(host.strip())) {
            return true;
        }
        return listed.stream().map(Origin::parse).flatMap(Optional::stream).anyMatch(asked::equals);
    }

    /** For the log: the listed origins, or that only the same origin may connect. */
    public String describe() {
        return listed.isEmpty() ? "the same origin only" : "the same origin and " + String.join(", ", listed);
    }

    /** An http or https origin, its port made explicit. */
    private record Origin(String scheme, String host, int port) {

        static Optional<Origin> parse(String text) {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                        && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
                    return Optional.empty();
                }
                int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
                return Optional.of(new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        /** True when a request with this Host header ({@code host} or {@code host:port}) reached this origin. */
        boolean servedAt(String hostHeader) {
            Optional<Origin> reached = parse(scheme + "://" + hostHeader);
            return reached.isPresent() && reached.get().equals(this);
        }

        private static int defaultPort(String scheme) {
            return scheme.equals("https") ? 443 : 80;
        }

        @Override
        public String toString() {
            // an IPv6 host keeps the brackets URI gives it
            return scheme + "://" + host + ":" + port;
        }
    }
}
