package org.switchboard.sip.presence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.switchboard.console.model.DigestAlgorithm;

import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.SettingSource;

/**
 * How long SIP subscriptions and publications of presence may live, read once at startup. A SUBSCRIBE or PUBLISH
 * asking less than the minimum gets 423 with Min-Expires; more than the maximum is cut down to it; without Expires
 * it gets the maximum (RFC 3856 and RFC 3903 both suggest 3600 s). The publication bounds are the presence service's
 * own ({@link PresenceSettings#publicationLeaseMin()}, {@link PresenceSettings#publicationLease()}).
 *
 * @param subscriptionMinExpires the shortest subscription, in seconds
 * @param subscriptionMaxExpires the longest subscription, and the one granted without Expires
 * @param notifyTimeout how long a NOTIFY may wait for its answer before the subscription ends (RFC 3261 Timer F)
 * @param publicationMinExpires the shortest publication, in seconds
 * @param publicationMaxExpires the longest publication, and the one granted without Expires
 * @param digestAlgorithms the algorithms a digest challenge of SUBSCRIBE and PUBLISH offers, in order (MD5 alone by
 *        default: Debian's baresip 1.0, like many phones, gives up on a 401 that offers any other)
 */
public record PresenceSipSettings(int subscriptionMinExpires, int subscriptionMaxExpires, Duration notifyTimeout,
        int publicationMinExpires, int publicationMaxExpires, List<DigestAlgorithm> digestAlgorithms) {

    public static final String SUBSCRIPTION_MIN_EXPIRES = "switchboard.presence.sip.subscription-min-expires";
    public static final String SUBSCRIPTION_MAX_EXPIRES = "switchboard.presence.sip.subscription-max-expires";
    public static final String NOTIFY_TIMEOUT_SECONDS = "switchboard.presence.sip.notify-timeout-seconds";
    public static final String DIGEST_ALGORITHMS = "switchboard.presence.sip.digest-algorithms";

    static final int DEFAULT_SUBSCRIPTION_MIN_EXPIRES = 60;
    static final int DEFAULT_SUBSCRIPTION_MAX_EXPIRES = 3600;
    static final int DEFAULT_NOTIFY_TIMEOUT_SECONDS = 32;
    static final String DEFAULT_DIGEST_ALGORITHMS = "MD5";

    public PresenceSipSettings {
        if (subscriptionMinExpires < 1 || subscriptionMaxExpires < subscriptionMinExpires) {
            throw new IllegalArgumentException("0 < subscription min-expires <= max-expires, not "
                    + subscriptionMinExpires + ", " + subscriptionMaxExpires);
        }
        if (publicationMinExpires < 1 || publicationMaxExpires < publicationMinExpires) {
            throw new IllegalArgumentException("0 < publication min-expires <= max-expires, not "
                    + publicationMinExpires + ", " + publicationMaxExpires);
        }
        if (notifyTimeout.isNegative() || notifyTimeout.isZero()) {
            throw new IllegalArgumentException("the NOTIFY timeout must be positive");
        }
        digestAlgorithms = List.copyOf(digestAlgorithms);
        if (digestAlgorithms.isEmpty()) {
            throw new IllegalArgumentException("a digest challenge offers at least one algorithm");
        }
    }

    /**
     * Reads and validates the settings; {@code source} returns null for a key that is not set.
     *
     * @param presence the presence service's settings, whose publication bounds PUBLISH follows
     */
    public static PresenceSipSettings from(UnaryOperator<String> source, PresenceSettings presence) {
        SettingSource settings = new SettingSource(source);
        int min = settings.integer(SUBSCRIPTION_MIN_EXPIRES, DEFAULT_SUBSCRIPTION_MIN_EXPIRES, 1, 86400);
        int max = settings.integer(SUBSCRIPTION_MAX_EXPIRES, DEFAULT_SUBSCRIPTION_MAX_EXPIRES, 1, 86400);
        if (max < min) {
            throw new InvalidSetting(SUBSCRIPTION_MAX_EXPIRES, Integer.toString(max),
                    "at least " + SUBSCRIPTION_MIN_EXPIRES + " (" + min + ")");
        }
        return new PresenceSipSettings(min, max, Duration.ofSeconds(settings.integer(NOTIFY_TIMEOUT_SECONDS,
                DEFAULT_NOTIFY_TIMEOUT_SECONDS, 1, 300)), seconds(presence.publicationLeaseMin()),
                seconds(presence.publicationLease()), algorithms(source.apply(DIGEST_ALGORITHMS)));
    }

    /** {@code MD5}, {@code SHA-256} or both, comma-separated, in the order the challenges offer them. */
    private static List<DigestAlgorithm> algorithms(String value) {
        String text = value == null || value.isBlank() ? DEFAULT_DIGEST_ALGORITHMS : value;
        List<DigestAlgorithm> algorithms = new ArrayList<>();
        for (String token : text.split(",")) {
            DigestAlgorithm algorithm = switch (token.strip().toUpperCase(Locale.ROOT)) {
                case "MD5" -> DigestAlgorithm.MD5;
                case "SHA-256" -> DigestAlgorithm.SHA_256;
                default -> throw new InvalidSetting(DIGEST_ALGORITHMS, value, "MD5, SHA-256 or both, comma-separated");
            };
            if (algorithms.contains(algorithm)) {
                throw new InvalidSetting(DIGEST_ALGORITHMS, value, "each algorithm once");
            }
            algorithms.add(algorithm);
        }
        return algorithms;
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toSeconds()));
    }
}
