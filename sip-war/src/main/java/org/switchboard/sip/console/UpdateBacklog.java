package org.switchboard.sip.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

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
 * history entry in it, a batch one per phone or user, a SITE one), the backlog is compacted: the newest STATE is
 * kept (every STATE is complete; it keeps the newest error of the STATEs merged into it when it has none), so is the
 * newest SITE (each says all there is), and the batches of
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
            case STATE, SITE -> append(update);
            case PHONES -> addBatch((PhonesUpdate) update, Listing.PHONES);
            case PRESENCE -> addBatch((PresenceUpdate) update, Listing.USERS);
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
        Optional<B> joined = slot == null ? Optional.empty() : listing.joined((B) slot.update, batch);
        if (joined.isPresent()) {
            entries += weight(joined.get()) - weight(slot.update);
            slot.update = joined.get();
            return;
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
        ConsoleUpdate site = null;
        for (Slot slot : waiting) {
            ConsoleUpdate update = slot.update;
            switch (update.kind()) {
                case STATE -> states.add((StateUpdate) update);
                case SITE -> site = update;
                case PHONES -> phones.add((PhonesUpdate) update);
                case PRESENCE -> presence.add((PresenceUpdate) update);
            }
        }
        List<ConsoleUpdate> kept = new ArrayList<>();
        if (!states.isEmpty()) {
            kept.add(newestState(states));
        }
        if (site != null) {
            kept.add(site);
        }
        kept.addAll(Listing.PHONES.merged(phones));
        kept.addAll(Listing.USERS.merged(presence));
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
            case SITE -> 1;
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
}
