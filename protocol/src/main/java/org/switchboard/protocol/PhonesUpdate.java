package org.switchboard.protocol;

import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * {@code "update":"PHONES"}: the colleagues' phones, as a batch of changes of at most
 * {@link Bounds#PHONES} phones. A batch with {@code full} set starts a whole listing: the client forgets
 * the phones it knew, then applies this batch and the ones after it. The first PHONES update after log in
 * and after {@code RESYNC} is full. Make the batches for any number of phones with {@link #batches}.
 */
public record PhonesUpdate(String session, long seq, boolean full, List<PhoneView> phones) implements ConsoleUpdate {

    public PhonesUpdate {
        WireRules.id("session", session);
        WireRules.sequence("seq", seq);
        phones = WireRules.bounded("phones", phones, Bounds.PHONES);
    }

    /**
     * The updates that carry these phones, {@link Bounds#PHONES} per body, numbered by {@code nextSeq}. A
     * full listing is at least one update (an empty one says "no phones"), with {@code full} set on the
     * first; no changes are no update.
     */
    public static List<PhonesUpdate> batches(String session, LongSupplier nextSeq, boolean full,
            List<PhoneView> phones) {
        return Bounds.batches(phones, Bounds.PHONES, full,
                (first, batch) -> new PhonesUpdate(session, nextSeq.getAsLong(), first, batch));
    }

    @Override
    public PhonesUpdate numbered(long newSeq) {
        return new PhonesUpdate(session, newSeq, full, phones);
    }

    @Override
    public Kind kind() {
        return Kind.PHONES;
    }

    /** A colleague's phone: its extension, its Asterisk device, what it is doing and whether it is registered. */
    public record PhoneView(String extension, String device, PhoneStatus status, boolean registered) {
        public PhoneView {
            WireRules.dialable("extension", extension);
            WireRules.device("device", device);
            Objects.requireNonNull(status, "status");
        }
    }

    /** What a phone is doing, as the console shows it. */
    public enum PhoneStatus {
        IDLE,
        RINGING_INTERNAL,
        RINGING_EXTERNAL,
        BUSY_INTERNAL,
        BUSY_EXTERNAL
    }
}
