package org.switchboard.sip.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import org.switchboard.protocol.Bounds;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.StateUpdate;

/**
 * The updates waiting for one client, oldest first, bounded: when more than {@link #CAPACITY} wait (the client
 * answers more slowly than its session changes), the backlog is compacted. Only the newest STATE is kept,
 * since every STATE is complete; the PHONES batches are merged, newest status per extension, and so are the
 * PRESENCE batches, newest presence per user, {@code full} when any merged batch was, so no change is lost, and
 * sent again in as few batches as the protocol's batch size allows (never more than were merged, so each takes
 * the number of one of them). The kept updates keep their sequence numbers, so the client sees a gap and sends
 * RESYNC, as after any gap. Not thread-safe: the link guards it.
 */
final class UpdateBacklog {

    static final int CAPACITY = 32;

    private final ArrayDeque<ConsoleUpdate> waiting = new ArrayDeque<>();

    /** Adds the update; true when that compacted the backlog. */
    boolean add(ConsoleUpdate update) {
        waiting.addLast(update);
        if (waiting.size() <= CAPACITY) {
            return false;
        }
        compact();
        return true;
    }

    ConsoleUpdate poll() {
        return waiting.pollFirst();
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    private void compact() {
        StateUpdate newestState = null;
        List<PhonesUpdate> phones = new ArrayList<>();
        List<PresenceUpdate> presence = new ArrayList<>();
        for (ConsoleUpdate update : waiting) {
            switch (update.kind()) {
                case STATE -> newestState = (StateUpdate) update;
                case PHONES -> phones.add((PhonesUpdate) update);
                case PRESENCE -> presence.add((PresenceUpdate) update);
            }
        }
        List<ConsoleUpdate> kept = new ArrayList<>();
        if (newestState != null) {
            kept.add(newestState);
        }
        kept.addAll(merged(phones, PHONES));
        kept.addAll(merged(presence, USERS));
        kept.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        waiting.clear();
        waiting.addAll(kept);
    }

    /** How the batches of one kind of listing are read and made again. */
    private record Listing<B extends ConsoleUpdate, T>(Predicate<B> full, Function<B, List<T>> entries,
            Function<T, String> key, int batchSize, Batches<B, T> batches) {
    }

    private interface Batches<B, T> {
        List<B> of(String session, LongSupplier nextSeq, boolean full, List<T> entries);
    }

    private static final Listing<PhonesUpdate, PhonesUpdate.PhoneView> PHONES = new Listing<>(PhonesUpdate::full,
            PhonesUpdate::phones, PhonesUpdate.PhoneView::extension, Bounds.PHONES, PhonesUpdate::batches);

    private static final Listing<PresenceUpdate, PresenceUpdate.UserPresence> USERS = new Listing<>(
            PresenceUpdate::full, PresenceUpdate::users, PresenceUpdate.UserPresence::user, Bounds.PRESENCE,
            PresenceUpdate::batches);

    /** The batches merged, the newest entry per key (the later batch's), full when any merged batch was. */
    private static <B extends ConsoleUpdate, T> List<B> merged(List<B> batches, Listing<B, T> listing) {
        if (batches.isEmpty()) {
            return List.of();
        }
        Map<String, T> byKey = new LinkedHashMap<>();
        boolean full = false;
        for (B batch : batches) {
            if (listing.full().test(batch)) {
                byKey.clear();
                full = true;
            }
            for (T entry : listing.entries().apply(batch)) {
                byKey.remove(listing.key().apply(entry));
                byKey.put(listing.key().apply(entry), entry);
            }
        }
        List<T> entries = List.copyOf(byKey.values());
        int needed = Math.max(1, (entries.size() + listing.batchSize() - 1) / listing.batchSize());
        // the newest numbers of the merged batches, oldest first
        PrimitiveIterator.OfLong seqs = batches.subList(batches.size() - needed, batches.size()).stream()
                .mapToLong(ConsoleUpdate::seq).iterator();
        return listing.batches().of(batches.get(0).session(), seqs::nextLong, full, entries);
    }
}
