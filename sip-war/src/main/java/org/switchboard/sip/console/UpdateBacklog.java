package org.switchboard.sip.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;

import org.switchboard.protocol.Bounds;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.StateUpdate;

/**
 * The updates waiting for one client, oldest first, bounded: when more than {@link #CAPACITY} wait (the client
 * answers more slowly than its session changes), the backlog is compacted. Only the newest STATE is kept,
 * since every STATE is complete; the PHONES batches are merged, newest status per extension, {@code full}
 * when any merged batch was, so no phone change is lost, and sent again in as few batches as the protocol's
 * batch size allows (never more than were merged, so each takes the number of one of them). The kept updates
 * keep their sequence numbers, so the client sees a gap and sends RESYNC, as after any gap. Not thread-safe:
 * the link guards it.
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
        List<PhonesUpdate> batches = new ArrayList<>();
        for (ConsoleUpdate update : waiting) {
            switch (update.kind()) {
                case STATE -> newestState = (StateUpdate) update;
                case PHONES -> batches.add((PhonesUpdate) update);
            }
        }
        List<ConsoleUpdate> kept = new ArrayList<>();
        if (newestState != null) {
            kept.add(newestState);
        }
        if (!batches.isEmpty()) {
            kept.addAll(merged(batches));
        }
        kept.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        waiting.clear();
        waiting.addAll(kept);
    }

    private static List<PhonesUpdate> merged(List<PhonesUpdate> batches) {
        Map<String, PhonesUpdate.PhoneView> byExtension = new LinkedHashMap<>();
        boolean full = false;
        for (PhonesUpdate batch : batches) {
            if (batch.full()) {
                byExtension.clear();
                full = true;
            }
            for (PhonesUpdate.PhoneView phone : batch.phones()) {
                byExtension.remove(phone.extension());
                byExtension.put(phone.extension(), phone);
            }
        }
        List<PhonesUpdate.PhoneView> phones = List.copyOf(byExtension.values());
        int needed = Math.max(1, (phones.size() + Bounds.PHONES - 1) / Bounds.PHONES);
        // the newest numbers of the merged batches, oldest first
        PrimitiveIterator.OfLong seqs = batches.subList(batches.size() - needed, batches.size()).stream()
                .mapToLong(PhonesUpdate::seq).iterator();
        return PhonesUpdate.batches(batches.get(0).session(), seqs::nextLong, full, phones);
    }
}
