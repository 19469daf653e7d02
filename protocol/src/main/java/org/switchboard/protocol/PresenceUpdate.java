package org.switchboard.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * {@code "update":"PRESENCE"}: the colleagues' presence (the users whose phones the PHONES updates show), as a
 * batch of at most {@link Bounds#PRESENCE} users, sent only to a client that asked for it at log in
 * ({@code LOG_IN} with {@code "presence":true}). A batch with {@code full} set starts a whole listing: the client
 * forgets the presence it knew, then applies this batch and the ones after it. The first PRESENCE update after
 * log in and after {@code RESYNC} is full. Make the batches for any number of users with {@link #batches}.
 */
public record PresenceUpdate(String session, long seq, boolean full, List<UserPresence> users)
        implements ConsoleUpdate {

    public PresenceUpdate {
        WireRules.id("session", session);
        WireRules.sequence("seq", seq);
        users = WireRules.bounded("users", users, Bounds.PRESENCE);
    }

    /**
     * The updates that carry these users, {@link Bounds#PRESENCE} per body, numbered by {@code nextSeq}. A full
     * listing is at least one update (an empty one says "nobody"), with {@code full} set on the first; no changes
     * are no update.
     */
    public static List<PresenceUpdate> batches(String session, LongSupplier nextSeq, boolean full,
            List<UserPresence> users) {
        return Bounds.batches(users, Bounds.PRESENCE, full,
                (first, batch) -> new PresenceUpdate(session, nextSeq.getAsLong(), first, batch));
    }

    @Override
    public PresenceUpdate numbered(long newSeq) {
        return new PresenceUpdate(session, newSeq, full, users);
    }

    @Override
    public Kind kind() {
        return Kind.PRESENCE;
    }

    /**
     * A colleague's presence: her user (her extension), her status, her note (text of at most
     * {@link Bounds#PRESENCE_NOTE_CHARS}, may be empty), whether her phone is in a call, and the version of her
     * presence, which grows with every change (a client keeps the highest).
     */
    public record UserPresence(String user, Status status, String note, boolean onPhone, long version) {
        public UserPresence {
            WireRules.user("user", user);
            Objects.requireNonNull(status, "status");
            WireRules.text("note", note, Bounds.PRESENCE_NOTE_CHARS);
            WireRules.count("version", version);
        }
    }

    /** A user's status, written in lower case with hyphens ({@code do-not-disturb}). */
    public enum Status {
        AVAILABLE,
        AWAY,
        BUSY,
        DO_NOT_DISTURB,
        ON_THE_PHONE,
        OFFLINE;

        /** The name on the wire: {@code available}, {@code do-not-disturb}, {@code on-the-phone}, … */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether a receptionist may state it with {@code SET_PRESENCE} (on the phone and offline are derived). */
        public boolean settable() {
            return this != ON_THE_PHONE && this != OFFLINE;
        }

        /** The status with this wire name, exact case, if there is one. */
        public static Optional<Status> fromWire(String wireName) {
            for (Status status : values()) {
                if (status.wireName().equals(wireName)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }

        /** The wire names, for the reasons. */
        static List<String> wireNames(boolean settableOnly) {
            return List.of(values()).stream().filter(s -> !settableOnly || s.settable()).map(Status::wireName)
                    .toList();
        }
    }
}
