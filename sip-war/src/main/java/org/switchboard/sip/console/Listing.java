package org.switchboard.sip.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import org.switchboard.protocol.Bounds;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PresenceUpdate;

/**
 * How the batches of one kind of listing (the colleagues' phones, their presence) are read, joined and made again:
 * a batch's entries, each entry's key (the extension, the user), the protocol's batch size. A client applies the
 * batches in order, a full one forgetting what it knew, so the entries of several batches come to the newest per key.
 */
record Listing<B extends ConsoleUpdate, T>(Predicate<B> full, Function<B, List<T>> entries, Function<T, String> key,
        int batchSize, Batches<B, T> batches) {

    /** Makes the batches of a listing of entries: {@code PhonesUpdate::batches}, {@code PresenceUpdate::batches}. */
    interface Batches<B, T> {
        List<B> of(String session, LongSupplier nextSeq, boolean full, List<T> entries);
    }

    static final Listing<PhonesUpdate, PhonesUpdate.PhoneView> PHONES = new Listing<>(PhonesUpdate::full,
            PhonesUpdate::phones, PhonesUpdate.PhoneView::extension, Bounds.PHONES, PhonesUpdate::batches);

    static final Listing<PresenceUpdate, PresenceUpdate.UserPresence> USERS = new Listing<>(PresenceUpdate::full,
            PresenceUpdate::users, PresenceUpdate.UserPresence::user, Bounds.PRESENCE, PresenceUpdate::batches);

    /**
     * The later batch joined to the earlier one, under the earlier one's number and {@code full}, the newest entry
     * per key; empty when the two would not fit in one batch.
     */
    Optional<B> joined(B earlier, B later) {
        List<T> joined = newestPerKey(List.of(earlier, later));
        if (joined.size() > batchSize) {
            return Optional.empty();
        }
        return Optional.of(batches.of(earlier.session(), earlier::seq, full.test(earlier), joined).get(0));
    }

    /**
     * The batches merged, the newest entry per key, full when any merged batch was, in as few batches as the batch
     * size allows, numbered by the newest of the merged ones (so they keep their place among other updates).
     */
    List<B> merged(List<B> merging) {
        if (merging.isEmpty()) {
            return List.of();
        }
        boolean anyFull = merging.stream().anyMatch(full);
        List<T> newest = newestPerKey(merging);
        int needed = Math.max(1, (newest.size() + batchSize - 1) / batchSize);
        PrimitiveIterator.OfLong seqs = merging.subList(merging.size() - needed, merging.size()).stream()
                .mapToLong(ConsoleUpdate::seq).iterator();
        return batches.of(merging.get(0).session(), seqs::nextLong, anyFull, newest);
    }

    /** The entries of these batches, oldest first, the newest per key; a full batch forgets the ones before it. */
    private List<T> newestPerKey(List<B> applied) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (B batch : applied) {
            if (full.test(batch)) {
                byKey.clear();
            }
            for (T entry : entries.apply(batch)) {
                byKey.remove(key.apply(entry));
                byKey.put(key.apply(entry), entry);
            }
        }
        return List.copyOf(byKey.values());
    }
}
