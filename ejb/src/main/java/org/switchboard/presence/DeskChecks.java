package org.switchboard.presence;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.PresenceStatus;

/**
 * What the desk does with a caller's mistake, decided once: it is logged (SWB3012) and the call goes on with what
 * can be used (the kind's default lease, no status instead of offline) or answers the state as it is.
 */
final class DeskChecks {

    private DeskChecks() {
    }

    /** The lease asked for, or the kind's default one when it is not positive. */
    static Duration lease(LoginId id, LoginKind kind, Duration lease, PresenceSettings settings) {
        if (lease != null && !lease.isNegative() && !lease.isZero()) {
            return lease;
        }
        Duration fallback = switch (kind) {
            case CONSOLE -> settings.consoleLease();
            case PHONE -> settings.phoneLease();
            case PASSIVE -> settings.passiveLease();
            case PUBLICATION -> settings.publicationLease();
        };
        PresenceLog.LOG.refused("a lease of " + lease + " for " + id, "not positive; " + fallback + " instead");
        return fallback;
    }

    /** The status a login states; a live login cannot state offline, so that is taken as none. */
    static Optional<PresenceStatus> stated(LoginId id, Optional<PresenceStatus> status) {
        Optional<PresenceStatus> stated = status == null ? Optional.empty() : status;
        if (stated.filter(PresenceStatus.OFFLINE::equals).isPresent()) {
            PresenceLog.LOG.refused("login " + id + " stating offline", "a live login states no status instead");
            return Optional.empty();
        }
        return stated;
    }

    /** Runs a change the model may refuse as the caller's mistake (a note too long), then answers {@code after}. */
    static <T> T refusable(String what, Runnable change, Supplier<T> after) {
        try {
            change.run();
        } catch (IllegalArgumentException mistake) {
            PresenceLog.LOG.refused(what, mistake.getMessage());
        }
        return after.get();
    }
}
