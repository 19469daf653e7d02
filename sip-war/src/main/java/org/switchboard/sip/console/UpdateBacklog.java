package org.switchboard.sip.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
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
import org.switchboard.protocol.StateUpdate;

/**
 * The updates waiting for one client, oldest first, bounded by what they hold, and numbered as they leave. No
 * change is ever lost here, so the client never sees a gap that this backlog made:
 * <ul>
 * <li>a full PHONES or PRESENCE listing supersedes every batch of its kind waiting before it (it is complete);
 * <li>a batch of changes joins the newest waiting batch of its kind while that stays within the protocol's batch
 * size (newest entry per extension or user), so a burst goes in as few MESSAGEs as it fits in;
 * <li>when more than the limit of entries wait ({@link #CAPACITY}: a STATE counts one and one more per call and
 * history entry in it, a batch one per phone or user), the backlog is compacted: the newest STATE is kept (every
 * STATE is complete; it keeps the newest error of the STATEs merged into it when it has none), and the batches of
 * each kind are merged, newest entry per key, {@code full} when any merged batch was. What is left is at most one
 * entry per phone and per user, so the limit then grows to twice that (and back down to {@link #CAPACITY}),
 * keeping the work of compacting in proportion to what was added.
 * </ul>
 * {@link #poll()} numbers the updates on from the first update added, one more each, whatever was merged: the
 * numbers the session gave them are not the client's. Not thread-safe: the link guards it.
 */
final class UpdateBacklog {

    /** Entries that may wait before the backlog is compacted: a full listing of 10,000 phones and 10,000 users. */
    static final int CAPACITY = 30_000;

    private final ArrayDeque<Slot> waiting = new ArrayDeque<>();
    /** The newest waiting update of each kind, the one a batch of changes may join. */
    private final Map<ConsoleUpdate.Kind, Slot> newest = new EnumMap<>(ConsoleUpdate.Kind.class);
    private int entries;
    private int limit = CAPACITY;
    private long lastNumber = -1;
    private int compactedFrom;

    /** Adds the update; true when that compacted the backlog. */
    boolean add(ConsoleUpdate update) {
        if (lastNumber < 0) {
            lastNumber = update.seq() - 1;
        }
        switch (update.kind()) {
            case STATE -> append(update);
            case PHONES -> addBatch((PhonesUpdate) update, PHONES);
            case PRESENCE -> addBatch((PresenceUpdate) update, USERS);
        }
        if (entries <= limit) {
            return false;
        }
        compactedFrom = entries;
        compact();
        limit = Math.max(CAPACITY, 2 * entries);
        return true;
    }

    /** The entries that waited when the backlog was last compacted. */
    int compactedFrom() {
        return compactedFrom;
    }

