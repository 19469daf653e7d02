package org.switchboard.presence.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.switchboard.phone.model.PhoneStatus;

/**
 * The one rule that turns a user's live logins and her phones into her status:
 * <ul>
 * <li>no live login: {@link PresenceStatus#OFFLINE};</li>
 * <li>otherwise the status of the live login that stated one most recently (its {@code statusSince}, then the
 * greater login id), or {@link PresenceStatus#AVAILABLE} when none states one (a passive login or a phone alone
 * means "online");</li>
 * <li>{@link PresenceStatus#ON_THE_PHONE} instead of available while one of her phones is busy (ringing does not
 * count).</li>
 * </ul>
 */
public final class PresenceRule {

    private static final Comparator<PresenceLogin> MOST_RECENT_STATEMENT = Comparator
            .comparing(PresenceLogin::statusSince).thenComparing(login -> login.id().value());

    private PresenceRule() {
    }

    public static PresenceStatus status(Collection<PresenceLogin> live, boolean onPhone) {
        if (live.isEmpty()) {
            return PresenceStatus.OFFLINE;
        }
        PresenceStatus stated = stated(live).orElse(PresenceStatus.AVAILABLE);
        return stated == PresenceStatus.AVAILABLE && onPhone ? PresenceStatus.ON_THE_PHONE : stated;
    }

    /** The status the live login that stated one most recently states, if any does. */
    public static Optional<PresenceStatus> stated(Collection<PresenceLogin> live) {
        return live.stream().filter(login -> login.status().isPresent()).max(MOST_RECENT_STATEMENT)
                .flatMap(PresenceLogin::status);
    }

    /** Whether call management says one of her phones is in a call (busy, internal or external). */
    public static boolean onPhone(Collection<PhoneStatus> phones) {
        return phones.stream().anyMatch(PresenceRule::busy);
    }

    /** A phone in a call; a ringing phone is not. */
    public static boolean busy(PhoneStatus phone) {
        return phone == PhoneStatus.BUSY_INTERNAL || phone == PhoneStatus.BUSY_EXTERNAL;
    }
}
