package org.switchboard.presence.model;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.SettingSource;

/**
 * How long each kind of login lives unless its source renews it, and how often the service looks, read once at
 * startup from {@code switchboard.presence.*} (set by wildfly-config from {@code SWB_PRESENCE_*}). One default each.
 *
 * @param consoleLease a console session's login; the console service renews it every {@code consoleRenewal}
 * @param consoleRenewal how often a live console session renews its login (well inside its lease)
 * @param phoneLease a registered phone's login; renewed by every reconcile from the PBX picture
 * @param phoneReconcile how often the phone source compares the directory with the PBX picture
 * @param passiveLease a passive login's lease when the integration asks for none
 * @param passiveLeaseMin the shortest lease an integration may ask for
 * @param passiveLeaseMax the longest lease an integration may ask for
 * @param publicationLease a SIP publication's lease when its PUBLISH has no Expires (RFC 3903: 3600 s)
 * @param publicationLeaseMin the shortest Expires a PUBLISH may ask for (RFC 3903: shorter gets 423)
 * @param sweep how often the directory ends the logins whose lease ran out
 * @param restartGrace how long after a restart the sources have to announce their logins again before a user
 *                     whose logins did not come back is shown offline
 */
public record PresenceSettings(Duration consoleLease, Duration consoleRenewal, Duration phoneLease,
        Duration phoneReconcile, Duration passiveLease, Duration passiveLeaseMin, Duration passiveLeaseMax,
        Duration publicationLease, Duration publicationLeaseMin, Duration sweep, Duration restartGrace) {

    public static final String PREFIX = "switchboard.presence.";
    public static final String CONSOLE_LEASE = PREFIX + "console-lease";
    public static final String CONSOLE_RENEWAL = PREFIX + "console-renewal";
    public static final String PHONE_LEASE = PREFIX + "phone-lease";
    public static final String PHONE_RECONCILE = PREFIX + "phone-reconcile";
    public static final String PASSIVE_LEASE = PREFIX + "passive-lease";
    public static final String PASSIVE_LEASE_MIN = PREFIX + "passive-lease-min";
    public static final String PASSIVE_LEASE_MAX = PREFIX + "passive-lease-max";
    public static final String PUBLICATION_LEASE = PREFIX + "publication-lease";
    public static final String PUBLICATION_LEASE_MIN = PREFIX + "publication-lease-min";
    public static final String SWEEP = PREFIX + "sweep";
    public static final String RESTART_GRACE = PREFIX + "restart-grace";

    public PresenceSettings {
        requireWithin(CONSOLE_RENEWAL, consoleRenewal, Duration.ZERO, consoleLease.minusNanos(1), CONSOLE_LEASE);
        requireWithin(PHONE_RECONCILE, phoneReconcile, Duration.ZERO, phoneLease.minusNanos(1), PHONE_LEASE);
        requireWithin(PASSIVE_LEASE_MIN, passiveLeaseMin, Duration.ZERO, passiveLeaseMax, PASSIVE_LEASE_MAX);
        requireWithin(PASSIVE_LEASE, passiveLease, passiveLeaseMin, passiveLeaseMax,
                PASSIVE_LEASE_MIN + " and " + PASSIVE_LEASE_MAX);
        requireWithin(PUBLICATION_LEASE_MIN, publicationLeaseMin, Duration.ZERO, publicationLease, PUBLICATION_LEASE);
    }

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static PresenceSettings from(UnaryOperator<String> source) {
        SettingSource settings = new SettingSource(source);
        return new PresenceSettings(
                settings.duration(CONSOLE_LEASE, Duration.ofSeconds(90)),
                settings.duration(CONSOLE_RENEWAL, Duration.ofSeconds(30)),
                settings.duration(PHONE_LEASE, Duration.ofSeconds(600)),
                settings.duration(PHONE_RECONCILE, Duration.ofSeconds(60)),
                settings.duration(PASSIVE_LEASE, Duration.ofSeconds(120)),
                settings.duration(PASSIVE_LEASE_MIN, Duration.ofSeconds(30)),
                settings.duration(PASSIVE_LEASE_MAX, Duration.ofSeconds(3600)),
                settings.duration(PUBLICATION_LEASE, Duration.ofSeconds(3600)),
                settings.duration(PUBLICATION_LEASE_MIN, Duration.ofSeconds(60)),
                settings.duration(SWEEP, Duration.ofSeconds(1)),
                settings.duration(RESTART_GRACE, Duration.ofSeconds(5)));
    }

    /** The lease of a passive login: the one asked for, or the default; empty when outside the bounds. */
    public Optional<Duration> passiveLease(Optional<Duration> asked) {
        Duration lease = asked.orElse(passiveLease);
        boolean within = lease.compareTo(passiveLeaseMin) >= 0 && lease.compareTo(passiveLeaseMax) <= 0;
        return within ? Optional.of(lease) : Optional.empty();
    }

    private static void requireWithin(String key, Duration value, Duration min, Duration max, String bounds) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidSetting(key, value.toString(), "a duration within the bounds set by " + bounds
                    + " (" + min + " to " + max + ")");
        }
    }
}