    /** The oldest waiting update, numbered one more than the one before it; null when none waits. */
    ConsoleUpdate poll() {
        Slot next = waiting.pollFirst();
        if (next == null) {
            return null;
        }
        newest.remove(next.update.kind(), next);
        entries -= weight(next.update);
        return next.update.numbered(++lastNumber);
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** The entries waiting (what the limit counts). */
    int entries() {
        return entries;
    }

    /** The number of updates waiting. */
    int size() {
        return waiting.size();
    }

    private void append(ConsoleUpdate update) {
        Slot slot = new Slot(update);
        waiting.addLast(slot);
        newest.put(update.kind(), slot);
        entries += weight(update);
    }

    @SuppressWarnings("unchecked") // the listing's kind is the batch's class
    private <B extends ConsoleUpdate, T> void addBatch(B batch, Listing<B, T> listing) {
        if (listing.full().test(batch)) {
            removeIf(waitingBatch -> waitingBatch.kind() == batch.kind());
            append(batch);
            return;
        }
        Slot slot = newest.get(batch.kind());
        if (slot != null) {
            B tail = (B) slot.update;
            List<T> joined = newestPerKey(List.of(tail, batch), listing);
            if (joined.size() <= listing.batchSize()) {
                B replacement = listing.batches().of(tail.session(), tail::seq, listing.full().test(tail), joined)
                        .get(0);
                entries += weight(replacement) - weight(tail);
                slot.update = replacement;
                return;
            }
        }
        append(batch);
    }

    private void removeIf(Predicate<ConsoleUpdate> superseded) {
        for (Iterator<Slot> it = waiting.iterator(); it.hasNext();) {
            Slot slot = it.next();
            if (superseded.test(slot.update)) {
                it.remove();
                newest.remove(slot.update.kind(), slot);
                entries -= weight(slot.update);
            }
        }
    }

    private void compact() {
        List<StateUpdate> states = new ArrayList<>();
        List<PhonesUpdate> phones = new ArrayList<>();
        List<PresenceUpdate> presence = new ArrayList<>();
        for (Slot slot : waiting) {
            ConsoleUpdate update = slot.update;
            switch (update.kind()) {
                case STATE -> states.add((StateUpdate) update);
                case PHONES -> phones.add((PhonesUpdate) update);
                case PRESENCE -> presence.add((PresenceUpdate) update);
            }
        }
        List<ConsoleUpdate> kept = new ArrayList<>();
        if (!states.isEmpty()) {
            kept.add(newestState(states));
        }
        kept.addAll(merged(phones, PHONES));
        kept.addAll(merged(presence, USERS));
        kept.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        waiting.clear();
        newest.clear();
        entries = 0;
        kept.forEach(this::append);
    }

    /** The newest STATE, with the newest error of the others when it reports none (the client is told once). */
    private static StateUpdate newestState(List<StateUpdate> states) {
        StateUpdate last = states.get(states.size() - 1);
        if (last.error().isPresent()) {
            return last;
        }
        Optional<StateUpdate.CommandError> error = Optional.empty();
        for (StateUpdate state : states) {
            error = state.error().isPresent() ? state.error() : error;
        }
        return last.withError(error);
    }

    /** What an update counts for against the limit. */
    static int weight(ConsoleUpdate update) {
        return switch (update.kind()) {
            case STATE -> stateWeight((StateUpdate) update);
            case PHONES -> ((PhonesUpdate) update).phones().size();
            case PRESENCE -> ((PresenceUpdate) update).users().size();
        };
    }

    private static int stateWeight(StateUpdate state) {
        int weight = 1;
        for (StateUpdate.LineView line : state.lines()) {
            weight += line.call().map(UpdateBacklog::callWeight).orElse(0);
        }
        for (StateUpdate.CallEntry call : state.waiting()) {
            weight += callWeight(call);
        }
        for (StateUpdate.CallEntry call : state.supervised()) {
            weight += callWeight(call);
        }
        return weight;
    }

    private static int callWeight(StateUpdate.CallEntry call) {
        return 1 + call.history().size();
    }

    /** A place in the line, whose update a later batch of changes may replace by the two joined. */
    private static final class Slot {

        ConsoleUpdate update;

        Slot(ConsoleUpdate update) {
            this.update = update;
        }
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
        boolean full = batches.stream().anyMatch(listing.full());
        List<T> entries = newestPerKey(batches, listing);
        int needed = Math.max(1, (entries.size() + listing.batchSize() - 1) / listing.batchSize());
        // the newest numbers of the merged batches, oldest first: the merged ones keep their place among the others
        PrimitiveIterator.OfLong seqs = batches.subList(batches.size() - needed, batches.size()).stream()
                .mapToLong(ConsoleUpdate::seq).iterator();
        return listing.batches().of(batches.get(0).session(), seqs::nextLong, full, entries);
    }

    /** The entries of these batches, oldest first, the newest per key; a full batch forgets the ones before it. */
    private static <B extends ConsoleUpdate, T> List<T> newestPerKey(List<B> batches, Listing<B, T> listing) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (B batch : batches) {
            if (listing.full().test(batch)) {
                byKey.clear();
            }
            for (T entry : listing.entries().apply(batch)) {
                byKey.remove(listing.key().apply(entry));
                byKey.put(listing.key().apply(entry), entry);
            }
        }
        return List.copyOf(byKey.values());
    }
}
