package org.switchboard.sip.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.protocol.ConsoleUpdate;

/**
 * The updates waiting for one client, oldest first, bounded: when more than {@link #CAPACITY} wait (the client
 * answers more slowly than its session changes), the backlog is compacted to at most two updates. Only the
 * newest STATE is kept, since every STATE is complete; the PHONES batches are merged into one, newest status
 * per extension, {@code full} when any merged batch was, so no phone change is lost. The kept updates keep
 * their sequence numbers, so the client sees a gap and sends RESYNC, as after any gap. Not thread-safe: the
 * link guards it.
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

    int size() {
        return waiting.size();
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    private void compact() {
        ConsoleUpdate.State newestState = null;
        List<ConsoleUpdate.Phones> batches = new ArrayList<>();
        for (ConsoleUpdate update : waiting) {
            if (update instanceof ConsoleUpdate.State state) {
                newestState = state;
            } else if (update instanceof ConsoleUpdate.Phones phones) {
                batches.add(phones);
            }
        }
        List<ConsoleUpdate> kept = new ArrayList<>(2);
        if (newestState != null) {
            kept.add(newestState);
        }
        if (!batches.isEmpty()) {
            kept.add(merged(batches));
        }
        kept.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        waiting.clear();
        waiting.addAll(kept);
    }

    private static ConsoleUpdate.Phones merged(List<ConsoleUpdate.Phones> batches) {
        Map<String, ConsoleUpdate.Phone> byExtension = new LinkedHashMap<>();
        boolean full = false;
        for (ConsoleUpdate.Phones batch : batches) {
            if (batch.full()) {
                byExtension.clear();
                full = true;
            }
            for (ConsoleUpdate.Phone phone : batch.phones()) {
                byExtension.remove(phone.extension());
                byExtension.put(phone.extension(), phone);
            }
        }
        ConsoleUpdate.Phones newest = batches.get(batches.size() - 1);
        return new ConsoleUpdate.Phones(newest.session(), newest.seq(), full, List.copyOf(byExtension.values()));
    }
}
